package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Code;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.LineBreak;
import org.lector.document.MathInline;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.Quote;
import org.lector.document.Text;
import org.lector.wikitext.templates.TemplateContext.NoteContent;

/** Renders extension and block tags: refs become notes, math formulas, galleries figure groups. */
final class TagRenderer {
    private final ParseSession session;

    TagRenderer(ParseSession session) {
        this.session = session;
    }

    void render(Node.TagNode tag, InlineBuilder out) {
        switch (tag.name()) {
            case "ref" -> {
                NoteRef ref = note(tag.attributes().getOrDefault("group", "").trim(),
                        tag.attributes().getOrDefault("name", "").trim(), tag.body());
                if (ref != null) {
                    out.inline(ref);
                }
            }
            case "nowiki" -> out.text(CharacterReferences.decode(tag.body(), session::warn));
            // like nowiki, pre shows its markup as written but its character references decoded
            case "pre" -> out.text(CharacterReferences.decode(tag.body().strip(), session::warn));
            case "syntaxhighlight", "source" -> code(tag.body().strip(), out);
            case "math" -> out.inline(new MathInline(tag.body().strip(),
                    "block".equalsIgnoreCase(tag.attributes().getOrDefault("display", ""))));
            case "chem", "ce" -> out.inline(new MathInline("\\ce{" + tag.body().strip() + "}", false));
            case "gallery" -> gallery(tag, out);
            case "poem" -> poem(tag.body(), out);
            case "blockquote" -> out.hoist(new Quote(session.parseBlocks(tag.body()), List.of()));
            case "hiero" -> out.text("(hieroglyphs)");
            default -> {
                // references lists, maps, timelines, styles: nothing to read in place
            }
        }
    }

    /**
     * A footnote from a ref: a definition (body), a reuse by name, or both. Returns null for a
     * reuse whose definition is nowhere in the article, and for a ref with nothing readable in it.
     */
    NoteRef note(String group, String name, String body) {
        String key = name.isEmpty() ? null : "name:" + name;
        NoteRef existing = session.notes().find(group, key);
        if (existing != null) {
            return existing;
        }
        String content = body;
        if (content == null || content.isBlank()) {
            content = name.isEmpty() ? null : session.refDefinitions().body(group, name);
            if (content == null) {
                session.warn(name.isEmpty() ? "empty ref dropped" : "ref \"" + name + "\" is used but never defined");
                return null;
            }
        }
        String textKey = "text:" + content.strip();
        NoteRef sameText = session.notes().find(group, textKey);
        if (sameText != null) {
            if (key != null) {
                session.notes().alias(group, key, sameText);
            }
            return sameText;
        }
        NoteContent parsed = session.parseNote(content);
        if (!BlockParser.hasContent(parsed.content())) {
            // a note that would read "[137]" and then nothing: its text was all templates Lector left out
            session.warn("ref " + (name.isEmpty() ? "" : "\"" + name + "\" ") + "with no readable text left out");
            return null;
        }
        NoteRef ref = session.notes().add(Note.Kind.CITATION, group, textKey, parsed.content(), parsed.citations());
        if (key != null) {
            session.notes().alias(group, key, ref);
        }
        return ref;
    }

    private void gallery(Node.TagNode tag, InlineBuilder out) {
        List<Figure> figures = new ArrayList<>();
        for (String line : tag.body().split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith(":")) {
                // a line forced out of the file namespace names no image: MediaWiki shows an empty box
                session.warn("gallery line naming no file dropped");
                continue;
            }
            List<Node> nodes = Preprocessor.parse("[[" + (l.contains(":") && Namespaces.isFile(Namespaces.prefixOf(l)) ? l : "File:" + l) + "]]");
            if (nodes.size() == 1 && nodes.get(0) instanceof Node.LinkNode link) {
                FileLink file = FileLink.parse(link.parts(), session::warn);
                if (!file.fileName().isEmpty()) {
                    figures.add(file.toFigure(session));
                }
            }
        }
        if (!figures.isEmpty()) {
            out.hoist(new FigureGroup(figures, session.parseInline(tag.attributes().getOrDefault("caption", ""))));
        }
    }

    /** Source code is shown as written: none of its characters is markup. */
    private static void code(String source, InlineBuilder out) {
        if (!source.isEmpty()) {
            out.inline(new Code(List.of(new Text(source))));
        }
    }

    private void poem(String body, InlineBuilder out) {
        String[] lines = body.strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.inline(new LineBreak());
            }
            out.inlines(session.parseInline(lines[i]));
        }
    }
}
