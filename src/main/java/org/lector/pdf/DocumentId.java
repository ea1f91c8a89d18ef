package org.lector.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
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
            // the script.jsonl bytes, digested as they are written rather than copied whole
            try (Writer out = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), md5),
                    StandardCharsets.UTF_8)) {
                ScriptJson.write(script, out);
            }
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
}
