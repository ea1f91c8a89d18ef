package org.lector.audio;

import java.util.Locale;

/**
 * A chapter's captions as WebVTT (W3C): "WEBVTT", then cues with an identifier (the script
 * item's id, "#2" for its second sentence), "hh:mm:ss.ttt --> hh:mm:ss.ttt" and the text, with
 * the three characters WebVTT reserves in cue text escaped and no blank line inside a cue.
 */
public final class WebVtt {
    private WebVtt() {
    }

    public static String render(RecordedChapter chapter) {
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        for (Cue cue : chapter.cues()) {
            sb.append('\n').append(cue.id()).append('\n')
                    .append(timestamp(chapter.seconds(cue.startSample()))).append(" --> ")
                    .append(timestamp(chapter.seconds(cue.endSample()))).append('\n')
                    .append(escape(cue.text())).append('\n');
        }
        return sb.toString();
    }

    static String timestamp(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s*\\R\\s*", " ");
    }
}
