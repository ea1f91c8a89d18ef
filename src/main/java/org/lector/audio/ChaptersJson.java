package org.lector.audio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code chapters.json}: the article title, the voice, and per chapter its number, title, audio
 * and caption files, duration, and every spoken item's start and end — in seconds from the start
 * of the chapter's audio — by script item id: what a player needs to show the text being read,
 * and what a DAISY or EPUB 3 media-overlay backend needs to build its SMIL.
 */
public final class ChaptersJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChaptersJson() {
    }

    public static String render(String title, String language, VoiceProfile voice, AudioFileFormat format,
                                List<RecordedChapter> chapters) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        root.put("language", language);
        root.put("voice", voice.name());
        root.put("format", format.extension());
        root.put("duration", round(chapters.stream().mapToDouble(RecordedChapter::seconds).sum()));
        ArrayNode list = root.putArray("chapters");
        for (RecordedChapter c : chapters) {
            ObjectNode node = list.addObject();
            node.put("number", c.chapter().number());
            node.put("title", c.chapter().title());
            node.put("file", c.file());
            node.put("captions", c.captionsFile());
            node.put("duration", round(c.seconds()));
            node.put("sampleRate", c.sampleRate());
            node.put("samples", c.samples());
            ArrayNode items = node.putArray("items");
            for (ItemTiming t : c.items()) {
                items.addObject().put("id", t.id()).put("start", round(c.seconds(t.startSample())))
                        .put("end", round(c.seconds(t.endSample())));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds are finer than any player seeks. */
    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
