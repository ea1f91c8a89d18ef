package org.lector.wikitext.templates;

/** Test helper: runs one call through the content registry with a fresh {@link ContentFakeContext}. */
final class Run {
    static final TemplateRegistry REGISTRY = ContentTemplates.register(new TemplateRegistry());

    private Run() {
    }

    static TemplateResult call(String wikitext) {
        return call(wikitext, new ContentFakeContext());
    }

    static TemplateResult call(String wikitext, ContentFakeContext context) {
        TemplateCall c = Wikitext.parse(wikitext);
        TemplateHandler h = REGISTRY.find(c.key()).orElseThrow(() -> new AssertionError("no handler: " + c.key()));
        return h.handle(c, context);
    }

    static String text(String wikitext) {
        return Results.text(call(wikitext));
    }
}
