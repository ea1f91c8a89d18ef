package org.lector.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDStructureElementNameTreeNode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree and what ties it to the pages: every marked-content sequence gets the next
 * MCID of its page and a kid in the element that owns it: the bare MCID on the element's own page
 * (its /Pg, the first it is drawn on), a reference (MCR) naming the page on any other, so one
 * element can own pieces on several pages (a paragraph split by a page break stays one P); every
 * page gets a StructParents key whose ParentTree entry lists the owner of each MCID; every link
 * annotation gets a StructParent key and an OBJR in its Link element. Page furniture is marked as
 * Artifact.
 */
final class Tagging {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, COSArray> pageParents = new IdentityHashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new TreeMap<>();
    private final Map<String, PDStructureElement> ids = new TreeMap<>();
    private int nextKey;

    Tagging() {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureTreeRoot root() {
        return root;
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element appended as the last kid of {@code parent}. */
    PDStructureElement add(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** Gives an element an ID (Note elements must have one) and lists it in the IDTree. */
    void identify(PDStructureElement e, String id) {
        String unique = id;
        for (int n = 2; ids.containsKey(unique); n++) {
            unique = id + "-" + n;
        }
        e.setElementIdentifier(unique);
        ids.put(unique, e);
    }

    void startPage(PDPage page) {
        COSArray parents = new COSArray();
        pageParents.put(page, parents);
        int key = nextKey++;
        page.setStructParents(key);
        parentTree.put(key, new PDParentTreeValue(parents));
    }

    /** Opens a marked-content sequence owned by {@code owner}; {@code actualText} may be null. */
    void begin(PDPageContentStream cs, PDPage page, PDStructureElement owner, String actualText) throws IOException {
        COSArray parents = pageParents.get(page);
        int mcid = parents.size();
        parents.add(owner);
        COSDictionary own = owner.getCOSObject().getCOSDictionary(COSName.PG);
        if (own == null) {
            owner.setPage(page);
            own = page.getCOSObject();
        }
        if (own == page.getCOSObject()) {
            // on the element's own page a bare MCID does: a reference dictionary for every line
            // was most of the objects a long document held until it was saved
            owner.appendKid(mcid);
        } else {
            PDMarkedContentReference mcr = new PDMarkedContentReference();
            mcr.setPage(page);
            mcr.setMCID(mcid);
            owner.appendKid(mcr);
        }
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        if (actualText != null) {
            props.setString(COSName.ACTUAL_TEXT, actualText);
        }
        cs.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), PDPropertyList.create(props));
    }

    /** Opens an Artifact sequence for page furniture ("Pagination") or decoration ("Layout"). */
    void beginArtifact(PDPageContentStream cs, String type, String subtype) throws IOException {
        COSDictionary props = new COSDictionary();
        props.setName(COSName.TYPE, type);
        if (subtype != null) {
            props.setName(COSName.SUBTYPE, subtype);
        }
        cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
    }

    void end(PDPageContentStream cs) throws IOException {
        cs.endMarkedContent();
    }

    /** Ties an annotation to its element: StructParent key, ParentTree entry, OBJR kid. */
    void annotation(PDPage page, PDAnnotation annotation, PDStructureElement owner) {
        int key = nextKey++;
        annotation.setStructParent(key);
        parentTree.put(key, owner);
        PDObjectReference objr = new PDObjectReference();
        objr.setReferencedObject(annotation);
        objr.setPage(page);
        owner.appendKid(objr);
    }

    /** Writes the ParentTree and the IDTree once every page is done. */
    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
        if (!ids.isEmpty()) {
            PDStructureElementNameTreeNode idTree = new PDStructureElementNameTreeNode();
            idTree.setNames(ids);
            root.setIDTree(idTree);
        }
    }
}
