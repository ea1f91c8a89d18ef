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
    /** MediaWiki titles are at most 255 bytes; a longer one is cut, not held whole. */
    private static final long MAX_TITLE_CHARS = 4096;
    /** Namespace numbers and names are short; anything longer is not one. */
    private static final long MAX_NAME_CHARS = 1024;

    private final InputStream input;
    private final String sourceName;
    /** The most UTF-8 bytes of wikitext one page may have, like {@code --max-input-size} for a file. */
    private final long maxPageBytes;
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
        this(input, sourceName, ArticleReader.DEFAULT_MAX_BYTES);
    }

    /**
     * Starts reading; a page whose wikitext is longer than {@code maxPageBytes} (in UTF-8) is
     * returned refused ({@link RawArticle#refusal()}), without its text ever being held whole.
     *
     * @throws InputException INVALID if the document does not even start as XML
     */
    public ExportXmlReader(InputStream input, String sourceName, long maxPageBytes) {
        this.input = input;
        this.sourceName = sourceName;
        this.maxPageBytes = maxPageBytes;
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
                            String title = boundedText(MAX_TITLE_CHARS);
                            page.title = title == null ? "" : TextHygiene.title(title);
                        }
                    }
                    case "ns" -> {
                        if (page != null) {
                            page.namespace = parseNamespace(boundedText(MAX_NAME_CHARS));
                        }
                    }
                    case "redirect" -> {
                        if (page != null) {
                            page.redirect = true;
                        }
                    }
                    case "text" -> {
                        if (page != null) {
                            // later revisions overwrite earlier ones
                            page.text = boundedText(maxPageBytes);
                            page.oversized = page.text == null;
                        }
                    }
                    default -> {
                        // contributor, timestamp, comment, sha1…: not needed to read the article
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "page".equals(xml.getLocalName())
                    && page != null) {
                if (page.oversized && page.isArticleTitle(namespaces)) {
                    return RawArticle.refused(page.title, language, new RawArticle.Refusal(InputException.Kind.TOO_LARGE,
                            "the page \"" + page.title + "\" in " + sourceName + " is larger than the limit of "
                                    + ArticleReader.describeSize(maxPageBytes) + " for one article"));
                }
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

    /**
     * The text of the element just started, read event by event so that its size is known
     * before it is held: null, with the rest of the element skipped, when it has more than
     * {@code maxBytes} UTF-8 bytes. (getElementText would first build the whole string: a 1.5 MB
     * compressed export can hold a 1.5 GB page.)
     */
    private String boundedText(long maxBytes) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (text != null) {
                        int start = xml.getTextStart();
                        int length = xml.getTextLength();
                        bytes += utf8Length(xml.getTextCharacters(), start, length);
                        if (bytes > maxBytes) {
                            text = null; // let it go now: the rest is only skipped
                        } else {
                            text.append(xml.getTextCharacters(), start, length);
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return text == null ? null : text.toString();
                }
                case XMLStreamConstants.START_ELEMENT ->
                        throw new XMLStreamException("elementGetText() function expects text only elment but START_ELEMENT was encountered.", xml.getLocation());
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("unexpected end of document inside an element", xml.getLocation());
                default -> {
                    // comments and processing instructions inside the text are not text
                }
            }
        }
    }

    private static long utf8Length(char[] chars, int start, int length) {
        long n = 0;
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 4
        }
        return n;
    }

    private void readLanguage() {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang != null && !lang.isBlank()) {
            language = lang.strip();
        }
    }

    private void readNamespace() throws XMLStreamException {
        String key = xml.getAttributeValue(null, "key");
        String text = boundedText(MAX_NAME_CHARS);
        String name = text == null ? "" : text.strip();
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
            // whitespace and comments before the declaration make the JDK parser fail, and are
            // nothing an export needs: the parser starts at the root, after the declaration
            // (kept when it came first: version="1.1" allows characters 1.0 does not)
            java.io.PushbackReader reader = new java.io.PushbackReader(new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, decoder), 1 << 16), XmlProlog.LOOK_AHEAD + XmlProlog.MAX_DECLARATION + 1);
            XmlProlog.Scan prolog = XmlProlog.skip(reader);
            if (prolog.declaration() != null) {
                reader.unread(prolog.declaration().toCharArray());
            }
            return reader;
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
        boolean oversized;

        boolean isArticle(Map<String, Integer> namespaces) {
            if (text == null || text.isBlank() || redirect
                    || text.stripLeading().toUpperCase(Locale.ROOT).startsWith("#REDIRECT")) {
                return false;
            }
            return isArticleTitle(namespaces);
        }

        /** In the article namespace, whatever its text (too large to look at, perhaps). */
        boolean isArticleTitle(Map<String, Integer> namespaces) {
            return !title.isEmpty() && !redirect && (namespace == null ? namespaceFromTitle(namespaces) : namespace) == 0;
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
