package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Block;
import org.lector.document.Citation;
import org.lector.document.Inline;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.Paragraph;
import org.lector.document.Text;

/**
 * A stand-in for the parser: values become one Text with links reduced to labels, emphasis
 * quotes, refs, comments and tags dropped, and nested templates expanded through the content
 * registry (templates it does not know, such as citations, vanish).
 */
final class ContentFakeContext implements TemplateContext {
    final List<String> warnings = new ArrayList<>();
    private final TemplateRegistry registry = ContentTemplates.register(new TemplateRegistry());
    private final String language;

    ContentFakeContext() {
        this("en");
    }

    ContentFakeContext(String language) {
        this.language = language;
    }

    @Override
    public List<Inline> parseInline(String wikitext) {
        String t = expand(wikitext);
        return t.isEmpty() ? List.of() : List.of(new Text(t));
    }

    @Override
    public List<Block> parseBlocks(String wikitext) {
        return List.of(new Paragraph(parseInline(wikitext)));
    }

    @Override
    public String plainText(String wikitext) {
        return expand(wikitext);
    }

    @Override
    public NoteRef addNote(Note.Kind kind, String group, String mergeKey, List<Inline> content,
                           List<Citation> citations) {
        return new NoteRef(new Note(kind, group, 1, content, citations));
    }

    @Override
    public void recordCitation(Citation citation) {
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public String language() {
        return language;
    }

    String expand(String wikitext) {
        String s = wikitext.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?is)<ref[^>]*/>", "")
                .replaceAll("(?is)<ref[^>]*>.*?</ref>", "");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = s.indexOf("{{", i);
            int end = open < 0 ? -1 : Wikitext.matchingEnd(s, open);
            if (end < 0) {
                out.append(s.substring(i));
                break;
            }
            out.append(s, i, open);
            out.append(expandCall(s.substring(open, end)));
            i = end;
        }
        return out.toString()
                .replaceAll("\\[\\[(?i:file|image|datei):[^\\]]*]]", "")
                .replaceAll("\\[\\[[^\\]|]*\\|([^\\]]*)]]", "$1")
                .replaceAll("\\[\\[([^\\]]*)]]", "$1")
                .replaceAll("\\[https?://\\S+ ([^\\]]*)]", "$1")
                .replaceAll("'{2,}", "")
                .replaceAll("<[^>]+>", " ")
                .trim();
    }

    private String expandCall(String call) {
        TemplateCall c = Wikitext.parse(call);
        return registry.find(c.key()).map(h -> Results.text(h.handle(c, this))).orElse("");
    }
}
