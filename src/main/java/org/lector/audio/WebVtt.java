package org.lector.audio;

import java.util.Locale;
import java.util.Map;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.TimedChapter;

/**
 * A chapter's captions as WebVTT (W3C): "WEBVTT", then one cue per spoken sentence, with the
 * sentence's id as identifier, "hh:mm:ss.ttt --> hh:mm:ss.ttt" and the text, with the three
 * characters WebVTT reserves in cue text escaped and no blank line inside a cue.
 */
public final class WebVtt {
    private WebVtt() {
    }

    /** The cues of {@code chapter}, showing each sentence's text from {@code captions} (by sentence id). */
    public static String render(TimedChapter chapter, Map<String, String> captions) {
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        for (SentenceTime t : chapter.sentences()) {
            String text = captions.get(t.sentenceId());
            if (text == null) {
                throw new IllegalArgumentException("no caption for sentence " + t.sentenceId());
            }
            sb.append('\n').append(t.sentenceId()).append('\n')
                    .append(timestamp(t.startSample(), chapter.sampleRate())).append(" --> ")
                    .append(timestamp(t.endSample(), chapter.sampleRate())).append('\n')
                    .append(escape(text)).append('\n');
        }
        return sb.toString();
    }

    static String timestamp(long sample, int sampleRate) {
        long ms = ChaptersJson.millis(sample, sampleRate);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s*\\R\\s*", " ");
    }
}
