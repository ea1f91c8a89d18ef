package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Code;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * Templates that print their text inside marks: {@code {{angbr|html}}} → "⟨html⟩" (linguistics'
 * graphemes, bra-ket notation), {@code {{bracket|sic}}} → "[sic]", and keys to press:
 * {@code {{keypress|Ctrl|Alt|Del}}} → "Ctrl+Alt+Del" as code ({@code chain=} replaces "+",
 * {@code {{key press}}} is the same template).
 */
final class EnclosedTextTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("angbr", "angle bracket", "angle brackets", "bracket", "brackets", "keypress", "key press");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "angbr", "angle bracket", "angle brackets" -> enclosed("⟨", call.arg(1), "⟩", context);
            case "bracket", "brackets" -> enclosed("[", call.arg(1), "]", context);
            default -> keys(call, context);
        };
    }

    private static TemplateResult enclosed(String open, String wikitext, String close, TemplateContext context) {
        List<Inline> out = new ArrayList<>(Inlines.text(open));
        out.addAll(context.parseInline(wikitext));
        out.add(new Text(close));
        return TemplateResult.inlines(out);
    }

    private static TemplateResult keys(TemplateCall call, TemplateContext context) {
        String chain = call.get("chain") == null ? "+" : call.get("chain");
        List<List<Inline>> keys = new ArrayList<>();
        for (String key : call.args()) {
            keys.add(context.parseInline(key));
        }
        List<Inline> joined = Inlines.join(keys, chain);
        return joined.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Code(joined));
    }
}
