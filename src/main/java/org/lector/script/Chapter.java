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

    public Chapter withAnnouncement(String spoken) {
        return new Chapter(number, role, title, announced, spoken, sections);
    }

    public Chapter withSections(List<Section> replaced) {
        return new Chapter(number, role, title, announced, announcement, replaced);
    }
}
