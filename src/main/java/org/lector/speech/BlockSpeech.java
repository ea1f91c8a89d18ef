package org.lector.speech;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.lector.script.HatnoteSelection;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ProseMapping;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.Figure;
import org.lector.script.ScriptBlock.FigureGroup;
import org.lector.script.ScriptBlock.Formula;
import org.lector.script.ScriptBlock.Hatnote;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.ScriptBlock.Infobox;
import org.lector.script.ScriptBlock.InfoboxEntry;
import org.lector.script.ScriptBlock.ListBlock;
import org.lector.script.ScriptBlock.ListItem;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Quote;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Table;
import org.lector.script.Sentence;

/**
 * Gives every sentence of a block its speech, by kind. What announces a block ("Quotation:",
 * "Image:", "Row three.") is part of its first sentence and what closes it ("End of quotation.")
 * of its last, so that every spoken sentence is one caption cue; a block with nothing in print to
 * show (a table without caption, a row) speaks in its one empty sentence. In paragraph mode a
 * block's sources follow its last sentence.
 */
final class BlockSpeech implements ScriptBlock.Visitor<ScriptBlock> {
    private static final Pattern SERIAL_NUMBER = Pattern.compile("(?i)(s|sr|sl)\\.?\\s*no\\.?");
    private static final Pattern NUMBER = Pattern.compile("(?i)no\\.?|#");

    private final LanguageRules rules;
    private final Phrases phrases;
    private final CitationMode citations;
    private final CitationDetail detail;
    private final HatnoteSelection hatnotes;
    private final ProseSpeech prose;

    BlockSpeech(LanguageRules rules, Phrases phrases, CitationMode citations, CitationDetail detail, HatnoteSelection hatnotes) {
        this.rules = rules;
        this.phrases = phrases;
        this.citations = citations;
        this.detail = detail;
        this.hatnotes = hatnotes;
        this.prose = new ProseSpeech(rules, phrases, citations, detail);
    }

    /** The same text with every sentence silent: Lector's notes outside notes mode, a quotation's source. */
    static Prose silent(Prose text) {
        return text.mapSentences(s -> s.withSpeech(""));
    }

    @Override
    public Heading heading(Heading h) {
        return new Heading(h.id(), h.level(), spoken(h.text()));
    }

    @Override
    public ScriptBlock paragraph(Paragraph p) {
        return new Paragraph(p.id(), spoken(p.text()));
    }

    @Override
    public ScriptBlock quote(Quote q) {
        List<String> said = prose.sentences(q.text());
        String source = q.source().isEmpty() ? "" : prose.whole(q.source());
        first(said, s -> phrases.get("quotation.open", s));
        last(said, s -> source.isEmpty() ? phrases.get("quotation.close", ProseSpeech.end(s))
                : phrases.get("quotation.closeWithSource", ProseSpeech.end(s), ProseSpeech.end(source)));
        List<NoteText> notes = new ArrayList<>(q.text().notes());
        notes.addAll(q.source().notes());
        return new Quote(q.id(), withSpeech(q.text(), withSources(said, notes)), silent(q.source()));
    }

    @Override
    public ScriptBlock figure(Figure f) {
        return figure(f, 0);
    }

    /** @param number the figure's place in its group from 1, or 0 for a figure on its own */
    private Figure figure(Figure f, int number) {
        List<String> said = prose.sentences(f.text());
        boolean describedApart = !f.caption().isEmpty() && !f.caption().equals(f.description());
        first(said, s -> {
            String body = describedApart ? ProseSpeech.end(rules.words(f.description())) + " " + s : s;
            return number == 0 ? phrases.get("image.open", body)
                    : phrases.get("image.openInGroup", body, rules.count(number));
        });
        last(said, ProseSpeech::end);
        return new Figure(f.id(), spoken(f.text(), said), f.description(), f.caption(), f.alt(), f.file(), f.group());
    }

    @Override
    public ScriptBlock figureGroup(FigureGroup g) {
        List<String> said = prose.sentences(g.text());
        int n = g.figures().size();
        if (g.text().isEmpty()) {
            first(said, s -> phrases.get("figureGroup.alone", rules.count(n), n));
        } else {
            first(said, s -> phrases.get("figureGroup.open", s, rules.count(n), n));
            last(said, ProseSpeech::end);
        }
        List<Figure> figures = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            figures.add(figure(g.figures().get(k), k + 1));
        }
        return new FigureGroup(g.id(), spoken(g.text(), said), figures);
    }

    /**
     * Items read in order, an ordered one with its number. A nested list is announced where it
     * begins, as a screen reader does ("Sub list, two items: …"; deeper, "Sub list, level three,
     * …"), and closed where the list goes on at a shallower level ("… End of sub list."), so a
     * listener can tell an item's parent from its children.
     */
    @Override
    public ScriptBlock list(ListBlock l) {
        List<ListItem> in = l.items();
        List<ListItem> items = new ArrayList<>(in.size());
        int base = in.stream().mapToInt(ListItem::depth).min().orElse(1);
        for (int k = 0; k < in.size(); k++) {
            ListItem i = in.get(k);
            List<String> said = prose.sentences(i.text());
            if (i.ordinal() > 0) {
                first(said, s -> phrases.get("listItem", rules.count(i.ordinal()), s));
            }
            int previous = k == 0 ? i.depth() : in.get(k - 1).depth();
            if (i.depth() > previous) {
                int count = itemsAtLevel(in, k);
                int level = i.depth() - base + 1;
                first(said, s -> level <= 2 ? phrases.get("subList.open", rules.count(count), count, s)
                        : phrases.get("subList.openDeeper", rules.count(count), count, s, rules.count(level)));
            }
            if (k + 1 < in.size() && in.get(k + 1).depth() < i.depth()) {
                last(said, s -> phrases.get("subList.close", ProseSpeech.end(s)));
            }
            items.add(new ListItem(i.id(), i.kind(), i.ordinal(), i.term(), i.depth(), spoken(i.text(), said)));
        }
        return new ListBlock(l.id(), items);
    }

    /** The items of the nested list that starts at item {@code from}: those at its depth until the list rises above it. */
    private static int itemsAtLevel(List<ListItem> items, int from) {
        int depth = items.get(from).depth();
        int count = 0;
        for (int k = from; k < items.size() && items.get(k).depth() >= depth; k++) {
            if (items.get(k).depth() == depth) {
                count++;
            }
        }
        return count;
    }

    @Override
    public ScriptBlock table(Table t) {
        List<String> said = prose.sentences(t.text());
        String rows = rules.count(t.rowCount());
        String columns = rules.count(t.columnCount());
        if (t.text().isEmpty()) {
            first(said, s -> phrases.get("table.alone", rows, t.rowCount(), columns, t.columnCount()));
        } else {
            first(said, s -> phrases.get("table.open", s));
            last(said, s -> phrases.get("table.close", withoutFullStop(s), rows, t.rowCount(), columns,
                    t.columnCount()));
        }
        List<Row> spokenRows = new ArrayList<>(t.rows().size());
        // each column's label in words, said for every cell of the column: worked out once per table
        Map<String, String> columnLabels = new HashMap<>();
        List<SpannedCell> spans = new ArrayList<>();
        int dataRows = 0;
        for (Row r : t.rows()) {
            // rows are counted as a listener meets them: the header row is not "row one"
            spokenRows.add(r.header() ? headerRow(r) : dataRow(r, ++dataRows, columnLabels, spans));
        }
        return new Table(t.id(), spoken(t.text(), said), t.rowCount(), t.columnCount(), spokenRows);
    }

    /** "Columns: Year, Event.", said once for the row; its cells say nothing more. */
    private Row headerRow(Row r) {
        List<String> labels = new ArrayList<>();
        List<Cell> cells = new ArrayList<>(r.cells().size());
        for (Cell c : r.cells()) {
            if (!c.text().isEmpty()) {
                labels.add(label(c.text().text()));
            }
            cells.add(new Cell(c.id(), silent(c.text()), c.column(), c.colspan(), c.rowspan(), c.header(), c.scope(),
                    c.columnHeader(), c.rowHeader()));
        }
        List<String> said = prose.sentences(r.text());
        first(said, s -> phrases.get("columns", String.join(", ", labels)));
        return new Row(r.id(), r.index(), r.header(), withSpeech(r.text(), said), cells);
    }

    /** A cell that spans down: what it says, and the last row (by source index) it covers. */
    private record SpannedCell(int column, int lastRow, String speech) {
    }

    /**
     * "Row three." then its cells, each with its column's label ("Year: eighteen oh nine"). A
     * cell from a row above that spans down into this one is said again where its column comes
     * ("Row three." "Year: nineteen forty. Film: Kitty"): in print the eye follows it down, by ear
     * the row would otherwise lack it.
     *
     * @param columnLabels the labels said so far in this table, by column header
     * @param spans        the cells spanning down from the rows above, updated with this row's
     */
    private Row dataRow(Row r, int number, Map<String, String> columnLabels, List<SpannedCell> spans) {
        spans.removeIf(span -> span.lastRow() < r.index());
        List<SpannedCell> pending = new ArrayList<>(spans);
        pending.sort(Comparator.comparingInt(SpannedCell::column));
        List<List<String>> saidByCell = new ArrayList<>(r.cells().size());
        int lastSpoken = -1;
        for (Cell c : r.cells()) {
            List<String> said = prose.sentences(c.text());
            if (!c.columnHeader().isEmpty()) {
                String header = c.columnHeader();
                first(said, s -> phrases.get("labelled", columnLabels.computeIfAbsent(header, this::label), s));
            }
            // said again without the sources paragraph mode adds after it
            String again = String.join(" ", said).strip();
            if (c.rowspan() > 1 && !again.isEmpty()) {
                spans.add(new SpannedCell(c.column(), r.index() + c.rowspan() - 1, ProseSpeech.end(again)));
            }
            if (!again.isEmpty()) {
                String before = spokenBefore(pending, c.column());
                first(said, s -> before.isEmpty() ? s : before + " " + s);
                lastSpoken = saidByCell.size();
            }
            saidByCell.add(said);
        }
        String after = spokenBefore(pending, Integer.MAX_VALUE);
        if (!after.isEmpty() && lastSpoken >= 0) {
            last(saidByCell.get(lastSpoken), s -> ProseSpeech.end(s) + " " + after);
        }
        List<Cell> cells = new ArrayList<>(r.cells().size());
        for (int k = 0; k < r.cells().size(); k++) {
            Cell c = r.cells().get(k);
            cells.add(new Cell(c.id(), spoken(c.text(), saidByCell.get(k)), c.column(), c.colspan(), c.rowspan(),
                    c.header(), c.scope(), c.columnHeader(), c.rowHeader()));
        }
        List<String> said = prose.sentences(r.text());
        String alone = lastSpoken < 0 ? after : "";
        first(said, s -> alone.isEmpty() ? phrases.get("row", rules.count(number))
                : phrases.get("rowWithSpanned", rules.count(number), alone));
        return new Row(r.id(), r.index(), r.header(), withSpeech(r.text(), said), cells);
    }

    /** The spanned cells of columns before {@code column}, said and taken from {@code pending}. */
    private static String spokenBefore(List<SpannedCell> pending, int column) {
        List<String> out = new ArrayList<>();
        while (!pending.isEmpty() && pending.get(0).column() < column) {
            out.add(pending.remove(0).speech());
        }
        return String.join(" ", out);
    }

    @Override
    public ScriptBlock hatnote(Hatnote h) {
        if (!hatnotes.keeps(h.kind())) {
            return ProseMapping.silent(h); // kept in print, not read: see HatnoteSelection
        }
        List<String> said = prose.sentences(h.text());
        if (!h.lead().isEmpty() && !h.text().text().startsWith(h.lead())) {
            first(said, s -> phrases.get("labelled", rules.words(h.lead()), s));
        }
        return new Hatnote(h.id(), h.kind(), h.lead(), spoken(h.text(), said));
    }

    /**
     * "Infobox: Apollo eleven, twenty-eight facts." then each fact a sentence of its own ("Operator:
     * Nasa, note one."), so the voice closes each one and a listener hears where the next begins.
     * A sub-heading of the box has no value to carry it and opens the fact after it.
     */
    @Override
    public ScriptBlock infobox(Infobox i) {
        int facts = (int) i.entries().stream().filter(e -> !e.text().isEmpty()).count();
        List<String> said = prose.sentences(i.text());
        if (i.text().isEmpty()) {
            first(said, s -> phrases.get("infobox.alone", rules.count(facts), facts));
        } else {
            first(said, s -> phrases.get("infobox.open", withoutFullStop(s), rules.count(facts), facts));
        }
        List<InfoboxEntry> entries = new ArrayList<>(i.entries().size());
        String heading = "";
        for (InfoboxEntry e : i.entries()) {
            List<String> entry = prose.sentences(e.text());
            if (e.text().isEmpty()) {
                heading = e.label().isEmpty() ? heading : ProseSpeech.end(rules.words(e.label()));
            } else {
                if (!e.label().isEmpty()) {
                    first(entry, s -> phrases.get("labelled", label(e.label()), s));
                }
                String opening = heading;
                first(entry, s -> opening.isEmpty() ? s : opening + " " + s);
                last(entry, ProseSpeech::end);
                heading = "";
            }
            entries.add(new InfoboxEntry(e.id(), e.label(), spoken(e.text(), entry)));
        }
        return new Infobox(i.id(), spoken(i.text(), said), entries);
    }

    @Override
    public ScriptBlock formula(Formula f) {
        List<String> said = onFirst(f.text(), () -> ProseSpeech.end(rules.words(FormulaSpeech.speak(f.tex()))));
        return new Formula(f.id(), f.tex(), withSpeech(f.text(), said));
    }

    /**
     * "Note twelve: …" in notes mode, else nothing (the sources were read in the text, or not at
     * all). A note with structured sources is phrased from them; any other is read as written.
     */
    @Override
    public ScriptBlock note(Note n) {
        if (citations != CitationMode.NOTES) {
            return new Note(n.id(), n.label(), n.group(), n.kind(), n.sources(), silent(n.text()));
        }
        String label = NoteLabels.said(n.label(), n.group(), rules);
        List<String> said;
        if (!n.sources().isEmpty()) {
            NoteText note = new NoteText(n.label(), n.group(), n.text().text(), n.sources());
            said = onFirst(n.text(), () -> phrases.get("note.open", label,
                    ProseSpeech.end(rules.words(CitationSpeech.of(note, detail)))));
        } else {
            said = new ArrayList<>();
            for (Sentence s : n.text().sentences()) {
                said.add(rules.words(CitationSpeech.text(n.text().text(s), detail)));
            }
            last(said, ProseSpeech::end);
            // a note whose text was all identifiers says only its label
            first(said, s -> phrases.get("note.open", label, s).strip());
        }
        return new Note(n.id(), n.label(), n.group(), n.kind(), n.sources(), withSpeech(n.text(), said));
    }

    /** A text spoken sentence by sentence, in paragraph mode with its sources after the last. */
    private Prose spoken(Prose text) {
        return spoken(text, prose.sentences(text));
    }

    /** A text with the speech of each of its sentences, in paragraph mode with its sources after the last. */
    private Prose spoken(Prose text, List<String> said) {
        return withSpeech(text, withSources(said, text.notes()));
    }

    /** Speech for a text's first sentence alone, the others silent: a displayed formula, a note from its sources. */
    private static List<String> onFirst(Prose text, Supplier<String> speech) {
        List<String> said = new ArrayList<>(Collections.nCopies(text.sentences().size(), ""));
        first(said, s -> speech.get());
        return said;
    }

    private List<String> withSources(List<String> said, List<NoteText> notes) {
        String sources = prose.paragraphSources(notes);
        if (!sources.isEmpty()) {
            last(said, s -> s.isBlank() ? sources : s + " " + sources);
        }
        return said;
    }

    /** A column header or entry label: short labels like "No." or "Sr. No." (serial number) are read in full. */
    private String label(String header) {
        String h = header.strip();
        if (SERIAL_NUMBER.matcher(h).matches()) {
            return phrases.get("serialNumber");
        }
        if (NUMBER.matcher(h).matches()) {
            return phrases.get("number");
        }
        return rules.words(h);
    }

    private static String withoutFullStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static void first(List<String> said, UnaryOperator<String> opening) {
        if (!said.isEmpty()) {
            said.set(0, opening.apply(said.get(0)));
        }
    }

    private static void last(List<String> said, UnaryOperator<String> closing) {
        if (!said.isEmpty()) {
            said.set(said.size() - 1, closing.apply(said.get(said.size() - 1)));
        }
    }

    /** The text with {@code said} as the speech of its sentences, one for each, in order. */
    private static Prose withSpeech(Prose text, List<String> said) {
        Iterator<String> next = said.iterator();
        return text.mapSentences(s -> s.withSpeech(next.next()));
    }
}
