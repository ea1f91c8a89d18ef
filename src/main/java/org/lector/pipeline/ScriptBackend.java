package org.lector.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptItem;
import org.lector.script.ScriptJson;
import org.lector.script.ScriptText;

/** Writes the reading script itself: {@code script.jsonl} for tools, {@code script.txt} for people. */
public final class ScriptBackend implements Backend {
    @Override
    public String name() {
        return "script";
    }

    @Override
    public BackendReport write(ReadingScript script, String slug, Path stagingDir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (ScriptItem item : script.items()) {
            jsonl.append(ScriptJson.line(item)).append('\n');
        }
        Files.writeString(stagingDir.resolve("script.jsonl"), jsonl, StandardCharsets.UTF_8);
        Files.writeString(stagingDir.resolve("script.txt"), ScriptText.render(script), StandardCharsets.UTF_8);
        return BackendReport.of(script.items().size() + " script items");
    }
}
