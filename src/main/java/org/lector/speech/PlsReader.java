package org.lector.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a W3C Pronunciation Lexicon Specification 1.0 document into grapheme → alias pairs.
 *
 * <p>Lexicons come from users ({@code --lexicon FILE}), so the parser refuses DOCTYPEs and never
 * resolves external entities or XIncludes (no XXE, no "billion laughs").
 *
 * <p>Only {@code <alias>} is used: FreeTTS takes text, not IPA, so {@code <phoneme>} is ignored, and
 * a lexeme with only phonemes contributes nothing. Of several aliases the first is used (PLS: the
 * first is the preferred one); every {@code <grapheme>} of a lexeme maps to it.
 */
final class PlsReader {

    static final String NAMESPACE = "http://www.w3.org/2005/01/pronunciation-lexicon";

    private PlsReader() {
    }

    /** Grapheme → alias in document order; a later lexeme's grapheme overrides an earlier one. */
    static Map<String, String> read(InputStream in) throws IOException {
        Document doc;
        try {
            doc = safeBuilder().parse(in);
        } catch (SAXException e) {
            throw new IOException("not a well-formed PLS lexicon: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"lexicon".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IOException("not a PLS lexicon: root element is {" + root.getNamespaceURI() + "}"
                    + root.getLocalName() + ", expected {" + NAMESPACE + "}lexicon");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList lexemes = root.getElementsByTagNameNS(NAMESPACE, "lexeme");
        for (int i = 0; i < lexemes.getLength(); i++) {
            Element lexeme = (Element) lexemes.item(i);
            List<String> graphemes = texts(lexeme, "grapheme");
            List<String> aliases = texts(lexeme, "alias");
            if (aliases.isEmpty()) {
                continue;
            }
            for (String g : graphemes) {
                if (!g.isEmpty()) {
                    entries.put(g, aliases.get(0));
                }
            }
        }
        return entries;
    }

    /** The whitespace-normalised text of each direct child named {@code name}. */
    private static List<String> texts(Element parent, String name) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(n.getLocalName())
                    && NAMESPACE.equals(n.getNamespaceURI())) {
                out.add(n.getTextContent().strip().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    private static DocumentBuilder safeBuilder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException("XML parser cannot be made safe", e);
        }
    }
}
