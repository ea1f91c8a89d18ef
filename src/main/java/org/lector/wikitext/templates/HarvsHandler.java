package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Text;

/**
 * {@code {{harvs}}}: one author (or up to four) with several years, named parameters only
 * ({@code last=}, {@code year=}, {@code year2=}…). The positional flags {@code nb} and
 * {@code paren} choose the brackets; the default is the "txt" form "Smith (2001, 2006)".
 */
public final class HarvsHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("harvs");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        List<String> authors = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String n = Integer.toString(i);
            String a = i == 1
                    ? call.first("last", "last1", "author", "author1", "surname", "surname1")
                    : call.first("last" + n, "author" + n, "surname" + n);
            if (!a.isEmpty()) {
                authors.add(ShortCitationReader.plain(context, a));
            }
        }
        List<String> years = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String y = i == 1 ? call.first("year", "year1") : call.getOrEmpty("year" + i);
            if (!y.isEmpty()) {
                years.add(ShortCitationReader.plain(context, y));
            }
        }
        if (authors.isEmpty() && years.isEmpty()) {
            context.warn("{{harvs}} without author or year: dropped");
            return TemplateResult.nothing();
        }
        ShortCitation c = new ShortCitation(authors, String.join(", ", years),
                ShortCitationReader.plain(context, call.first("p", "page")),
                ShortCitationReader.plain(context, call.first("pp", "pages")),
                ShortCitationReader.plain(context, call.first("loc", "at")));
        ShortCitationFormatter.Style style = ShortCitationFormatter.HARVTXT;
        if (call.args().contains("nb")) {
            style = ShortCitationFormatter.HARVNB;
        } else if (call.args().contains("paren")) {
            style = ShortCitationFormatter.HARV;
        }
        context.recordCitation(c.toCitation());
        return TemplateResult.inline(new Text(ShortCitationFormatter.format(c, style, "")));
    }
}
