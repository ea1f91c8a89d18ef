package org.lector.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptJson;
import org.lector.script.ScriptJsonReader;
import org.lector.source.InputException;

/**
 * Recognises an INPUT that is a reading script Lector wrote ({@code script.jsonl}, perhaps edited
 * by hand) by its first line, and reads it back, so {@code lector convert script.jsonl} makes the
 * same outputs as converting the article did.
 */
final class StoredScripts {
    /** Enough of the first line to see its "type"; the header line is short. */
    private static final int SNIFF_BYTES = 4096;

    private StoredScripts() {
    }

    static Optional<ReadingScript> read(String input) {
        Path path = Path.of(input);
        if (input.equals("-") || !Files.isRegularFile(path) || !startsLikeScript(path)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return Optional.of(ScriptJsonReader.read(in, path.getFileName().toString()));
        } catch (IOException e) {
            throw new InputException(InputException.Kind.UNREADABLE, "cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsLikeScript(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            String text = new String(head, StandardCharsets.UTF_8);
            String firstLine = text.lines().findFirst().orElse(null);
            return firstLine != null && ScriptJson.looksLikeScript(firstLine);
        } catch (IOException e) {
            return false; // the article reader reports an unreadable file with its own message
        }
    }
}
