package org.lector.braille;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Portable Embosser Format (PEF 2008-1): the pages as rows of Unicode braille in one volume and
 * one section, with the Dublin Core metadata PEF requires (format, identifier) and title,
 * language and date.
 */
public final class PefWriter {
    static final String PEF = "http://www.daisy.org/ns/2008/pef";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    /** What the head says about the book. {@code date} is an ISO date (yyyy-mm-dd). */
    public record Metadata(String title, String identifier, String language, String date) {
    }

    private PefWriter() {
    }

    public static void write(List<BraillePage> pages, int cells, int lines, Metadata meta, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.setDefaultNamespace(PEF);
        w.writeStartElement(PEF, "pef");
        w.writeDefaultNamespace(PEF);
        w.writeAttribute("version", "2008-1");
        w.writeStartElement(PEF, "head");
        w.writeStartElement(PEF, "meta");
        w.setPrefix("dc", DC);
        w.writeNamespace("dc", DC);
        element(w, "format", "application/x-pef+xml");
        element(w, "identifier", meta.identifier());
        element(w, "title", meta.title());
        if (meta.language() != null && !meta.language().isEmpty()) {
            element(w, "language", meta.language());
        }
        element(w, "date", meta.date());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(PEF, "body");
        w.writeStartElement(PEF, "volume");
        w.writeAttribute("cols", Integer.toString(cells));
        w.writeAttribute("rows", Integer.toString(lines));
        w.writeAttribute("rowgap", "0");
        w.writeAttribute("duplex", "false");
        w.writeStartElement(PEF, "section");
        for (BraillePage page : pages) {
            w.writeCharacters("\n");
            w.writeStartElement(PEF, "page");
            for (String line : page.lines()) {
                String row = line.replaceAll("\u2800+$", "");
                if (row.isEmpty()) {
                    w.writeEmptyElement(PEF, "row");
                } else {
                    w.writeStartElement(PEF, "row");
                    w.writeCharacters(row);
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(DC, name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }
}
