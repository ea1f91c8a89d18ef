package org.lector.script;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Inline;
import org.lector.document.MathInline;
import org.lector.document.Note;
import org.lector.document.PlainText;
import org.lector.document.Text;

/**
 * Builds an article's reading script: the title and lead, the sections in order (a section with
 * nothing to read is left out; one whose heading has no text joins the section before it), then
 * the notes; every text split into sentences; the chapters decided ({@link ChapterPlanner}) and
 * each section's role recognised ({@link SectionRoles}). Each block kind is turned into script
 * blocks by {@link SectionBlocks}.
 */
public final class ScriptBuilder {
    static final String NOTES_SECTION_ID = "notes";

    public ReadingScript build(Article article) {
        return build(article, false);
    }

    /**
     * @param titleGuessed the article's title was made from a file name; the lead's own spelling
     *                     of it is preferred (see {@link LeadTitle})
     */
    public ReadingScript build(Article article, boolean titleGuessed) {
        NoteTexts noteTexts = new NoteTexts();
        ProseFactory prose = new ProseFactory(new SentenceSplitter(article.language()));
        String title = titleGuessed ? LeadTitle.of(article) : article.title();
        List<Section> sections = new ArrayList<>();
        ScriptBlock.Heading titleHeading = new ScriptBlock.Heading("t", 1,
                prose.whole(new TextAssembler(noteTexts).addText(title), "t"));
        SectionBlocks lead = new SectionBlocks(noteTexts, prose, new ItemIds("s0"));
        for (Block b : article.lead()) {
            lead.add(b);
        }
        sections.add(new Section("s0", SectionRole.LEAD, titleHeading, lead.blocks()));
        int[] counter = {0};
        addSections(article.sections(), null, noteTexts, prose, counter, sections);
        notes(article.notes(), noteTexts, prose).ifPresent(sections::add);
        String variety = article.properties().get("englishVariety");
        return new ReadingScript(ReadingScript.VERSION, title, article.language(), variety,
                ChapterPlanner.plan(sections), article.warnings());
    }

    /**
     * Adds sibling sections and their subsections, flat, in reading order, each with the role its
     * heading and its place among its siblings give it. Returns whether anything was added.
     */
    private boolean addSections(List<org.lector.document.Section> siblings, SectionRole parent, NoteTexts noteTexts,
                                ProseFactory prose, int[] counter, List<Section> out) {
        List<SectionRole> roles = SectionRoles.of(siblings.stream().map(s -> PlainText.of(s.heading())).toList(), parent);
        boolean added = false;
        for (int i = 0; i < siblings.size(); i++) {
            added |= addSection(siblings.get(i), roles.get(i), noteTexts, prose, counter, out);
        }
        return added;
    }

    /**
     * Adds a section and its subsections, flat, in reading order. Returns whether anything was
     * added, since a heading is kept only when something under it is.
     */
    private boolean addSection(org.lector.document.Section section, SectionRole role, NoteTexts noteTexts,
                               ProseFactory prose, int[] counter, List<Section> out) {
        counter[0]++;
        String id = "s" + counter[0];
        TextAssembler headingText = new TextAssembler(noteTexts).add(section.heading());
        SectionBlocks body = new SectionBlocks(noteTexts, prose, new ItemIds(id));
        for (Block b : section.blocks()) {
            body.add(b);
        }
        int at = out.size();
        boolean added = addSections(section.subsections(), role, noteTexts, prose, counter, out);
        if (body.blocks().isEmpty() && !added) {
            return false;
        }
        if (headingText.text().isEmpty()) {
            // no words to head it: its blocks read on from the section before
            Section previous = out.get(at - 1);
            List<ScriptBlock> joined = new ArrayList<>(previous.blocks());
            joined.addAll(body.blocks());
            out.set(at - 1, new Section(previous.id(), previous.role(), previous.heading(), joined));
            return true;
        }
        String headingId = id + ".h";
        ScriptBlock.Heading heading = new ScriptBlock.Heading(headingId, section.level(),
                prose.whole(headingText, headingId));
        out.add(at, new Section(id, role, heading, body.blocks()));
        return true;
    }

    private Optional<Section> notes(List<Note> notes, NoteTexts noteTexts, ProseFactory prose) {
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        List<ScriptBlock> blocks = new ArrayList<>();
        for (Note n : notes) {
            TextAssembler a = noteTexts.assembled(n);
            String id = "notes." + (n.group().isEmpty() ? "" : n.group() + ".") + n.number();
            // a citation is one unit, spoken from its data; an explanatory note reads sentence by sentence
            Prose text = n.citations().isEmpty() ? prose.splitOrEmpty(a, id) : prose.wholeOrEmpty(a, id);
            ScriptBlock.NoteKind kind = ScriptBlock.NoteKind.valueOf(n.kind().name());
            blocks.add(new ScriptBlock.Note(id, n.label(), n.group(), kind, n.citations(), text));
        }
        ScriptBlock.Heading heading = new ScriptBlock.Heading(NOTES_SECTION_ID + ".h", 2,
                prose.whole(new TextAssembler(noteTexts).addText("Notes"), NOTES_SECTION_ID + ".h"));
        return Optional.of(new Section(NOTES_SECTION_ID, SectionRole.NOTES, heading, blocks));
    }

    /** Pixel sizes in a file name: "(1230x1615)", "1230×1615", "800px". */
    private static final Pattern PIXELS = Pattern.compile(
            "[(\\[]\\s*+\\d{2,5}+\\s*+[x×]\\s*+\\d{2,5}+\\s*+(?:px)?\\s*+[)\\]]"
            + "|(?<![\\p{L}\\p{N}])\\d{2,5}+\\s*+[x×]\\s*+\\d{2,5}+(?:px)?(?![\\p{L}\\p{N}])"
            + "|(?<![\\p{L}\\p{N}])\\d{2,5}+px(?![\\p{L}\\p{N}])");

    /**
     * A file name made readable for a figure that has nothing else to describe it: "Stalin_Rykov
     * 1925.jpg" → "Stalin Rykov 1925". Percent escapes are decoded, underscores become spaces, and
     * what is only about the file goes: its extension and pixel sizes ("(1230x1615)", "800px").
     */
    static String readableFileName(String fileName) {
        String s = decodePercent(fileName).replaceAll("\\.[A-Za-z0-9]{2,5}$", "").replace('_', ' ');
        s = PIXELS.matcher(s).replaceAll(" ");
        return s.replaceAll("[\\s\\u00A0]++", " ").replaceAll("^[\\s,;:-]++|[\\s,;:-]++$", "").trim();
    }

    /** "%20" → " ", "%C3%A9" → "é"; a name with a stray "%" is kept as it is. */
    private static String decodePercent(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** True when the content is one formula and nothing else worth reading. */
    static MathInline soleFormula(List<Inline> content) {
        MathInline found = null;
        for (Inline in : content) {
            if (in instanceof MathInline m && found == null) {
                found = m;
            } else if (!(in instanceof Text t && t.value().replaceAll("[\\s.,;:]", "").isEmpty())) {
                return null;
            }
        }
        return found;
    }

}
