package org.lector.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lector.script.BlockProse;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptJson;
import org.lector.script.ScriptText;

/** Writes the reading script itself: {@code script.jsonl} for tools, {@code script.txt} for people. */
public final class ScriptBackend implements Backend {
    @Override
    public String name() {
        return "script";
    }

    @Override
    public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
        ReadingScript script = input.script();
        try (Writer out = Files.newBufferedWriter(stagingDir.resolve("script.jsonl"), StandardCharsets.UTF_8)) {
            ScriptJson.write(script, out);
        }
        Files.writeString(stagingDir.resolve("script.txt"), ScriptText.render(script), StandardCharsets.UTF_8);
        int sentences = 0;
        for (var block : script.blocks()) {
            sentences += BlockProse.sentences(block).size();
        }
        return BackendReport.of(count(script.chapters().size(), "chapter") + ", " + count(script.blocks().size(), "block")
                + ", " + count(sentences, "sentence"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
