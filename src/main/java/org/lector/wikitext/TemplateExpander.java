package org.lector.wikitext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lector.document.Block;
import org.lector.document.Inline;
import org.lector.wikitext.templates.TemplateCall;
import org.lector.wikitext.templates.TemplateHandler;
import org.lector.wikitext.templates.TemplateResult;

/**
 * Expands one template use: parser functions and magic words first, then the registered handler.
 * A template no handler knows is judged by {@link UnknownTemplatePolicy}: its prose parameters are
 * kept, anything else (navigation, layout, data for a layout we do not have) contributes nothing;
 * either way it is recorded as a warning with the words concerned. Reading parameters raw is the
 * failure users hear most; losing an article's words silently is the one they never notice.
 */
final class TemplateExpander {
    private final ParseSession session;

    TemplateExpander(ParseSession session) {
        this.session = session;
    }

    void expand(Node.TemplateNode node, InlineBuilder out) {
        String rawName = ParameterSplitter.stripComments(node.parts().get(0)).trim();
        if (rawName.isEmpty()) {
            return;
        }
        List<String> rest = node.parts().subList(1, node.parts().size());
        if (!session.enter()) {
            return;
        }
        try {
            if (ParserFunctions.handles(rawName)) {
                new ParserFunctions(session).expand(rawName, rest, out);
                return;
            }
            if (rawName.contains("{{")) {
                rawName = session.plainText(rawName);
            }
            Map<String, String> params = ParameterSplitter.split(rest);
            TemplateCall call = new TemplateCall(rawName, params);
            Optional<TemplateHandler> handler = session.registry().find(call.key());
            if (handler.isEmpty() && call.key().startsWith("cite ")) {
                // an unfamiliar member of the cite family still takes CS1's parameters
                TemplateCall web = new TemplateCall("cite web", params);
                Optional<TemplateHandler> cs1 = session.registry().find(web.key());
                TemplateResult read = cs1.isPresent() ? cs1.get().handle(web, session) : TemplateResult.nothing();
                if (!(read instanceof TemplateResult.Nothing)) {
                    session.warn("{{" + call.key() + "}} read as {{cite web}}");
                    apply(read, out);
                    return;
                }
            }
            if (handler.isEmpty()) {
                unknown(call, out);
                return;
            }
            apply(handler.get().handle(call, session), out);
        } finally {
            session.leave();
        }
    }

    /** A template no handler knows: its prose kept (joined as a list would be), or nothing, and a warning either way. */
    private void unknown(TemplateCall call, InlineBuilder out) {
        UnknownTemplatePolicy.Verdict verdict = UnknownTemplatePolicy.judge(call);
        if (!verdict.keepsText()) {
            session.warnings().droppedTemplate(call.key(), verdict.words());
            return;
        }
        session.warnings().keptTemplate(call.key());
        boolean first = true;
        for (String wikitext : verdict.kept()) {
            List<Inline> text = session.parseInline(wikitext);
            if (text.isEmpty()) {
                continue;
            }
            if (!first) {
                out.text(", ");
            }
            out.inlines(text);
            first = false;
        }
    }

    static void apply(TemplateResult result, InlineBuilder out) {
        if (result instanceof TemplateResult.Inlines in) {
            out.inlines(in.content());
        } else if (result instanceof TemplateResult.Blocks bl) {
            for (Block b : bl.content()) {
                out.hoist(b);
            }
        } else if (!(result instanceof TemplateResult.Nothing)) {
            // Java 17 cannot switch over the sealed kinds: a new kind must be added above
            throw new IllegalStateException("template result kind not applied: " + result.getClass().getSimpleName());
        }
    }
}
