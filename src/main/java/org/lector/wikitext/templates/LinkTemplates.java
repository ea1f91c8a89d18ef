package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

/**
 * Templates that write a link to an article or one of its sections: {@code {{anl|DREAM Act}}}
 * reads as its label; {@code {{section link|Page|Section}}} and {@code {{slink}}} as "Page § Section".
 * {@code {{ill|Foo Bar|de|Fu Bar}}} and the other interlanguage links ({@code {{interlanguage link}}},
 * {@code {{illm}}}…) link an English article not yet written and show its English title (or
 * {@code lt=}); the foreign title is a link target only. {@code {{linktext|電|子}}} links each word
 * to Wiktionary and shows them joined: "電子", or with spaces between words of alphabets that use them.
 */
final class LinkTemplates implements TemplateHandler {
    private static final Pattern UNSPACED = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}]");

    @Override
    public Set<String> names() {
        return Set.of("anl", "section link", "slink", "ill", "interlanguage link", "interlanguage link multi", "illm",
                "ill2", "linktext", "link text");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "anl" -> TemplateResult.inlinesOrNothing(context.parseInline(call.arg(1)));
            case "section link", "slink" -> TemplateResult.inlines(Inlines.printed(context,
                    String.join(" § ", call.args().stream().filter(a -> !a.isEmpty()).toList())));
            case "linktext", "link text" -> linkText(call, context);
            default -> interlanguage(call, context);
        };
    }

    /** The English title (or lt=), linked to the English article. */
    private static TemplateResult interlanguage(TemplateCall call, TemplateContext context) {
        String english = Inlines.stripComments(call.first("1", "en"));
        String label = call.first("lt", "label");
        if (english.isEmpty()) {
            // {{ill|lt=…}} without an English title: the foreign one (third positional) is shown
            english = Inlines.stripComments(call.arg(3));
        }
        if (english.isEmpty() && label.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> shown = context.parseInline(label.isEmpty() ? english : label);
        if (english.isEmpty()) {
            return TemplateResult.inlinesOrNothing(shown);
        }
        return TemplateResult.inline(new Link(english, false, shown));
    }

    private static TemplateResult linkText(TemplateCall call, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        String previous = "";
        for (String word : call.args()) {
            if (word.isEmpty()) {
                continue;
            }
            if (!previous.isEmpty() && !UNSPACED.matcher(previous).find() && !UNSPACED.matcher(word).find()
                    && !Character.isWhitespace(previous.charAt(previous.length() - 1))
                    && !Character.isWhitespace(word.charAt(0))) {
                out.add(new Text(" "));
            }
            out.addAll(context.parseInline(word));
            previous = word;
        }
        return TemplateResult.inlinesOrNothing(out);
    }
}
