package org.lector.script;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading script as text for people: headings underlined or marked, note markers in
 * brackets, figures, quotes and tables labelled so a proof-reader sees every item's role.
 */
public final class ScriptText {
    private ScriptText() {
    }

    public static String render(ReadingScript script) {
        StringBuilder sb = new StringBuilder();
        for (ScriptItem item : script.items()) {
            String text = withMarkers(item);
            switch (item.role()) {
                case TITLE -> sb.append(text).append('\n').append("=".repeat(Math.max(3, text.length()))).append("\n\n");
                case HEADING -> sb.append("\n").append("#".repeat(item.level())).append(' ').append(text).append("\n\n");
                case HATNOTE -> sb.append("(").append(text).append(")\n\n");
                case FIGURE -> sb.append(item.attributes().containsKey("group") ? "  " : "")
                        .append("[Image: ").append(text).append("]\n\n");
                case FIGURE_GROUP -> sb.append("[Group of ").append(item.attributes().get("count")).append(" images")
                        .append(text.isEmpty() ? "" : ": " + text).append("]\n");
                case QUOTE -> {
                    sb.append(indent(text, "> ")).append('\n');
                    String source = item.attributes().get("source");
                    if (source != null) {
                        sb.append(">   — ").append(source).append('\n');
                    }
                    sb.append('\n');
                }
                case LIST_ITEM -> {
                    String marker = item.attributes().containsKey("ordinal")
                            ? item.attributes().get("ordinal") + "." : "bullet".equals(item.attributes().get("list")) ? "•" : "";
                    sb.append("  ".repeat(item.level())).append(marker.isEmpty() ? "" : marker + " ").append(text).append('\n');
                }
                case TABLE -> sb.append("[Table").append(text.isEmpty() ? "" : ": " + text).append(", ")
                        .append(item.attributes().get("rows")).append(" rows]\n");
                case ROW -> sb.append("  Row ").append(item.attributes().get("index")).append(":\n");
                case CELL -> {
                    String header = item.attributes().get("columnHeader");
                    sb.append("    ").append(header == null ? "" : header + ": ").append(text.replace('\n', ' ')).append('\n');
                }
                case FORMULA -> sb.append("[Formula: ").append(text).append("]\n\n");
                case NOTE -> sb.append('[').append(item.attributes().get("label")).append("] ").append(text).append('\n');
                default -> sb.append(text).append("\n\n");
            }
        }
        return sb.toString();
    }

    /**
     * The spoken form, one item a paragraph, for listening proof-readers: exactly the words a
     * voice will be given. Items with nothing to say are left out.
     */
    public static String renderSpeech(ReadingScript script) {
        StringBuilder sb = new StringBuilder();
        for (ScriptItem item : script.items()) {
            if (item.speech() != null && !item.speech().isEmpty()) {
                sb.append(item.speech()).append("\n\n");
            }
        }
        return sb.toString();
    }

    /** The text with "[n]" at each note reference. */
    static String withMarkers(ScriptItem item) {
        List<Span> refs = new ArrayList<>();
        for (Span s : item.spans()) {
            if (s.type().equals("noteref")) {
                refs.add(s);
            }
        }
        if (refs.isEmpty()) {
            return item.text();
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (Span s : refs) {
            sb.append(item.text(), from, s.start()).append('[').append(s.value()).append(']');
            from = s.start();
        }
        sb.append(item.text().substring(from));
        return sb.toString();
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
