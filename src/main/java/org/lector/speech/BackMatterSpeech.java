package org.lector.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.lector.script.Chapter;
import org.lector.script.Prose;
import org.lector.script.ProseMapping;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Sentence;

/**
 * Reads a back-matter chapter as {@code --back-matter} says, after its blocks have their speech.
 * Briefly, "See also" keeps its titles, the first sentence of each of its first
 * {@value #MAX_TITLES} entries, because a listener may want to look one up; references, further
 * reading and external links only say how many entries they hold ("Chapter nine: Further
 * reading. Seven entries, listed in the text edition."), because a citation read aloud is a
 * string of names, publishers and numbers and a link cannot be followed by ear. The print text
 * of every block is untouched: the PDF and braille show it all.
 */
final class BackMatterSpeech {
    static final int MAX_TITLES = 20;

    private final BackMatterReading reading;
    private final LanguageRules rules;
    private final Phrases phrases;

    BackMatterSpeech(BackMatterReading reading, LanguageRules rules, Phrases phrases) {
        this.reading = reading;
        this.rules = rules;
        this.phrases = phrases;
    }

    /** The chapter as it is read: unchanged unless it is back matter and not read whole. */
    Chapter read(Chapter spoken) {
        if (!spoken.role().isBackMatter() || spoken.role() == SectionRole.NOTES || reading == BackMatterReading.READ) {
            return spoken;
        }
        if (reading == BackMatterReading.SKIP) {
            return spoken.withSections(map(spoken, b -> ProseMapping.silent(b))).withAnnouncement("");
        }
        if (spoken.role() == SectionRole.SEE_ALSO) {
            return titles(spoken);
        }
        int entries = entries(spoken);
        String summary = entries == 0 ? phrases.get("backMatter.none")
                : phrases.get(spoken.role() == SectionRole.EXTERNAL_LINKS ? "backMatter.links" : "backMatter.entries",
                        rules.count(entries), entries);
        // the heading that names the chapter keeps its words: the announcement is said in their place
        return spoken.withSections(map(spoken, b -> b.id().equals(spoken.announced()) ? b : ProseMapping.silent(b)))
                .withAnnouncement(spoken.announcement().strip() + " " + sentenceCase(summary));
    }

    /** "See also": headings and the first sentence of each of the first titles; the rest silent. */
    private Chapter titles(Chapter spoken) {
        int[] read = {0};
        List<Section> sections = map(spoken, b -> {
            if (b instanceof ScriptBlock.Heading) {
                // a subsection whose titles all lie past the limit would be a heading with nothing after it
                return read[0] < MAX_TITLES || b.id().equals(spoken.announced()) ? b : ProseMapping.silent(b);
            }
            if (!(b instanceof ScriptBlock.ListBlock l)) {
                return ProseMapping.silent(b);
            }
            List<ScriptBlock.ListItem> items = new ArrayList<>(l.items().size());
            for (ScriptBlock.ListItem i : l.items()) {
                boolean said = i.text().speaks() && read[0] < MAX_TITLES;
                if (said) {
                    read[0]++;
                }
                items.add(new ScriptBlock.ListItem(i.id(), i.kind(), i.ordinal(), i.term(), i.depth(),
                        said ? firstSentenceOnly(i.text()) : silent(i.text())));
            }
            return new ScriptBlock.ListBlock(l.id(), items);
        });
        int titles = titleCount(spoken);
        String announcement = spoken.announcement().strip();
        if (titles > MAX_TITLES) {
            announcement += " " + sentenceCase(phrases.get("backMatter.firstTitles", rules.count(titles), titles,
                    rules.count(MAX_TITLES)));
        }
        return spoken.withSections(sections).withAnnouncement(announcement);
    }

    private static int titleCount(Chapter c) {
        int n = 0;
        for (Section s : c.sections()) {
            for (ScriptBlock b : s.blocks()) {
                if (b instanceof ScriptBlock.ListBlock l) {
                    n += (int) l.items().stream().filter(i -> i.text().speaks()).count();
                }
            }
        }
        return n;
    }

    /**
     * What a reader would count as entries: list items and table rows; paragraphs only in back
     * matter written as paragraphs, since beside a list a paragraph introduces it ("For young readers").
     */
    private static int entries(Chapter c) {
        int listed = 0;
        int paragraphs = 0;
        for (Section s : c.sections()) {
            for (ScriptBlock b : s.blocks()) {
                if (b instanceof ScriptBlock.ListBlock l) {
                    listed += l.items().size();
                } else if (b instanceof ScriptBlock.Table t) {
                    listed += (int) t.rows().stream().filter(r -> !r.header()).count();
                } else if (b instanceof ScriptBlock.Paragraph || b instanceof ScriptBlock.Note) {
                    paragraphs++;
                }
            }
        }
        return listed > 0 ? listed : paragraphs;
    }

    /** Every section's heading and blocks through {@code f}; the chapter's own heading is its announcement. */
    private static List<Section> map(Chapter c, UnaryOperator<ScriptBlock> f) {
        List<Section> out = new ArrayList<>(c.sections().size());
        for (Section s : c.sections()) {
            ScriptBlock.Heading heading = (ScriptBlock.Heading) f.apply(s.heading());
            List<ScriptBlock> blocks = new ArrayList<>(s.blocks().size());
            for (ScriptBlock b : s.blocks()) {
                blocks.add(f.apply(b));
            }
            out.add(new Section(s.id(), s.role(), heading, blocks));
        }
        return out;
    }

    /** A sentence that opens with a count in words opens with a capital: "Three entries, …". */
    private static String sentenceCase(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first).toUpperCase(Locale.ROOT) + s.substring(first);
    }

    private static Prose firstSentenceOnly(Prose text) {
        List<Sentence> out = new ArrayList<>(text.sentences().size());
        boolean first = true;
        for (Sentence s : text.sentences()) {
            out.add(first ? s : s.withSpeech(""));
            first &= !s.speaks();
        }
        return text.withSentences(out);
    }

    private static Prose silent(Prose text) {
        return text.mapSentences(s -> s.withSpeech(""));
    }
}
