package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Templates that shape the page or talk to editors, and say nothing a reader needs: clearing
 * floats, tables of contents, protection padlocks, date and spelling conventions, article
 * badges, navigation boxes and portals, authority control, and maintenance tags
 * ({@code {{citation needed}}} and kin, which are notes to editors, not content). They produce
 * nothing, which is a decision, not an unknown template (those are warned about elsewhere).
 * Navboxes named "X navbox" or "X footer" cannot be matched by name here and stay unknown.
 */
final class LayoutTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of(
                // layout
                "clear", "clear left", "clear right", "clr", "-", "break", "clearleft", "clearright",
                "toc limit", "toc right", "toc left", "compact toc", "notoc", "stack begin", "stack end",
                "div col end", "div-col-end", "divcol end", "col-start", "col-end", "col-break", "colend",
                "columns-start", "column", "columns-end", "end div col",
                "col-2", "col-3", "col-4", "col-5", "nowrap begin", "nowrap end", "tree list", "tree list/end",
                "anchor", "anker", "vertical align rows", "tnavbar", "pagebreak", "page break",
                // page metadata and badges
                "short description", "displaytitle", "defaultsort", "italic title", "lowercase title",
                "good article", "featured article", "featured", "lesenswert", "exzellent", "spoken wikipedia",
                "cs1 config", "bots", "prettyurl", "protection padlock", "current sport",
                "incubator", "dmy", "mdy",
                // navigation and sister projects
                "authority control", "normdaten", "taxonbar", "portal", "portal bar", "portal-inline",
                "subject bar", "navboxes", "navboxes top", "navboxes bottom", "navbox", "navbox with collapsible groups",
                "naviblock", "commons", "commons category", "commonscat", "commons-inline", "commons category-inline",
                "wikiquote", "wikisource", "wikinews", "wikispecies", "wikispecies-inline", "wiktionary",
                "wikiversity", "wikibooks", "wikivoyage", "sister project", "sister project links", "library resources box",
                "external media", "wikiatlas",
                // maintenance tags: notes to editors
                "cn", "citation needed", "fact", "better source", "better source needed", "dubious", "dubious-inline",
                "clarify", "when", "who", "whom", "by whom", "which", "where", "according to whom", "page needed",
                "pages needed", "full citation needed", "failed verification", "dead link", "verify", "verify source",
                "verification needed", "cbignore", "update", "update after", "more citations needed",
                "more footnotes needed", "multiple issues", "unreferenced", "unreferenced section",
                "original research", "or", "neutrality", "pov", "expand section", "request quotation",
                "subscription required", "registration required", "webarchive",
                "self-published source", "primary source inline", "vague", "weasel inline", "peacock term",
                "when?", "specify", "examples", "disputed inline", "unreliable source?", "irrelevant citation",
                "nonspecific", "year needed", "date missing", "quantify", "unbalanced opinion", "cleanup", "copyedit",
                "tone", "more citations needed section", "primary sources", "refimprove", "citation style",
                "in use", "under construction", "as of?", "outdated as of");
    }

    @Override
    public Set<String> prefixes() {
        // "use dmy dates", "use british english"; "pp-semi-indef"; "DISPLAYTITLE:…", "DEFAULTSORT:…"
        return Set.of("use ", "pp-", "pp ", "displaytitle:", "defaultsort:", "s-");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return TemplateResult.nothing();
    }
}
