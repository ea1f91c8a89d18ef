package org.lector.wikitext.templates;

import java.util.Set;

/**
 * References to passages of scripture: {@code {{bibleverse|1 Corinthians|11:23–26|9}}} reads as
 * book, chapter and verse (the version is a link target only; the older form puts a book number
 * first: {@code {{bibleverse|1|Corinthians|11:23}}}), {@code {{qref|4|155–160}}} as "Quran 4:155–160".
 */
final class ScriptureReferences implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("bibleverse", "bibleverse-nb", "qref");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String reference = call.key().equals("qref")
                ? ("Quran " + call.arg(1) + (call.arg(2).isEmpty() ? "" : ":" + call.arg(2))).trim()
                : bibleReference(call);
        return TemplateResult.inlines(Inlines.printed(context, reference));
    }

    private static String bibleReference(TemplateCall c) {
        if (c.arg(3).matches("\\d+(:\\d.*)?") && !c.arg(2).matches("\\d.*")) {
            return (c.arg(1) + " " + c.arg(2) + " " + c.arg(3)).trim();
        }
        return (c.arg(1) + " " + c.arg(2)).trim();
    }
}
