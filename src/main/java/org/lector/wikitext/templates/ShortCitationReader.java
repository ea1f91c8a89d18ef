package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.PlainText;

/**
 * Reads the parameters shared by {@code {{sfn}}} and the {@code {{harv}}} family into a
 * {@link ShortCitation}: positional surnames, then the year (the last positional, when it looks
 * like one), and p/page, pp/pages, loc/at.
 */
final class ShortCitationReader {
    private ShortCitationReader() {
    }

    static ShortCitation read(TemplateCall call, TemplateContext context) {
        List<String> positional = new ArrayList<>();
        // Empty positionals ({{sfn|Smith||2001}}) are typos; skipping them keeps "Smith 2001".
        for (int i = 1; i <= 9; i++) {
            String v = plain(context, call.arg(i));
            if (!v.isEmpty()) {
                positional.add(v);
            }
        }
        String year = "";
        if (!positional.isEmpty() && ShortCitationFormatter.isYear(positional.get(positional.size() - 1))) {
            year = positional.remove(positional.size() - 1);
        }
        return new ShortCitation(positional, year,
                plain(context, call.first("p", "page")),
                plain(context, call.first("pp", "pages")),
                plain(context, call.first("loc", "at")));
    }

    /** The closing punctuation: postscript= or ps=, "none" meaning none; {@code dflt} when absent. */
    static String postscript(TemplateCall call, TemplateContext context, String key, String alias, String dflt) {
        String raw = call.get(key);
        if (raw == null && alias != null) {
            raw = call.get(alias);
        }
        if (raw == null) {
            return dflt;
        }
        if (raw.equalsIgnoreCase("none")) {
            return "";
        }
        return raw.isEmpty() ? "" : context.plainText(raw);
    }

    static String plain(TemplateContext context, String wikitext) {
        if (wikitext == null || wikitext.isBlank()) {
            return "";
        }
        // a citation's data is read aloud too: "&#91;&#91;PDF&#93;&#93;" in a title is "[PDF]" there as in print
        return PlainText.withoutMarkupLookalikes(context.plainText(wikitext).replaceAll("\\s+", " ").trim());
    }
}
