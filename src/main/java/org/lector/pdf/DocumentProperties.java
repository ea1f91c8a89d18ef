package org.lector.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What PDF/UA-1 asks of the document as a whole: /Lang, MarkInfo /Marked, DisplayDocTitle, the
 * title and author in the Info dictionary and in XMP (dc:title, dc:creator), and the PDF/UA
 * identification pdfuaid:part=1. The XMP packet is written here by hand because PDFBox's xmpbox
 * has no PDF/UA schema.
 */
final class DocumentProperties {
    private DocumentProperties() {
    }

    static void apply(PDDocument doc, String title, String language, String creator, LocalDate date) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(creator);
        info.setCreator("Lector");
        info.setProducer("Lector with Apache PDFBox");
        // the script's day, not the clock: a stored script converts to the same bytes
        Calendar created = GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
        info.setCreationDate(created);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, language, creator).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    static String xmp(String title, String language, String creator) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + escape(creator) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <pdf:Producer>Lector with Apache PDFBox</pdf:Producer>\n"
                + "   <xmp:CreatorTool>Lector</xmp:CreatorTool>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // characters XML 1.0 does not allow are dropped rather than breaking the packet
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
