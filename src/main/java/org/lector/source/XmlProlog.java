package org.lector.source;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * What comes before an XML document's root element: whitespace, comments, processing instructions
 * (the XML declaration among them) and a DOCTYPE, in any amount. Read as a stream with a few
 * characters of look-ahead and constant memory, so a file that starts with megabytes of
 * whitespace or comments is still recognised as an export, and a comment that never closes costs
 * one pass, not a search per character.
 */
final class XmlProlog {
    /** What the first thing after the prolog is. */
    enum Start {
        /** {@code <mediawiki}: a MediaWiki export. */
        EXPORT_ROOT,
        /** Another root element, a DOCTYPE, or an XML declaration followed by anything else. */
        OTHER_XML,
        /** No XML at all: text that happens to begin with whitespace or a comment is wikitext. */
        NOT_XML
    }

    /** What the scan found; {@code declaration} is the XML declaration when it came first, else null. */
    record Scan(Start start, String declaration) {
    }

    private static final String ROOT = "<mediawiki";
    /** The longest look-ahead any decision needs: the root's name and the character after it. */
    static final int LOOK_AHEAD = ROOT.length() + 1;
    static final int MAX_DECLARATION = 1024;

    private XmlProlog() {
    }

    /**
     * Reads through the prolog and stops with {@code in} at the first character of what follows
     * it (the root element's {@code <}, or whatever text is not prolog).
     */
    static Scan skip(PushbackReader in) throws IOException {
        boolean declared = false;
        String declaration = null;
        boolean first = true;
        while (true) {
            skipWhitespace(in);
            String head = peek(in, LOOK_AHEAD);
            if (head.startsWith("<?")) {
                // the look-ahead is unread, so the PI is read from its "<?": "<??>" is not closed at "?>"
                String pi = readUntil(in, "?>", first && head.startsWith("<?xml"));
                boolean isDeclaration = head.startsWith("<?xml") && (head.length() == 5 || !Character.isLetterOrDigit(head.charAt(5)));
                declared |= isDeclaration;
                if (isDeclaration && first && pi != null) {
                    declaration = pi; // kept: it says which XML version (1.1 allows more characters)
                }
                if (pi == null && !isDeclaration && !declared) {
                    return new Scan(Start.NOT_XML, null);
                }
            } else if (head.startsWith("<!--")) {
                if (readUntil(in, "-->", false) == null && !declared) {
                    return new Scan(Start.NOT_XML, null);
                }
            } else if (head.regionMatches(true, 0, ROOT, 0, ROOT.length())
                    && (head.length() == ROOT.length() || !Character.isLetterOrDigit(head.charAt(ROOT.length())))) {
                return new Scan(Start.EXPORT_ROOT, declaration);
            } else {
                boolean doctype = head.regionMatches(true, 0, "<!DOCTYPE", 0, Math.min(head.length(), "<!DOCTYPE".length()))
                        && head.length() >= "<!DOCTYPE".length();
                return new Scan(declared || doctype ? Start.OTHER_XML : Start.NOT_XML, declaration);
            }
            first = false;
        }
    }

    private static void skipWhitespace(PushbackReader in) throws IOException {
        for (int c; (c = in.read()) >= 0; ) {
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                in.unread(c);
                return;
            }
        }
    }

    /** The next {@code n} characters (fewer at the end), left unread. */
    private static String peek(PushbackReader in, int n) throws IOException {
        char[] buf = new char[n];
        int got = 0;
        for (int r; got < n && (r = in.read(buf, got, n - got)) > 0; ) {
            got += r;
        }
        if (got > 0) {
            in.unread(buf, 0, got);
        }
        return new String(buf, 0, got);
    }

    /**
     * Consumes through {@code end}; returns what was read when {@code keep} and it is short (an
     * empty string otherwise), or null when the input ended first. The last characters read are
     * compared with {@code end} each time, so "--->" ends a comment as it should.
     */
    private static String readUntil(PushbackReader in, String end, boolean keep) throws IOException {
        StringBuilder kept = keep ? new StringBuilder() : null;
        char[] wanted = end.toCharArray();
        char[] tail = new char[wanted.length];
        long read = 0;
        for (int c; (c = in.read()) >= 0; read++) {
            if (kept != null) {
                kept.append((char) c);
                if (kept.length() > MAX_DECLARATION) {
                    kept = null; // no declaration is this long: not worth keeping
                }
            }
            System.arraycopy(tail, 1, tail, 0, tail.length - 1);
            tail[tail.length - 1] = (char) c;
            if (read + 1 >= tail.length && java.util.Arrays.equals(tail, wanted)) {
                return kept == null ? "" : kept.toString();
            }
        }
        return null;
    }
}
