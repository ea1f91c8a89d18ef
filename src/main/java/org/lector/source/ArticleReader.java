package org.lector.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way into Lector's input: opens a file or stream, tells export XML from plain wikitext,
 * and returns clean articles with every repair noted as a warning.
 *
 * <p>Export XML is streamed page by page. Plain wikitext is read whole (up to a size limit), then
 * decoded, unescaped if its markup was XML-escaped, de-mojibaked, stripped of pasted edit-page
 * chrome, given its headings back if its
 * newlines were flattened, and its language is guessed.
 */
public final class ArticleReader {

    /** Plain wikitext larger than this is refused: no article is anywhere near it. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** The source name that means standard input. */
    public static final String STDIN = "-";

    private static final int DECODER_READ_AHEAD = 1 << 16;
    private static final Pattern KNOWN_EXTENSION =
            Pattern.compile("(?i)\\.(?:wiki|wikitext|mediawiki|mw|txt|text|seed|xml)$");

    private ArticleReader() {
    }

    /** Opens a file; see {@link #open(InputStream, String, long)}. */
    public static ArticleStream open(Path path) {
        return open(path, DEFAULT_MAX_BYTES);
    }

    /**
     * Opens a file.
     *
     * @throws InputException UNREADABLE if it is missing, a directory or cannot be read
     */
    public static ArticleStream open(Path path, long maxBytes) {
        if (Files.isDirectory(path)) {
            throw new InputException(InputException.Kind.UNREADABLE, path + " is a directory, not a file");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(InputException.Kind.UNREADABLE, path + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(InputException.Kind.UNREADABLE, path + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException(InputException.Kind.UNREADABLE, "cannot read " + path + ": " + e.getMessage(), e);
        }
        return open(in, path.toString(), maxBytes);
    }

    /** Opens a stream with the default size limit; see {@link #open(InputStream, String, long)}. */
    public static ArticleStream open(InputStream in, String sourceName) {
        return open(in, sourceName, DEFAULT_MAX_BYTES);
    }

    /**
     * Opens a stream. {@code sourceName} (a path, or "-" for standard input) is used in messages and
     * to name an article that carries no title. The returned stream owns {@code in}.
     *
     * @throws InputException UNREADABLE on I/O errors, TOO_LARGE if plain wikitext exceeds
     *     {@code maxBytes}, INVALID for binary input
     */
    public static ArticleStream open(InputStream in, String sourceName, long maxBytes) {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered = CompressedInput.unwrap(buffered);
            Sniffed sniffed = sniff(buffered, sourceName, maxBytes);
            if (sniffed.markup() == Markup.OTHER_XML) {
                throw new InputException(InputException.Kind.INVALID, displayName(sourceName)
                        + " is XML but not a MediaWiki export (it should start with <mediawiki>; documents with a DOCTYPE are refused)");
            }
            if (sniffed.markup() == Markup.EXPORT_XML) {
                ExportXmlReader pages = new ExportXmlReader(sniffed.input(), sourceName, maxBytes);
                return new ArticleStream(pages, pages, ArticleReader::repairPage);
            }
            byte[] bytes = readAll(sniffed.input(), sourceName, maxBytes);
            closeQuietly(buffered); // plain wikitext is read whole; only XML keeps its input open
            RawArticle article = fromWikitext(bytes, sourceName);
            return new ArticleStream(List.of(article).iterator(), () -> { }, a -> a);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw new InputException(InputException.Kind.UNREADABLE,
                    "cannot read " + displayName(sourceName) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(buffered);
            throw e;
        }
    }

    /** Normalises one plain-wikitext input already in memory. */
    public static RawArticle fromWikitext(byte[] bytes, String sourceName) {
        InputDecoder.Decoded decoded = InputDecoder.decode(bytes, displayName(sourceName));
        if (decoded.text().isBlank()) {
            throw new InputException(InputException.Kind.INVALID, displayName(sourceName) + " is empty: there is no text to convert");
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());

        Repaired unescaped = EscapedMarkup.repair(decoded.text());
        warnings.addAll(unescaped.warnings());
        Repaired mojibake = MojibakeRepair.repair(unescaped.text());
        warnings.addAll(mojibake.warnings());
        EditPageChrome.Stripped stripped = EditPageChrome.strip(mojibake.text());
        warnings.addAll(stripped.warnings());
        Repaired flattened = FlattenedTextRepair.repair(stripped.text());
        warnings.addAll(flattened.warnings());

        String text = TextHygiene.text(flattened.text(), warnings);
        String title = stripped.title().orElseGet(() -> titleFromSourceName(sourceName));
        return new RawArticle(title, text, LanguageGuess.guess(text), warnings, stripped.title().isEmpty());
    }

    /**
     * A readable title from a file name: directory and known extensions dropped, hyphens and
     * underscores made spaces, first letter capitalised ("barack-obama.wiki" → "Barack obama").
     */
    public static String titleFromSourceName(String sourceName) {
        if (sourceName == null || sourceName.isBlank() || STDIN.equals(sourceName.strip())) {
            return "Untitled";
        }
        String name = sourceName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String previous;
        do {
            previous = name;
            name = KNOWN_EXTENSION.matcher(name).replaceFirst("");
        } while (!name.equals(previous) && !name.isEmpty());
        name = name.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            return "Untitled";
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(name.substring(Character.charCount(first))).toString();
    }

    /** Export XML pages get the same unescaping, mojibake repair and cleaning as plain files. */
    private static RawArticle repairPage(RawArticle page) {
        if (page.isRefused()) {
            return page;
        }
        Repaired unescaped = EscapedMarkup.repair(page.wikitext());
        Repaired repaired = MojibakeRepair.repair(unescaped.text());
        List<String> warnings = new ArrayList<>(page.warnings());
        warnings.addAll(unescaped.warnings());
        warnings.addAll(repaired.warnings());
        String text = TextHygiene.text(repaired.text(), warnings);
        if (warnings.size() == page.warnings().size()) {
            return page;
        }
        return new RawArticle(page.title(), text, page.language(), warnings);
    }

    /** What the start of an input says it is. */
    enum Markup { EXPORT_XML, OTHER_XML, WIKITEXT }

    /** The verdict, and the whole input again (what the sniffing read, then the rest). */
    record Sniffed(Markup markup, InputStream input) {
    }

    /**
     * EXPORT_XML if the input starts (after BOM, and any amount of whitespace, XML declaration,
     * comments and processing instructions) with {@code <mediawiki}; OTHER_XML for any other XML
     * document (a DOCTYPE, another root), which would otherwise be read as wikitext and its tags
     * spoken. What is read to decide is kept for the reader that comes next, up to
     * {@code maxBytes}: a prolog longer than that is refused as too large.
     */
    static Sniffed sniff(BufferedInputStream in, String sourceName, long maxBytes) throws IOException {
        in.mark(4);
        ByteOrderMark bom = ByteOrderMark.of(in.readNBytes(4));
        in.reset();
        // the decoder reads ahead of the scan (8 KB at a time): the bound allows for that, and
        // what is wikitext is measured against maxBytes exactly when it is read whole
        RecordingInputStream recorded = new RecordingInputStream(in, maxBytes + DECODER_READ_AHEAD, () -> new InputException(
                InputException.Kind.TOO_LARGE, displayName(sourceName) + " starts with more than the limit of "
                        + describeSize(maxBytes) + " of whitespace and comments"));
        recorded.skipNBytes(bom.length());
        java.nio.charset.CharsetDecoder decoder = bom.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        XmlProlog.Start start = XmlProlog.skip(new java.io.PushbackReader(
                new java.io.InputStreamReader(recorded, decoder), XmlProlog.LOOK_AHEAD)).start();
        Markup markup = switch (start) {
            case EXPORT_ROOT -> Markup.EXPORT_XML;
            case OTHER_XML -> Markup.OTHER_XML;
            case NOT_XML -> Markup.WIKITEXT;
        };
        return new Sniffed(markup, new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(recorded.recorded()), in));
    }

    private static byte[] readAll(InputStream in, String sourceName, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new InputException(InputException.Kind.TOO_LARGE, displayName(sourceName)
                        + " is larger than the limit of " + describeSize(maxBytes) + " for a wikitext file");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String describeSize(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String displayName(String sourceName) {
        return sourceName == null || STDIN.equals(sourceName) ? "standard input" : sourceName;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing with a clearer message
        }
    }
}
