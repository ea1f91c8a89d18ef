package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.Text;

/**
 * Text in another language. {@code {{lang|ru|текст}}} is a bare {@link LangSpan};
 * {@code {{langx|ru|текст}}} and the older {@code {{lang-ru|текст}}} read as Wikipedia shows them,
 * "Russian: текст", with ", romanized: …" and ", lit. '…'" when given. Transliterations
 * ({@code {{transl}}}, {@code {{tlit}}}, {@code {{transliteration}}}) are italic spans tagged
 * "xx-Latn" so a voice does not read romanized Russian with Russian rules. {@code {{native name}}}
 * and {@code {{native phrase}}} are italic spans; {@code {{in lang|nl}}} reads "(in Dutch)".
 * {@code {{rtl-lang|ar|…}}} is a bare span (the direction is the renderer's business).
 * {@code {{name in various languages|nl=Koninkrijk België|fr=Royaume de Belgique}}} reads "Dutch:
 * Koninkrijk België; French: Royaume de Belgique". {@code {{lit|Middle Kingdom}}} reads "lit.
 * 'Middle Kingdom'", {@code {{gloss|eat}}} "'eat'". German Wikipedia's {@code {{enS|themes}}} and
 * its kin ({@code {{frS}}}, {@code {{laS}}}…) read "englisch themes", as there.
 */
final class LanguageTemplates implements TemplateHandler {
    /** de:Vorlage:enS and its kin: a language code and "s" ("Sprachkürzel"), normalized to lower case. */
    private static final Set<String> GERMAN_LANGUAGE_MARKS = Set.of("ens", "frs", "las", "its", "ess", "rus", "els",
            "grcs", "nls", "pts", "jas", "zhs", "ars", "hes", "pls", "css", "svs", "das", "nos", "fis", "hus", "trs",
            "fas", "kos", "uks", "ros", "hrs", "srs", "bgs", "sls", "sks", "cys", "gas", "eos", "yis", "sas", "nds");

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>(Set.of("lang", "langr", "langx", "transl", "transliteration", "tlit",
                "native name", "native phrase", "in lang", "script", "wikt-lang", "rtl-lang", "rtl lang",
                "name in various languages", "literal translation", "lit", "gloss"));
        names.addAll(GERMAN_LANGUAGE_MARKS);
        return names;
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("lang-");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String key = call.key();
        if (key.startsWith("lang-")) {
            String code = call.name().trim().substring("lang-".length());
            return labelled(call, code, 1, context);
        }
        if (GERMAN_LANGUAGE_MARKS.contains(key)) {
            return germanMark(call, call.name().trim().substring(0, key.length() - 1), context);
        }
        return switch (key) {
            case "langx" -> labelled(call, call.arg(1), 2, context);
            case "name in various languages" -> variousLanguages(call, context);
            case "literal translation", "lit" -> quoted("lit. '", call, context);
            case "gloss" -> quoted("'", call, context);
            case "transl", "transliteration", "tlit" -> transliteration(call, context);
            case "native name", "native phrase" -> TemplateResult.inline(new LangSpan(call.arg(1),
                    List.of(new Emphasis(Emphasis.Style.ITALIC, context.parseInline(call.arg(2))))));
            case "in lang" -> inLang(call);
            case "script" -> TemplateResult.inlines(context.parseInline(call.arg(2)));
            // lang, wikt-lang and rtl-lang: code, text
            default -> span(call.arg(1), call.first("text", "2"), context);
        };
    }

    /** {{lit|Middle Kingdom}} → "lit. 'Middle Kingdom'"; {{gloss|eat}} → "'eat'"; several meanings joined with " or ". */
    private static TemplateResult quoted(String open, TemplateCall call, TemplateContext context) {
        List<List<Inline>> meanings = new ArrayList<>();
        for (String meaning : call.args()) {
            meanings.add(context.parseInline(meaning));
        }
        List<Inline> joined = Inlines.join(meanings, "' or '");
        if (joined.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> out = new ArrayList<>(Inlines.text(open));
        out.addAll(joined);
        out.add(new Text("'"));
        return TemplateResult.inlines(out);
    }

    /** "englisch ''themes''": the language as a German adjective, then the words in italics. */
    private static TemplateResult germanMark(TemplateCall call, String code, TemplateContext context) {
        String language = Locale.forLanguageTag(code.toLowerCase(Locale.ROOT)).getDisplayLanguage(Locale.GERMAN);
        List<Inline> out = new ArrayList<>();
        if (!language.isEmpty() && !language.equalsIgnoreCase(code)) {
            out.add(new Text(language.substring(0, 1).toLowerCase(Locale.GERMAN) + language.substring(1) + " "));
        }
        String text = call.arg(1);
        if (!text.isEmpty()) {
            out.add(new LangSpan(code.toLowerCase(Locale.ROOT), List.of(new Emphasis(Emphasis.Style.ITALIC,
                    context.parseInline(text)))));
        }
        return TemplateResult.inlinesOrNothing(out);
    }

    /** The names keyed by language code, each "Language: name", joined with "; ", after the heading in name=. */
    private static TemplateResult variousLanguages(TemplateCall call, TemplateContext context) {
        List<List<Inline>> entries = new ArrayList<>();
        for (var e : call.params().entrySet()) {
            String code = e.getKey().trim();
            String language = code.matches("[a-z]{2,3}(-[A-Za-z0-9]+)?") ? LanguageNames.of(code) : "";
            String value = e.getValue().trim();
            if (language.isEmpty() || value.isEmpty()) {
                continue;
            }
            List<Inline> entry = new ArrayList<>(Inlines.text(language + ": "));
            entry.add(new LangSpan(code, context.parseInline(value)));
            entries.add(entry);
        }
        List<Inline> joined = Inlines.join(entries, "; ");
        List<Inline> heading = context.parseInline(call.first("name", "title"));
        if (joined.isEmpty() || heading.isEmpty()) {
            return TemplateResult.inlinesOrNothing(joined);
        }
        List<Inline> out = new ArrayList<>(heading);
        out.add(new Text(" "));
        out.addAll(joined);
        return TemplateResult.inlines(out);
    }

    private static TemplateResult span(String code, String text, TemplateContext context) {
        if (text.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.inline(new LangSpan(code, context.parseInline(text)));
    }

    /** "Russian: текст, romanized: tekst, lit. 'text'"; {@code first} is the position of the text. */
    private static TemplateResult labelled(TemplateCall call, String code, int first, TemplateContext context) {
        String text = call.first("text", Integer.toString(first));
        if (text.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> out = new ArrayList<>();
        String label = call.first("label");
        if (label.isEmpty()) {
            String name = LanguageNames.of(code);
            if (!name.isEmpty()) {
                out.add(new Text(name + ": "));
            }
        } else if (!label.equalsIgnoreCase("none")) {
            out.addAll(context.parseInline(label));
            out.add(new Text(": "));
        }
        out.add(new LangSpan(code, context.parseInline(text)));
        String translit = call.first("translit", "tr", Integer.toString(first + 1));
        if (!translit.isEmpty()) {
            out.add(new Text(", romanized: "));
            out.add(new LangSpan(latin(code), List.of(new Emphasis(Emphasis.Style.ITALIC,
                    context.parseInline(translit)))));
        }
        String literal = call.first("lit", "translation", Integer.toString(first + 2));
        if (!literal.isEmpty()) {
            out.add(new Text(", lit. '"));
            out.addAll(context.parseInline(literal));
            out.add(new Text("'"));
        }
        return TemplateResult.inlines(out);
    }

    /** {{transl|ru|text}}, {{transl|ar|ALA|text}} (with a romanization system), {{transl|text}}. */
    private static TemplateResult transliteration(TemplateCall call, TemplateContext context) {
        List<String> args = call.args();
        if (args.isEmpty()) {
            return TemplateResult.nothing();
        }
        String text = args.get(args.size() - 1);
        List<Inline> italic = List.of(new Emphasis(Emphasis.Style.ITALIC, context.parseInline(text)));
        String code = args.size() > 1 ? args.get(0) : "";
        if (!code.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
            // a script code (Narb) or nothing: no language to tag
            return TemplateResult.inlines(italic);
        }
        return TemplateResult.inline(new LangSpan(latin(code), italic));
    }

    private static String latin(String code) {
        return code.contains("-") ? code : code + "-Latn";
    }

    private static TemplateResult inLang(TemplateCall call) {
        List<List<Inline>> names = new ArrayList<>();
        for (String code : call.args()) {
            String name = LanguageNames.of(code);
            names.add(Inlines.text(name.isEmpty() ? code : name));
        }
        if (names.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> out = new ArrayList<>(Inlines.text("(in "));
        out.addAll(Inlines.proseList(names, "and"));
        out.add(new Text(")"));
        return TemplateResult.inlines(out);
    }
}
