package org.lector.audio;

import java.util.List;
import java.util.Map;
import org.lector.script.Role;
import org.lector.script.ScriptItem;

/** Script items for hand-written audio tests: print text and speech the same unless given. */
final class Items {
    private Items() {
    }

    static ScriptItem title(String text) {
        return item("t", Role.TITLE, 1, text);
    }

    static ScriptItem heading(String id, int level, String text) {
        return item(id, Role.HEADING, level, text);
    }

    static ScriptItem paragraph(String id, String text) {
        return item(id, Role.PARAGRAPH, 0, text);
    }

    static ScriptItem item(String id, Role role, int level, String text) {
        return new ScriptItem(id, role, level, text, List.of(), List.of(), null, text, Map.of());
    }

    static ScriptItem spoken(String id, Role role, String text, String speech) {
        return new ScriptItem(id, role, 0, text, List.of(), List.of(), null, speech, Map.of());
    }
}
