package org.lector.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptJson;

/**
 * The trailer's /ID, made from the script instead of the clock (PDFBox's default), so the same
 * script always gives the same bytes: converting a stored script.jsonl reproduces the PDF, and a
 * changed script gets a new identifier.
 */
final class DocumentId {
    private DocumentId() {
    }

    static void set(PDDocument doc, ReadingScript script) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            // line by line as each is made: the whole document waits on the heap meanwhile
            ScriptJson.eachLine(script, line -> {
                digest(md5, line);
                md5.update((byte) '\n');
            });
            COSString id = new COSString(md5.digest());
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("a digest cannot fail to take bytes", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * The line's UTF-8 bytes, encoded a piece at a time: a paragraph's line can be megabytes.
     * Pieces never part a surrogate pair, so the bytes are those of the whole line.
     */
    private static void digest(MessageDigest md5, String line) {
        int piece = 8192;
        for (int from = 0; from < line.length(); ) {
            int to = Math.min(line.length(), from + piece);
            if (to < line.length() && Character.isHighSurrogate(line.charAt(to - 1))) {
                to--;
            }
            md5.update(line.substring(from, to).getBytes(StandardCharsets.UTF_8));
            from = to;
        }
    }
}
