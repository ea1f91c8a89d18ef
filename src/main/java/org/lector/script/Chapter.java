package org.lector.script;

import java.util.List;

/**
 * One chapter of the book, the unit every backend navigates by: an audio track, a top-level PDF
 * bookmark, a braille contents entry, an EPUB content document. Chapter 1 is the title and the
 * lead; then one chapter per top-level section; the notes last. {@code announced} is the id of the
 * heading that names the chapter (part headings that only introduce it come before it), and
 * {@code announcement} the spoken words that open it ("Chapter three: The Great Terror."), set by
 * the speech stage.
 */
public record Chapter(int number, SectionRole role, String title, String announced, String announcement,
                      List<Section> sections) {
    public Chapter {
        sections = List.copyOf(sections);
    }

    /** Whether the speech stage gave the chapter words to open with. */
    public boolean announces() {
        return announcement != null && !announcement.isBlank();
    }

    /** Whether anything in the chapter, headings included, has words to say; a chapter that has none is not recorded. */
    public boolean speaks() {
        for (Section s : sections) {
            if (s.heading().text().speaks()) {
                return true;
            }
            for (ScriptBlock b : s.blocks()) {
                if (BlockProse.of(b).stream().anyMatch(Prose::speaks)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Chapter withAnnouncement(String spoken) {
        return new Chapter(number, role, title, announced, spoken, sections);
    }

    public Chapter withSections(List<Section> replaced) {
        return new Chapter(number, role, title, announced, announcement, replaced);
    }
}
