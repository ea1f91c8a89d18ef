package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.lector.document.Block;
import org.lector.document.Citation;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.Link;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.Text;

/**
 * A stand-in for the parser: plain text by crude stripping (nested templates dropped, links
 * reduced to labels), notes numbered per group and merged by key, citations and warnings kept.
 */
final class FakeContext implements TemplateContext {
    final List<Note> notes = new ArrayList<>();
    final List<Citation> recorded = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    private final Map<String, Note> byKey = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    @Override
    public List<Inline> parseInline(String wikitext) {
        return List.of(new Text(plainText(wikitext)));
    }

    @Override
    public List<Block> parseBlocks(String wikitext) {
        return List.of();
    }

    @Override
    public String plainText(String wikitext) {
        String s = StringEscapeUtils.unescapeHtml4(wikitext);
        s = s.replaceAll("(?s)<!--.*?-->", "");
        s = dropTemplates(s);
        s = s.replaceAll("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)]]", "$1");
        s = s.replaceAll("\\[(?:https?:)?//[^\\s\\]]+ ?([^\\]]*)]", "$1");
        s = s.replaceAll("'{2,}", "");
        s = s.replaceAll("<[^>]+>", "");
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String dropTemplates(String s) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (depth > 0 && s.startsWith("}}", i)) {
                depth--;
                i++;
            } else if (depth == 0) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    @Override
    public NoteRef addNote(Note.Kind kind, String group, String mergeKey, List<Inline> content,
                           List<Citation> citations) {
        String key = group + "\u0000" + mergeKey;
        if (mergeKey != null && byKey.containsKey(key)) {
            return new NoteRef(byKey.get(key));
        }
        int n = counters.merge(group, 1, Integer::sum);
        Note note = new Note(kind, group, n, content, citations);
        notes.add(note);
        if (mergeKey != null) {
            byKey.put(key, note);
        }
        return new NoteRef(note);
    }

    @Override
    public void recordCitation(Citation citation) {
        recorded.add(citation);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public String language() {
        return "en";
    }

    /** The text a reader would see, with note marks as [label]. */
    static String print(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                sb.append(t.value());
            } else if (i instanceof Emphasis e) {
                sb.append(print(e.children()));
            } else if (i instanceof Link l) {
                sb.append(print(l.label()));
            } else if (i instanceof LangSpan l) {
                sb.append(print(l.children()));
            } else if (i instanceof NoteRef r) {
                sb.append('[').append(r.note().label()).append(']');
            }
        }
        return sb.toString();
    }
}
