package org.lector.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.lector.script.NoteText;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.script.Span;

/**
 * The spoken form of one item, by role: figures announced as images, quotations framed by
 * "Quotation:" and "End of quotation", table cells read with their column header, formulas in
 * words, and note markers read as the citation mode asks.
 */
final class ItemSpeech {
    /** Stands in for a note marker while the text around it is normalised; never touched by a rule. */
    private static final char MARKER = '\uE000';
    /** A phonetic transcription written as text, [ˈbɛlɣijə] or /baːp/: no English voice can say it. */
    private static final java.util.regex.Pattern IPA_IN_TEXT = java.util.regex.Pattern.compile(
            "[\\[/][^\\]/\\s]{0,40}[ːˈˌəɛɪʊʃʒθðŋɑɒɔæʌɡɣʔɲʂɖʈɳɾɽçχʁɐɨʉɯɤøœɵʏʎʟɫɬɮʋɹɻʝʲʰ][^\\]/\\n]{0,80}[\\]/]");
    private static final java.util.regex.Pattern PRONUNCIATION_LABEL = java.util.regex.Pattern.compile(
            "(?:[\\p{L}-]+ )?(?:pronunciation|pronounced)\\s*:?\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final SpokenText spoken;
    private final CitationMode citations;
    private final Map<String, NoteText> notesByKey = new java.util.HashMap<>();
    /** For each data ROW item, its number as a listener counts it (1 for the first data row of its table). */
    private final int[] dataRowNumbers;

    /** @param spoken null for a language the English rules do not serve */
    ItemSpeech(SpokenText spoken, CitationMode citations, List<ScriptItem> items) {
        this.spoken = spoken;
        this.citations = citations;
        this.dataRowNumbers = new int[items.size()];
        int dataRows = 0;
        for (int i = 0; i < items.size(); i++) {
            ScriptItem item = items.get(i);
            for (NoteText n : item.notes()) {
                notesByKey.putIfAbsent(n.group() + "\u0000" + n.label(), n);
            }
            // counted once here: counting back from each row made a table of n rows cost n² steps
            if (item.role() == Role.TABLE) {
                dataRows = 0;
            } else if (item.role() == Role.ROW && !"true".equals(item.attributes().get("header"))) {
                dataRowNumbers[i] = ++dataRows;
            }
        }
    }

    String speak(List<ScriptItem> items, int index) {
        ScriptItem item = items.get(index);
        Map<String, String> a = item.attributes();
        switch (item.role()) {
            case FIGURE: {
                String description = a.getOrDefault("description", item.text());
                String caption = a.getOrDefault("caption", "");
                String label = a.containsKey("group") ? "Image " + item.id().substring(item.id().lastIndexOf(".f") + 2) : "Image";
                String body = words(description) + (caption.isEmpty() || caption.equals(description) ? "" : ". " + prose(item));
                return words(label) + ": " + end(body);
            }
            case FIGURE_GROUP: {
                String count = a.getOrDefault("count", "0");
                String intro = "Group of " + count + (count.equals("1") ? " image" : " images");
                return words(intro) + (item.text().isEmpty() ? "." : ": " + end(prose(item)));
            }
            case QUOTE: {
                String source = a.getOrDefault("source", "");
                return "Quotation: " + end(prose(item)) + " End of quotation"
                        + (source.isEmpty() ? "." : ", " + end(words(source)));
            }
            case TABLE: {
                String shape = "with " + a.getOrDefault("rows", "0") + " rows and " + a.getOrDefault("columns", "0") + " columns";
                return words("Table" + (item.text().isEmpty() ? " " : ": " + item.text() + ", ") + shape + ".");
            }
            case ROW:
                return row(items, index);
            case CELL: {
                if ("true".equals(a.get("header")) && isHeaderRow(items, index)) {
                    return ""; // announced with its row: "Columns: Year, Event."
                }
                String header = a.get("columnHeader");
                return header == null ? prose(item) : label(header) + ": " + prose(item);
            }
            case FORMULA:
                return end(formula(a.getOrDefault("tex", item.text())));
            case NOTE:
                return citations == CitationMode.NOTES
                        ? "Note " + words(a.getOrDefault("label", "")) + ": " + end(words(spokenNote(item))) : "";
            case HEADING:
                return item.id().equals("notes.h") && citations != CitationMode.NOTES ? "" : prose(item);
            case LIST_ITEM: {
                String ordinal = a.get("ordinal");
                return (ordinal == null ? "" : words(ordinal) + ". ") + prose(item);
            }
            default:
                return prose(item);
        }
    }

    /** A NOTE item: its citations phrased from their structure when it has them, else its text. */
    private String spokenNote(ScriptItem note) {
        NoteText n = notesByKey.get(note.attributes().getOrDefault("group", "") + "\u0000"
                + note.attributes().getOrDefault("label", ""));
        return n == null ? note.text() : CitationSpeech.of(n);
    }

    private String row(List<ScriptItem> items, int index) {
        ScriptItem row = items.get(index);
        if (!"true".equals(row.attributes().get("header"))) {
            // rows are counted as a listener meets them: the header row is not "row one"
            return words("Row " + dataRowNumbers[index] + ".");
        }
        List<String> headers = new ArrayList<>();
        for (int k = index + 1; k < items.size() && items.get(k).role() == Role.CELL; k++) {
            headers.add(items.get(k).text());
        }
        List<String> said = new ArrayList<>();
        headers.forEach(h -> said.add(label(h)));
        return "Columns: " + String.join(", ", said) + ".";
    }

    /** A column header: short labels like "No." or "Sr. No." (serial number) are read in full. */
    private String label(String header) {
        String h = header.strip();
        if (h.matches("(?i)(s|sr|sl)\\.?\\s*no\\.?")) {
            return "Serial number";
        }
        if (h.matches("(?i)no\\.?|#")) {
            return "Number";
        }
        return words(h);
    }

    private static boolean isHeaderRow(List<ScriptItem> items, int cellIndex) {
        for (int k = cellIndex - 1; k >= 0; k--) {
            if (items.get(k).role() == Role.ROW) {
                return "true".equals(items.get(k).attributes().get("header"));
            }
        }
        return false;
    }

    /** Plain words for a short text with no spans. */
    private String words(String text) {
        return spoken != null ? spoken.speak(text) : SpokenText.finish(text);
    }

    private String formula(String tex) {
        return words(FormulaSpeech.speak(tex));
    }

    /** A group of adjacent note markers and whether, in print, a sentence ended just before it. */
    private record Markers(List<NoteText> notes, boolean afterSentence) {
    }

    /**
     * An item's text with inline formulas read in words, transcriptions and foreign scripts
     * replaced, and note markers read as the citation mode asks.
     */
    private String prose(ScriptItem item) {
        String text = item.text();
        StringBuilder source = new StringBuilder();
        List<Markers> markers = new ArrayList<>();
        Map<String, NoteText> byLabel = new LinkedHashMap<>();
        for (NoteText n : item.notes()) {
            byLabel.put(n.label(), n);
        }
        List<Span> spans = new ArrayList<>(item.spans());
        spans.sort((x, y) -> x.start() != y.start() ? x.start() - y.start() : x.end() - y.end());
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) {
                continue;
            }
            if (s.type().equals("formula")) {
                source.append(text, at, s.start()).append(' ').append(FormulaSpeech.speak(s.value())).append(' ');
                at = s.end();
            } else if (s.type().equals("lang") && spoken != null && unspeakable(s.value(), text.substring(s.start(), s.end()))) {
                source.append(text, at, s.start());
                String instead = foreignText(s.value());
                if (instead.isEmpty()) {
                    // "Russian pronunciation: [IPA]" says nothing once the transcription is gone
                    Matcher label = PRONUNCIATION_LABEL.matcher(source);
                    if (label.find()) {
                        source.setLength(label.start());
                    }
                }
                source.append(' ').append(instead).append(' ');
                at = s.end();
            } else if (s.type().equals("noteref")) {
                source.append(text, at, s.start());
                at = s.start();
                NoteText n = byLabel.get(s.value());
                boolean adjacent = source.length() > 0 && source.charAt(source.length() - 1) == MARKER;
                if (adjacent) {
                    markers.get(markers.size() - 1).notes().add(n);
                } else {
                    // decided on the print text: expanding "D.C." may take its full stop away
                    markers.add(new Markers(new ArrayList<>(List.of(n)), endsSentence(source)));
                    source.append(MARKER);
                }
            }
        }
        source.append(text.substring(at));
        String said = words(spoken != null ? IPA_IN_TEXT.matcher(source).replaceAll(" ") : source.toString());
        StringBuilder out = new StringBuilder();
        List<NoteText> pending = new ArrayList<>();
        int group = 0;
        for (int k = 0; k < said.length(); k++) {
            char c = said.charAt(k);
            if (c == MARKER) {
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
            } else {
                out.append(c);
                if (!pending.isEmpty() && (c == '.' || c == '!' || c == '?')
                        && (k + 1 == said.length() || Character.isWhitespace(said.charAt(k + 1)))) {
                    out.append(marker(new ArrayList<>(pending), true, out));
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            out.append(marker(pending, true, out));
        }
        if (citations == CitationMode.PARAGRAPH && !byLabel.isEmpty()) {
            out.append(' ').append(sources(new ArrayList<>(byLabel.values())));
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
                notes.forEach(n -> labels.add(n.label()));
                // "notes three hundred, and three hundred one": the pause keeps the numbers apart
                String said = labels.size() == 1 ? "note " + labels.get(0)
                        : "notes " + String.join(", ", labels.subList(0, labels.size() - 1)) + ", and " + labels.get(labels.size() - 1);
                said = words(said);
                return afterSentence ? " " + Character.toUpperCase(said.charAt(0)) + said.substring(1) + ". "
                        : lead + said + ", ";
            }
            case INLINE:
                return " " + sources(notes) + " ";
            default:
                return " ";
        }
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

    private String sources(List<NoteText> notes) {
        List<String> spokenSources = new ArrayList<>();
        for (NoteText n : notes) {
            String s = words(CitationSpeech.of(n));
            if (!s.isEmpty() && !spokenSources.contains(s)) {
                spokenSources.add(s);
            }
        }
        if (spokenSources.isEmpty()) {
            return "";
        }
        return (spokenSources.size() == 1 ? "Source: " : "Sources: ") + end(String.join("; ", spokenSources));
    }

    /**
     * An English voice cannot say a phonetic transcription (lang "…-fonipa", from {{IPA}}) or
     * text in a script without Latin letters; read aloud letter by letter they are noise.
     */
    private static boolean unspeakable(String lang, String content) {
        if (lang != null && lang.toLowerCase(java.util.Locale.ROOT).contains("fonipa")) {
            return true;
        }
        return content.codePoints().filter(Character::isLetter).anyMatch(cp -> true)
                && content.codePoints().filter(Character::isLetter)
                        .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** What is said instead: nothing for a transcription, "Russian text" for a foreign script. */
    private static String foreignText(String lang) {
        if (lang == null || lang.toLowerCase(java.util.Locale.ROOT).contains("fonipa")) {
            return "";
        }
        String name = java.util.Locale.forLanguageTag(lang).getDisplayLanguage(java.util.Locale.ENGLISH);
        return (name.isEmpty() || name.equalsIgnoreCase(lang) ? "foreign" : name) + " text";
    }

    /** Ends a spoken phrase with a full stop unless it already ends a sentence. */
    private static String end(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
            return t;
        }
        return t + ".";
    }
}
