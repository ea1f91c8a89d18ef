package org.lector.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.lector.document.Block;
import org.lector.document.Blocks;
import org.lector.document.Citation;
import org.lector.document.Inline;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.PlainText;
import org.lector.document.Text;
import org.lector.wikitext.templates.TemplateContext;
import org.lector.wikitext.templates.TemplateRegistry;

/**
 * The state of parsing one article, offered to template handlers as their {@link TemplateContext}:
 * notes, warnings, named-ref definitions, nesting depth, and blocks raised from inside inline
 * content (a figure in a footnote) that must still appear after the current block.
 */
final class ParseSession implements TemplateContext {
    /** Deeper nesting than this is dropped with a warning; real articles stay under ten. */
    static final int MAX_DEPTH = 40;

    private final TemplateRegistry registry;
    private final String title;
    private final String language;
    private final NoteBook notes;
    private final Warnings warnings = new Warnings();
    private final RefDefinitions refDefinitions;
    private final Deque<List<Citation>> citationScopes = new ArrayDeque<>();
    private final List<Block> pendingBlocks = new ArrayList<>();
    private final Map<String, String> properties;
    private int depth;

    ParseSession(TemplateRegistry registry, String title, String language, List<Note> articleNotes,
                 RefDefinitions refDefinitions, Map<String, String> properties) {
        this.registry = registry;
        this.title = title;
        this.language = language;
        this.notes = new NoteBook(articleNotes);
        this.refDefinitions = refDefinitions;
        this.properties = properties;
    }

    TemplateRegistry registry() {
        return registry;
    }

    NoteBook notes() {
        return notes;
    }

    RefDefinitions refDefinitions() {
        return refDefinitions;
    }

    Warnings warnings() {
        return warnings;
    }

    /** Enters one level of nesting; false (with a warning) when the limit is reached. */
    boolean enter() {
        if (depth >= MAX_DEPTH) {
            warn("markup nested deeper than " + MAX_DEPTH + " levels; the inner part was dropped");
            return false;
        }
        depth++;
        return true;
    }

    void leave() {
        depth--;
    }

    /** Inline content of nodes; blocks raised inside go to the pending list. */
    List<Inline> inlineOf(List<Node> nodes) {
        List<Inline> out = new ArrayList<>();
        for (InlinePiece piece : new InlineParser(this).parse(nodes)) {
            if (piece instanceof InlinePiece.Hoisted h) {
                pendingBlocks.add(h.block());
            } else if (piece instanceof InlinePiece.Run run) {
                if (!out.isEmpty()) {
                    out.add(new Text(" "));
                }
                out.addAll(run.content());
            }
        }
        return out;
    }

    /** Blocks raised from inline content since the last call, to be placed after the current block. */
    List<Block> drainPending() {
        List<Block> out = List.copyOf(pendingBlocks);
        pendingBlocks.clear();
        return out;
    }

    @Override
    public List<Inline> parseInline(String wikitext) {
        if (wikitext == null || wikitext.isBlank() || !enter()) {
            return List.of();
        }
        try {
            return inlineOf(Preprocessor.parse(wikitext));
        } finally {
            leave();
        }
    }

    @Override
    public List<Block> parseBlocks(String wikitext) {
        if (wikitext == null || wikitext.isBlank() || !enter()) {
            return List.of();
        }
        try {
            return new BlockParser(this).blocksOnly(Preprocessor.parse(wikitext));
        } finally {
            leave();
        }
    }

    @Override
    public String plainText(String wikitext) {
        return PlainText.of(parseInline(wikitext));
    }

    @Override
    public NoteRef addNote(Note.Kind kind, String group, String mergeKey, List<Inline> content,
                           List<Citation> citations) {
        return notes.add(kind, group, mergeKey, content, citations);
    }

    @Override
    public NoteRef namedNote(String group, String name) {
        return new TagRenderer(this).note(group == null ? "" : group.trim(), name.trim(), null);
    }

    @Override
    public NoteContent parseNote(String wikitext) {
        citationScopes.push(new ArrayList<>());
        try {
            List<Inline> content = hasBlockLines(wikitext)
                    ? Blocks.flatten(parseBlocks(wikitext)) : parseInline(wikitext);
            return new NoteContent(content, citationScopes.peek());
        } finally {
            citationScopes.pop();
        }
    }

    /** A footnote holding a list ("* Smith 2001\n* Jones 2003") is read item by item. */
    private static boolean hasBlockLines(String wikitext) {
        return wikitext != null && (wikitext.contains("\n*") || wikitext.contains("\n#") || wikitext.contains("\n:"));
    }

    /** True while the content of a footnote is being read. */
    boolean inNote() {
        return !citationScopes.isEmpty();
    }

    @Override
    public void recordCitation(Citation citation) {
        if (!citationScopes.isEmpty()) {
            citationScopes.peek().add(citation);
        }
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void setProperty(String key, String value) {
        properties.putIfAbsent(key, value);
    }

    @Override
    public String pageTitle() {
        return title;
    }

    @Override
    public String language() {
        return language;
    }
}
