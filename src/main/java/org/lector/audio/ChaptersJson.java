package org.lector.audio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.lector.script.TimedScript;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.SkippableTime;
import org.lector.script.TimedScript.TimedChapter;

/**
 * {@code chapters.json}: the article title, the voice, and per chapter its number, title, audio
 * and caption files, duration, length in samples, and every spoken sentence's start and end by
 * sentence id, and the blocks a player may skip whole (infoboxes and tables: "skippable", with
 * their block id, kind, start and end): what a player needs to show the text being read, and
 * what a DAISY or EPUB 3 media-overlay backend needs to build its SMIL. Times are seconds from the start of the chapter's
 * audio, worked out from the exact sample counts and written with three decimals, the
 * milliseconds the captions use, so both files give every sentence the same time.
 */
public final class ChaptersJson {
    /** Exact decimals, so 1.500 stays 1.500 and 1000 is not written 1E+3. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private ChaptersJson() {
    }

    public static String render(String title, String language, VoiceProfile voice, AudioFileFormat format,
                                TimedScript timed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        root.put("language", language);
        root.put("voice", voice.name());
        root.put("format", format.extension());
        root.put("duration", seconds(timed.chapters().stream().mapToLong(c -> millis(c.samples(), c.sampleRate())).sum()));
        ArrayNode list = root.putArray("chapters");
        for (TimedChapter c : timed.chapters()) {
            ObjectNode node = list.addObject();
            node.put("number", c.number());
            node.put("title", c.title());
            node.put("file", c.file());
            node.put("captions", ChapterFileNames.captions(c.file()));
            node.put("duration", seconds(millis(c.samples(), c.sampleRate())));
            node.put("sampleRate", c.sampleRate());
            node.put("samples", c.samples());
            ArrayNode sentences = node.putArray("sentences");
            for (SentenceTime t : c.sentences()) {
                sentences.addObject().put("id", t.sentenceId())
                        .put("start", seconds(millis(t.startSample(), c.sampleRate())))
                        .put("end", seconds(millis(t.endSample(), c.sampleRate())));
            }
            if (!c.skippable().isEmpty()) {
                ArrayNode skippable = node.putArray("skippable");
                for (SkippableTime t : c.skippable()) {
                    skippable.addObject().put("id", t.blockId()).put("kind", t.kind())
                            .put("start", seconds(millis(t.startSample(), c.sampleRate())))
                            .put("end", seconds(millis(t.endSample(), c.sampleRate())));
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sample position in whole milliseconds, rounded half up, in integers: no floating point drift. */
    static long millis(long sample, int sampleRate) {
        return (sample * 1000 + sampleRate / 2) / sampleRate;
    }

    private static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis, 3);
    }
}
