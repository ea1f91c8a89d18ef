package org.lector.script;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading script of one article, what every backend reads: a tree of chapters, sections,
 * blocks and sentences in reading order. {@code language} is the article's BCP 47 tag;
 * {@code englishVariety} what the article declares ("british", "american") or null. {@code date}
 * (ISO 8601, "2026-12-02") is the day the script was made, which the books made from it carry
 * as their date, so converting a stored script gives the same files as converting the article
 * did; null in a hand-made script, when backends use today.
 */
public record ReadingScript(int version, String title, String language, String englishVariety,
                            List<Chapter> chapters, List<String> warnings, String date) {
    /** The version of the format written as script.jsonl and described by reading-script.schema.json. */
    public static final int VERSION = 2;

    public ReadingScript {
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    /** A script with no date of its own. */
    public ReadingScript(int version, String title, String language, String englishVariety,
                         List<Chapter> chapters, List<String> warnings) {
        this(version, title, language, englishVariety, chapters, warnings, null);
    }

    public ReadingScript withChapters(List<Chapter> replaced) {
        return new ReadingScript(version, title, language, englishVariety, replaced, warnings, date);
    }

    public ReadingScript withWarnings(List<String> replaced) {
        return new ReadingScript(version, title, language, englishVariety, chapters, replaced, date);
    }

    public ReadingScript withDate(String day) {
        return new ReadingScript(version, title, language, englishVariety, chapters, warnings, day);
    }

    /** The day the books made from this script carry: its own date, else today (UTC). */
    public LocalDate bookDate() {
        return date != null ? LocalDate.parse(date) : LocalDate.now(ZoneOffset.UTC);
    }

    /** Every section of every chapter, in reading order. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        for (Chapter c : chapters) {
            out.addAll(c.sections());
        }
        return out;
    }

    /** Headings and blocks in reading order: each section's heading, then its blocks. */
    public List<ScriptBlock> blocks() {
        List<ScriptBlock> out = new ArrayList<>();
        for (Section s : sections()) {
            out.add(s.heading());
            out.addAll(s.blocks());
        }
        return out;
    }
}
