package org.lector.audio;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * File names for chapters: the number, zero-padded so names sort in reading order (two digits,
 * more for a hundred chapters or more), then the title as a slug: "03-the-great-terror". The slug
 * rule is the project's one for article folders, handed in by the caller so there is only one.
 */
public final class ChapterFileNames {
    private final UnaryOperator<String> slug;

    public ChapterFileNames(UnaryOperator<String> slug) {
        this.slug = slug;
    }

    public String stem(int number, int count, String title) {
        int width = Math.max(2, String.valueOf(count).length());
        return String.format(Locale.ROOT, "%0" + width + "d", number) + "-" + slug.apply(title);
    }
}
