package org.lector.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams articles out of a MediaWiki export ({@code <mediawiki><siteinfo/><page>…</page>…}). Pages
 * are parsed one at a time with StAX, so a multi-gigabyte dump never sits in memory.
 *
 * <p>Only articles are returned: namespace 0, not redirects. A page with several revisions yields
 * its last one. If the XML turns out to be malformed, {@link #hasNext()} throws an
 * {@link InputException} naming the line; pages returned before that remain valid.
 */
public final class ExportXmlReader implements java.util.Iterator<RawArticle>, AutoCloseable {

    private static final String DEFAULT_LANGUAGE = "en";

    private final InputStream input;
    private final String sourceName;
    private final XMLStreamReader xml;
    /** Namespace names by key from {@code <siteinfo>}, for old exports whose pages lack {@code <ns>}. */
    private final Map<String, Integer> namespaces = new HashMap<>();
    private String language = DEFAULT_LANGUAGE;
    private RawArticle pending;
    private boolean finished;

    /**
     * Starts reading; the stream is closed by {@link #close()}.
     *
     * @throws InputException INVALID if the document does not even start as XML
     */
    public ExportXmlReader(InputStream input, String sourceName) {
        this.input = input;
        this.sourceName = sourceName;
        try {
            this.xml = secureFactory().createXMLStreamReader(lenientReader(input));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The language declared by {@code xml:lang} on {@code <mediawiki>} (known after the first page). */
    public String language() {
        return language;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            try {
                pending = readNextArticle();
            } catch (XMLStreamException e) {
                finished = true;
                throw malformed(e);
            }
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public RawArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawArticle article = pending;
        pending = null;
        return article;
    }

    @Override
    public void close() {
        finished = true;
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing useful to report: we are done with the input either way
        }
        try {
            input.close();
        } catch (IOException ignored) {
            // closing an input we only read cannot lose data
        }
    }

    /** Advances to the end of the next page that is an article; null at the end of the document. */
    private RawArticle readNextArticle() throws XMLStreamException {
        Page page = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "mediawiki" -> readLanguage();
                    case "namespace" -> readNamespace();
                    case "page" -> page = new Page();
                    case "title" -> {
                        if (page != null) {
                            page.title = xml.getElementText().strip();
                        }
                    }
                    case "ns" -> {
                        if (page != null) {
                            page.namespace = parseNamespace(xml.getElementText());
                        }
                    }
                    case "redirect" -> {
                        if (page != null) {
                            page.redirect = true;
                        }
                    }
                    case "text" -> {
                        if (page != null) {
                            page.text = xml.getElementText(); // later revisions overwrite earlier ones
                        }
                    }
                    default -> {
                        // contributor, timestamp, comment, sha1…: not needed to read the article
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "page".equals(xml.getLocalName())
                    && page != null) {
                if (page.isArticle(namespaces)) {
                    long replaced = page.text.chars().filter(c -> c == '\uFFFD').count();
                    return new RawArticle(page.title, page.text, language, replaced == 0 ? List.of()
                            : List.of("replaced " + replaced + " invalid byte sequence(s) with \uFFFD"));
                }
                page = null;
            }
        }
        return null;
    }

    private void readLanguage() {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang != null && !lang.isBlank()) {
            language = lang.strip();
        }
    }

    private void readNamespace() throws XMLStreamException {
        String key = xml.getAttributeValue(null, "key");
        String name = xml.getElementText().strip();
        Integer number = parseNamespace(key);
        if (number != null && !name.isEmpty()) {
            namespaces.put(name, number);
        }
    }

    private static Integer parseNamespace(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private InputException malformed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        return new InputException(InputException.Kind.INVALID,
                sourceName + ": malformed export XML" + (line > 0 ? " at line " + line : "")
                        + (reason.isEmpty() ? "" : ": " + reason.lines().findFirst().orElse("")), e);
    }

    /**
     * A factory that never fetches a DTD or expands external entities (XXE). Without a DTD only the
     * five predefined entities exist, so the JDK's total-entity-size guard, which large dumps full of
     * {@code &lt;} and {@code &amp;} trip, can be lifted safely.
     */
    /**
     * The export decoded here rather than by the XML parser, so that a stray invalid byte (a dump
     * cut and pasted through the wrong encoding) becomes U+FFFD and a warning, as in plain
     * wikitext, instead of ending the whole dump, and the JDK parser prints no "[Fatal Error]" line
     * of its own. Exports are UTF-8 (MediaWiki writes nothing else) unless a BOM says UTF-16.
     */
    private static java.io.Reader lenientReader(InputStream input) throws XMLStreamException {
        try {
            java.io.PushbackInputStream in = new java.io.PushbackInputStream(input, 3);
            byte[] head = in.readNBytes(3);
            ByteOrderMark bom = ByteOrderMark.of(head);
            in.unread(head, bom.length(), head.length - bom.length());
            java.nio.charset.CharsetDecoder decoder = bom.charset().newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16);
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(factory, "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");
        trySet(factory, "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "0");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, String value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // another StAX implementation: it has its own limits, and we cannot lift them
        }
    }

    /** What we collect while inside one {@code <page>}. */
    private static final class Page {
        String title = "";
        Integer namespace;
        boolean redirect;
        String text;

        boolean isArticle(Map<String, Integer> namespaces) {
            if (text == null || text.isBlank() || title.isEmpty() || redirect
                    || text.stripLeading().toUpperCase(Locale.ROOT).startsWith("#REDIRECT")) {
                return false;
            }
            return (namespace == null ? namespaceFromTitle(namespaces) : namespace) == 0;
        }

        private int namespaceFromTitle(Map<String, Integer> namespaces) {
            int colon = title.indexOf(':');
            if (colon > 0) {
                Integer ns = namespaces.get(title.substring(0, colon));
                if (ns != null) {
                    return ns;
                }
            }
            return 0;
        }
    }
}
