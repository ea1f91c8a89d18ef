package org.lector.audio;

import java.util.Locale;
import org.lector.script.TimedScript;
import org.lector.script.TimedScript.TimedChapter;

/**
 * The extended M3U playlist in UTF-8 ({@code playlist.m3u8}): "#EXTM3U", then for each chapter
 * "#EXTINF:seconds,title" and its file name, relative, so the folder can be moved whole.
 */
public final class Playlist {
    private Playlist() {
    }

    public static String render(String album, TimedScript timed) {
        StringBuilder sb = new StringBuilder("#EXTM3U\n");
        sb.append("#PLAYLIST:").append(oneLine(album)).append('\n');
        for (TimedChapter c : timed.chapters()) {
            sb.append(String.format(Locale.ROOT, "#EXTINF:%d,%s%n", Math.round(c.seconds()), oneLine(c.title())));
            sb.append(c.file()).append('\n');
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
