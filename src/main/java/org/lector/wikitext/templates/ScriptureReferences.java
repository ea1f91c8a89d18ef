package org.lector.wikitext.templates;

import java.util.Set;

/**
 * References to passages of scripture: {@code {{bibleverse|1 Corinthians|11:23–26|9}}} reads as
 * book, chapter and verse (the version is a link target only; the older form puts a book number
 * first: {@code {{bibleverse|1|Corinthians|11:23}}}), {@code {{qref|4|155–160}}} as "Quran 4:155–160",
 * {@code {{cite quran|2|255|e=257}}} as "Quran 2:255–257" (the translation and style parameters
 * choose a link target only).
 */
final class ScriptureReferences implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("bibleverse", "bibleverse-nb", "qref", "cite quran", "cite qur'an", "cite koran");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String reference = switch (call.key()) {
            case "qref" -> quran(call.arg(1), call.arg(2), "");
            case "cite quran", "cite qur'an", "cite koran" -> quran(call.arg(1), call.arg(2), call.first("e", "3"));
            default -> bibleReference(call);
        };
        return TemplateResult.inlines(Inlines.printed(context, reference));
    }

    private static String quran(String chapter, String verse, String endVerse) {
        String verses = verse.isEmpty() ? "" : ":" + verse + (endVerse.isEmpty() ? "" : "–" + endVerse);
        return ("Quran " + chapter + verses).trim();
    }

    private static String bibleReference(TemplateCall c) {
        if (c.arg(3).matches("\\d+(:\\d.*)?") && !c.arg(2).matches("\\d.*")) {
            return (c.arg(1) + " " + c.arg(2) + " " + c.arg(3)).trim();
        }
        return (c.arg(1) + " " + c.arg(2)).trim();
    }
}
