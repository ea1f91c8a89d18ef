package org.lector.wikitext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lector.document.Block;
import org.lector.wikitext.templates.TemplateCall;
import org.lector.wikitext.templates.TemplateHandler;
import org.lector.wikitext.templates.TemplateResult;

/**
 * Expands one template use: parser functions and magic words first, then the registered handler.
 * An unknown template contributes nothing and is recorded as a warning: its parameters are data
 * for a layout we do not have, and reading them raw is the failure users hear most.
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
                session.warn("{{" + call.key() + "}} read as {{cite web}}");
                TemplateCall web = new TemplateCall("cite web", params);
                handler = session.registry().find(web.key());
                call = web;
            }
            if (handler.isEmpty()) {
                session.warn("unknown template {{" + call.key() + "}} dropped");
                return;
            }
            apply(handler.get().handle(call, session), out);
        } finally {
            session.leave();
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
