package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.Text;

/**
 * Names given in English, in their native script and romanized, as Wikipedia's East Asian
 * templates print them. The subject of an article about a Japanese, Chinese or Korean thing is
 * usually written with one of these in the first sentence, so dropping them loses the subject.
 * <ul>
 *   <li>{@code {{nihongo|Tokyo|東京|Tōkyō}}} → "Tokyo (東京, Tōkyō)" (lead=yes: "Tokyo (Japanese:
 *       東京, Hepburn: Tōkyō)"); extra text after a comma, a second extra after the bracket;
 *       {@code {{nihongo2|東京}}} the native text alone; {@code {{nihongo3|Eastern capital|東京|Tōkyō}}}
 *       → "Tōkyō (東京, Eastern capital)"; {@code {{nihongo4}}} as nihongo; {@code {{nihongo foot}}}
 *       the English in the text and the rest in a footnote.</li>
 *   <li>{@code {{zh|c=中国|p=Zhōngguó}}} (and {@code {{lang-zh}}}) → "Chinese: 中国; pinyin:
 *       Zhōngguó", each given form with its label; the German {@code {{zh}}} reads "chinesisch
 *       火狐, Pinyin huǒ hú, ‚Feuerfuchs'".</li>
 *   <li>{@code {{korean|hangul=한국|hanja=韓國|rr=Hanguk}}} → "Korean: 한국; Hanja: 韓國; RR: Hanguk".</li>
 * </ul>
 * Native script is tagged with its language (ja, zh, ko) and romanizations as "xx-Latn" in
 * italics, so a voice does not read them with English rules.
 */
final class EastAsianNames implements TemplateHandler {
    /** {@code {{zh}}}'s parameters in the order it prints them, with their labels. */
    private static final String[][] CHINESE = {
        {"c", "Chinese", "zh"}, {"s", "simplified Chinese", "zh-Hans"}, {"t", "traditional Chinese", "zh-Hant"},
        {"p", "pinyin", "zh-Latn"}, {"tp", "Tongyong Pinyin", "zh-Latn"}, {"w", "Wade–Giles", "zh-Latn"},
        {"j", "Jyutping", "yue-Latn"}, {"cy", "Cantonese Yale", "yue-Latn"}, {"sl", "Sidney Lau", "yue-Latn"},
        {"poj", "Pe̍h-ōe-jī", "nan-Latn"}, {"zhu", "Zhuyin Fuhao", "zh-Bopo"}};
    private static final String[][] KOREAN = {
        {"hangul", "Korean", "ko"}, {"hanja", "Hanja", "ko-Hani"}, {"rr", "RR", "ko-Latn"},
        {"mr", "MR", "ko-Latn"}};
    /** The German {@code {{zh}}}: Langzeichen, Kurzzeichen (vereinfacht), Pinyin, Jyutping. */
    private static final String[][] CHINESE_DE = {
        {"t", "", "zh-Hant"}, {"v", "", "zh-Hans"}, {"p", "Pinyin", "zh-Latn"}, {"j", "Jyutping", "yue-Latn"},
        {"w", "W.-G.", "zh-Latn"}};

    @Override
    public Set<String> names() {
        return Set.of("nihongo", "nihongo2", "nihongo3", "nihongo4", "nihongo foot", "nihongo-s", "zh", "lang-zh",
                "chinese", "korean", "lang-ko-kp");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "nihongo2" -> TemplateResult.inlinesOrNothing(nativeScript("ja", call.arg(1), context));
            case "nihongo3" -> nihongo(call.arg(3), call.arg(2), call.arg(1), call, context);
            case "nihongo foot" -> nihongoFoot(call, context);
            case "zh", "lang-zh", "chinese" -> context.language().startsWith("de")
                    ? germanChinese(call, context) : labelled(CHINESE, call, context);
            case "korean", "lang-ko-kp" -> labelled(KOREAN, call, context);
            default -> nihongo(call.arg(1), call.arg(2), call.arg(3), call, context);
        };
    }

    /** "lead (native, romanized, extra) extra2"; without a lead, the native text leads. */
    private static TemplateResult nihongo(String lead, String nativeText, String romanized, TemplateCall call,
                                          TemplateContext context) {
        boolean labels = call.first("lead").matches("(?i)y|yes|true|1");
        List<List<Inline>> inside = new ArrayList<>();
        List<Inline> head;
        if (lead.isEmpty()) {
            head = nativeScript("ja", nativeText, context);
        } else {
            head = new ArrayList<>(context.parseInline(lead));
            inside.add(labelled(labels ? "Japanese: " : "", nativeScript("ja", nativeText, context)));
        }
        inside.add(labelled(labels ? "Hepburn: " : "", romanized("ja", romanized, context)));
        inside.add(context.parseInline(call.arg(4)));
        List<Inline> out = new ArrayList<>(head);
        List<Inline> bracket = Inlines.join(inside, ", ");
        if (!bracket.isEmpty()) {
            if (!out.isEmpty()) {
                out.add(new Text(" "));
            }
            out.add(new Text("("));
            out.addAll(bracket);
            out.add(new Text(")"));
        }
        List<Inline> extra2 = context.parseInline(call.arg(5));
        if (!extra2.isEmpty()) {
            out.add(new Text(" "));
            out.addAll(extra2);
        }
        return TemplateResult.inlinesOrNothing(out);
    }

    /** The English in the text, the Japanese and its romanization in an explanatory footnote. */
    private static TemplateResult nihongoFoot(TemplateCall call, TemplateContext context) {
        List<Inline> out = new ArrayList<>(context.parseInline(call.arg(1)));
        List<List<Inline>> note = new ArrayList<>();
        note.add(labelled("Japanese: ", nativeScript("ja", call.arg(2), context)));
        note.add(labelled("Hepburn: ", romanized("ja", call.arg(3), context)));
        note.add(context.parseInline(call.arg(4)));
        List<Inline> content = Inlines.join(note, ", ");
        if (!content.isEmpty()) {
            String group = call.first("group").isEmpty() ? "lower-alpha" : call.first("group");
            NoteRef ref = context.addNote(Note.Kind.EXPLANATORY, group, null, content, List.of());
            out.add(ref);
        }
        return TemplateResult.inlinesOrNothing(out);
    }

    /** Each given form as "label: form", joined with "; "; labels=no leaves the labels out. */
    private static TemplateResult labelled(String[][] forms, TemplateCall call, TemplateContext context) {
        boolean labels = !call.first("labels").matches("(?i)no|n|none|off");
        List<List<Inline>> parts = new ArrayList<>();
        for (String[] form : order(forms, call)) {
            String value = call.first(form[0]);
            if (value.isEmpty()) {
                continue;
            }
            List<Inline> shown = form[2].endsWith("-Latn") ? romanized(form[2], value, context)
                    : nativeScript(form[2], value, context);
            parts.add(labelled(labels ? form[1] + ": " : "", shown));
        }
        List<Inline> literal = context.parseInline(call.first("l", "lit"));
        if (!literal.isEmpty()) {
            List<Inline> lit = new ArrayList<>(Inlines.text("lit. '"));
            lit.addAll(literal);
            lit.add(new Text("'"));
            parts.add(lit);
        }
        List<Inline> translation = context.parseInline(call.first("tr", "en"));
        if (!translation.isEmpty()) {
            parts.add(labelled("trans. ", translation));
        }
        return TemplateResult.inlinesOrNothing(Inlines.join(parts, "; "));
    }

    /** first=t puts the traditional characters before the simplified ones. */
    private static List<String[]> order(String[][] forms, TemplateCall call) {
        List<String[]> out = new ArrayList<>(List.of(forms));
        if (call.first("first").toLowerCase(Locale.ROOT).startsWith("t") && forms == CHINESE) {
            String[] s = out.get(1);
            out.set(1, out.get(2));
            out.set(2, s);
        }
        return out;
    }

    /** de:Vorlage:zh: "chinesisch 火狐, Pinyin huǒ hú, ‚Feuerfuchs'" (b= is the meaning). */
    private static TemplateResult germanChinese(TemplateCall call, TemplateContext context) {
        List<List<Inline>> parts = new ArrayList<>();
        for (String[] form : CHINESE_DE) {
            String value = call.first(form[0]);
            if (!value.isEmpty()) {
                List<Inline> shown = form[2].endsWith("-Latn") ? romanized(form[2], value, context)
                        : nativeScript(form[2], value, context);
                parts.add(labelled(form[1].isEmpty() ? "" : form[1] + " ", shown));
            }
        }
        List<Inline> meaning = context.parseInline(call.first("b"));
        if (!meaning.isEmpty()) {
            List<Inline> quoted = new ArrayList<>(Inlines.text("‚"));
            quoted.addAll(meaning);
            quoted.add(new Text("‘"));
            parts.add(quoted);
        }
        List<Inline> joined = Inlines.join(parts, ", ");
        if (joined.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> out = new ArrayList<>(Inlines.text("chinesisch "));
        out.addAll(joined);
        return TemplateResult.inlines(out);
    }

    private static List<Inline> labelled(String label, List<Inline> content) {
        if (content.isEmpty()) {
            return List.of();
        }
        List<Inline> out = new ArrayList<>(Inlines.text(label));
        out.addAll(content);
        return out;
    }

    private static List<Inline> nativeScript(String lang, String wikitext, TemplateContext context) {
        List<Inline> content = context.parseInline(wikitext);
        return content.isEmpty() ? List.of() : List.of(new LangSpan(lang, content));
    }

    private static List<Inline> romanized(String lang, String wikitext, TemplateContext context) {
        List<Inline> content = context.parseInline(wikitext);
        if (content.isEmpty()) {
            return List.of();
        }
        String tag = lang.endsWith("-Latn") ? lang : lang + "-Latn";
        return List.of(new LangSpan(tag, List.of(new Emphasis(Emphasis.Style.ITALIC, content))));
    }
}
