package org.lector.pipeline;

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
    public String write(ReadingScript script, String slug, Path articleDir) {
        StringBuilder jsonl = new StringBuilder();
        for (ScriptItem item : script.items()) {
            jsonl.append(ScriptJson.line(item)).append('\n');
        }
        AtomicFiles.writeString(articleDir.resolve("script.jsonl"), jsonl.toString());
        AtomicFiles.writeString(articleDir.resolve("script.txt"), ScriptText.render(script));
        return script.items().size() + " script items";
    }
}
