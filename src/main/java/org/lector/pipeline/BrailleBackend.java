package org.lector.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.lector.braille.BrailleOptions;
import org.lector.braille.BrailleTranscriber;
import org.lector.braille.BrfWriter;
import org.lector.braille.PefWriter;
import org.lector.braille.ProofText;
import org.lector.script.ReadingScript;

/**
 * Writes the braille of an article: {@code <slug>.brf} (ASCII braille for embossers and note
 * takers), {@code <slug>.pef} (PEF 2008-1, Unicode braille) and {@code <slug>.braille.txt}
 * (Unicode braille with page breaks marked, for sighted proof-readers).
 */
public final class BrailleBackend implements Backend {
    private final BrailleOptions options;
    private final BrailleTranscriber transcriber;

    public BrailleBackend(BrailleOptions options) {
        this.options = options;
        this.transcriber = new BrailleTranscriber(options);
    }

    @Override
    public String name() {
        return "braille";
    }

    @Override
    public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
        ReadingScript script = input.script();
        String slug = input.slug();
        BrailleTranscriber.Transcription t = transcriber.transcribe(script);
        Files.write(stagingDir.resolve(slug + ".brf"), BrfWriter.bytes(t.pages()));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stagingDir.resolve(slug + ".pef")), 1 << 16)) {
            PefWriter.write(t.pages(), options.cells(), options.lines(),
                    new PefWriter.Metadata(script.title(), "lector:" + slug, script.language(), script.bookDate().toString()), out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + slug + ".pef: " + e.getMessage(), e);
        }
        Files.writeString(stagingDir.resolve(slug + ".braille.txt"), ProofText.text(t.pages(), options.cells()), StandardCharsets.UTF_8);
        return new BackendReport(t.pages().size() + " braille pages (" + options.cells() + "×" + options.lines() + ", "
                + options.effectiveTableList() + ")", t.warnings(),
                Map.of(BackendReport.BRAILLE_PAGES, (double) t.pages().size()));
    }
}
