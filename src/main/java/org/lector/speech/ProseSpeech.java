package org.lector.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.Sentence;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * The spoken form of a block's text, one sentence at a time: inline formulas in words, runs the
 * voice cannot say (a transcription, a script it does not read) left out or named, superscripts
 * and subscripts read by the language's rules, and note markers read as the citation mode asks,
 * each in the sentence it follows. Emphasis, links, small caps and code are read as their text.
 */
final class ProseSpeech {
    /** Stands in for a note marker while the text around it is normalised; never touched by a rule. */
    private static final char MARKER = '\uE000';
    private static final Pattern PRONUNCIATION_LABEL = Pattern.compile(
            "(?:[\\p{L}-]+ )?(?:pronunciation|pronounced)\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<SpanKind> READ = EnumSet.of(
            SpanKind.FORMULA, SpanKind.LANG, SpanKind.NOTEREF, SpanKind.SUPERSCRIPT, SpanKind.SUBSCRIPT);
    /** A marker before a span that starts at its place; a span before the spans inside it. */
    private static final Comparator<Span> READING_ORDER = Comparator.<Span>comparingInt(Span::start)
            .thenComparing(s -> s.end() > s.start())
            .thenComparing(Span::end, Comparator.reverseOrder());

    private final LanguageRules rules;
    private final Phrases phrases;
    private final CitationMode citations;
    private final CitationDetail detail;

    ProseSpeech(LanguageRules rules, Phrases phrases, CitationMode citations, CitationDetail detail) {
        this.rules = rules;
        this.phrases = phrases;
        this.citations = citations;
        this.detail = detail;
    }

    /** The speech of each of the prose's sentences, in order; paragraph-mode sources are not included. */
    List<String> sentences(Prose prose) {
        Map<String, NoteText> notes = byLabel(prose.notes());
        List<List<Span>> spans = spansBySentence(prose);
        List<String> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(sentence(prose.text(prose.sentences().get(i)), spans.get(i), notes));
        }
        return out;
    }

    /** The whole text of a prose read as one piece, for a text that is said inside another (a quotation's source). */
    String whole(Prose prose) {
        List<Span> spans = new ArrayList<>();
        for (Span s : prose.spans()) {
            if (READ.contains(s.kind())) {
                spans.add(s);
            }
        }
        return sentence(prose.text(), spans, byLabel(prose.notes()));
    }

    /** In paragraph mode the sources of the notes a block cites, merged ("Sources: …"); otherwise "". */
    String paragraphSources(List<NoteText> notes) {
        return citations == CitationMode.PARAGRAPH && !notes.isEmpty() ? sources(notes) : "";
    }

    /** Ends a spoken phrase with a full stop unless it already ends a sentence. */
    static String end(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
            return t;
        }
        return t + ".";
    }

    private static Map<String, NoteText> byLabel(List<NoteText> notes) {
        Map<String, NoteText> byLabel = new LinkedHashMap<>();
        for (NoteText n : notes) {
            byLabel.put(n.label(), n);
        }
        return byLabel;
    }

    /**
     * The spans each sentence reads, relative to its start. A note marker belongs to the sentence
     * it follows, also when it sits in the space between two sentences.
     */
    private static List<List<Span>> spansBySentence(Prose prose) {
        List<Sentence> sentences = prose.sentences();
        List<List<Span>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Span> own = new ArrayList<>();
            for (Span sp : prose.spans(s)) {
                if (sp.kind() != SpanKind.NOTEREF && READ.contains(sp.kind())) {
                    own.add(sp);
                }
            }
            out.add(own);
        }
        for (Span sp : prose.spans()) {
            if (sp.kind() == SpanKind.NOTEREF && !sentences.isEmpty()) {
                int k = followed(sentences, sp.start());
                Sentence s = sentences.get(k);
                int at = Math.max(0, Math.min(sp.start(), s.end()) - s.start());
                out.get(k).add(new Span(SpanKind.NOTEREF, at, at, sp.value()));
            }
        }
        return out;
    }

    /** The last sentence that starts before {@code offset}; the first when none does. */
    private static int followed(List<Sentence> sentences, int offset) {
        int k = 0;
        for (int i = 0; i < sentences.size() && sentences.get(i).start() < offset; i++) {
            k = i;
        }
        return k;
    }

    /** A group of adjacent note markers and whether, in print, a sentence ended just before it. */
    private record Markers(List<NoteText> notes, boolean afterSentence) {
    }

    private String sentence(String text, List<Span> spans, Map<String, NoteText> notes) {
        StringBuilder source = new StringBuilder();
        List<Markers> markers = new ArrayList<>();
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(READING_ORDER);
        int at = 0;
        for (Span s : ordered) {
            if (s.start() < at) {
                continue;
            }
            switch (s.kind()) {
                case FORMULA:
                    source.append(text, at, s.start()).append(' ').append(FormulaSpeech.speak(s.value())).append(' ');
                    at = s.end();
                    break;
                case LANG:
                    if (!rules.saysAsWritten(s.value(), text.substring(s.start(), s.end()))) {
                        source.append(text, at, s.start());
                        foreign(source, s.value());
                        at = s.end();
                    }
                    break;
                case NOTEREF:
                    source.append(text, at, s.start());
                    at = s.start();
                    NoteText n = notes.get(s.value());
                    boolean adjacent = source.length() > 0 && source.charAt(source.length() - 1) == MARKER;
                    if (adjacent) {
                        markers.get(markers.size() - 1).notes().add(n);
                    } else {
                        // decided on the print text: expanding "D.C." may take its full stop away
                        markers.add(new Markers(new ArrayList<>(List.of(n)), endsSentence(source)));
                        source.append(MARKER);
                    }
                    break;
                default:
                    if (!holdsOthers(s, ordered)) {
                        source.append(text, at, s.start());
                        LanguageRules.Rewrite r = rules.scripted(s.kind(), source,
                                text.substring(s.start(), s.end()), text.substring(s.end()));
                        source.setLength(source.length() - r.replacedBefore());
                        source.append(r.text());
                        at = s.end() + r.takenAfter();
                    }
            }
        }
        source.append(text.substring(Math.min(at, text.length())));
        return readMarkers(rules.words(source.toString()), markers);
    }

    /** "Russian text" for a script the voice cannot read; nothing for a transcription, nor for its label. */
    private void foreign(StringBuilder source, String lang) {
        if (lang != null && !LanguageRules.isTranscription(lang)) {
            source.append(' ').append(phrases.foreignText(lang)).append(' ');
            return;
        }
        // "Russian pronunciation: [IPA]" says nothing once the transcription is gone
        Matcher label = PRONUNCIATION_LABEL.matcher(source);
        if (label.find()) {
            source.setLength(label.start());
        }
        source.append(' ');
    }

    /** A raised or lowered run with a marker, formula or foreign run inside is read as plain text. */
    private static boolean holdsOthers(Span run, List<Span> spans) {
        for (Span s : spans) {
            boolean inside = s.start() == s.end() ? s.start() > run.start() && s.start() < run.end()
                    : s != run && s.start() >= run.start() && s.end() <= run.end();
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** The normalised sentence with each marker read; inline sources wait for the end of the sentence. */
    private String readMarkers(String said, List<Markers> markers) {
        StringBuilder out = new StringBuilder();
        List<NoteText> pending = new ArrayList<>();
        int group = 0;
        for (int k = 0; k < said.length(); k++) {
            char c = said.charAt(k);
            if (c != MARKER) {
                out.append(c);
            } else if (!markers.isEmpty()) {
                Markers m = markers.get(Math.min(group++, markers.size() - 1));
                if (citations == CitationMode.INLINE && !m.afterSentence()) {
                    // a source is read after the sentence that carries it, not inside it
                    pending.addAll(m.notes());
                    out.append(' ');
                } else {
                    List<NoteText> notes = new ArrayList<>(pending);
                    notes.addAll(m.notes());
                    pending.clear();
                    out.append(marker(notes, m.afterSentence(), out));
                }
            }
        }
        if (!pending.isEmpty()) {
            out.append(marker(pending, true, out));
        }
        return SpokenText.finish(out.toString());
    }

    /**
     * A note marker as the mode reads it. After a sentence it is a sentence of its own
     * ("Note twelve."); inside one it is set off by pauses (", note twelve,"), with no second
     * pause after a comma or semicolon already there.
     */
    private String marker(List<NoteText> notes, boolean afterSentence, CharSequence before) {
        notes.removeIf(n -> n == null);
        if (notes.isEmpty()) {
            return " ";
        }
        String lead = afterSentence || endsWithPause(before) ? " " : ", ";
        switch (citations) {
            case NOTES: {
                List<String> labels = new ArrayList<>();
                notes.forEach(n -> labels.add(NoteLabels.said(n.label(), n.group(), rules)));
                String said = labels.size() == 1 ? phrases.get("marker", labels.get(0))
                        : phrases.get("markers", (Object[]) NoteLabels.listed(labels));
                return afterSentence ? " " + Character.toUpperCase(said.charAt(0)) + said.substring(1) + ". "
                        : lead + said + ", ";
            }
            case INLINE:
                return " " + sources(notes) + " ";
            default:
                return " ";
        }
    }

    /** "Source: Kotkin, 2014, page 426." or, for several, "Sources: …; …." in words, each source once. */
    private String sources(List<NoteText> notes) {
        List<String> spoken = new ArrayList<>();
        for (NoteText n : notes) {
            String s = rules.words(CitationSpeech.of(n, detail));
            if (!s.isEmpty() && !spoken.contains(s)) {
                spoken.add(s);
            }
        }
        if (spoken.isEmpty()) {
            return "";
        }
        return phrases.get(spoken.size() == 1 ? "source" : "sources", end(String.join("; ", spoken)));
    }

    private static boolean endsWithPause(CharSequence text) {
        for (int k = text.length() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return c == ',' || c == ';' || c == ':';
            }
        }
        return true;
    }

    private static boolean endsSentence(CharSequence text) {
        for (int k = text.length() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '.' || c == '!' || c == '?';
        }
        return true;
    }
}
