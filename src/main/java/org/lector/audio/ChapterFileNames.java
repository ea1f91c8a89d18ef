package org.lector.audio;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * File names for chapters: the number, zero-padded so names sort in reading order (two digits,
 * more for a hundred chapters or more), then the title as a slug: "03-the-great-terror". The slug
 * rule is the project's one for article folders, handed in by the caller so there is only one.
 * A chapter's captions have its audio file's name with ".vtt".
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

    /** "03-the-great-terror.mp3" → "03-the-great-terror.vtt". */
    public static String captions(String audioFile) {
        int dot = audioFile.lastIndexOf('.');
        return (dot < 0 ? audioFile : audioFile.substring(0, dot)) + ".vtt";
    }
}
