package org.lector.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.lector.speech.Lexicon;

/**
 * Speaks one chapter into its encoder item by item, sentence by sentence, inserting the planned
 * silences as samples. Because every sample passes through here, the position of each item and
 * sentence is known exactly — no estimate, no clock — and nothing but one sentence's audio is ever
 * held in memory.
 */
final class ChapterRecorder implements PcmSink {
    private static final short[] SILENCE = new short[4096];

    private final Synthesizer voice;
    private final Lexicon voiceLexicon;
    private ChapterEncoder encoder;
    private long position;

    ChapterRecorder(Synthesizer voice, Lexicon voiceLexicon) {
        this.voice = voice;
        this.voiceLexicon = voiceLexicon;
    }

    RecordedChapter record(Chapter chapter, String file, String captionsFile, ChapterEncoder target) throws IOException {
        this.encoder = target;
        this.position = 0;
        boolean recorded = false;
        try {
            RecordedChapter chapterRecorded = recordInto(chapter, file, captionsFile, target);
            recorded = true;
            return chapterRecorded;
        } finally {
            if (!recorded) {
                closeAfterFailure(target);
            }
        }
    }

    /** A chapter that failed is deleted with the staging folder; its file only needs letting go. */
    private static void closeAfterFailure(ChapterEncoder target) {
        try {
            target.close();
        } catch (IOException | RuntimeException ignored) {
            // the failure that got us here is the one worth reporting
        }
    }

    private RecordedChapter recordInto(Chapter chapter, String file, String captionsFile, ChapterEncoder target) throws IOException {
        List<ItemTiming> timings = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SpokenItem previous = null;
        for (SpokenItem item : Prosody.plan(chapter)) {
            silence(Prosody.between(previous, item));
            long start = position;
            List<String> sentences = Sentences.of(item.speech());
            List<long[]> spans = new ArrayList<>();
            for (String sentence : sentences) {
                long from = position;
                try {
                    voice.speak(voiceLexicon.apply(sentence), this);
                } catch (RuntimeException e) {
                    // an engine that chokes on one sentence (a script it has no rules for) must not lose the book
                    warnings.add("audio: item " + item.id() + ": a sentence could not be spoken (" + e + "): " + abbreviate(sentence));
                }
                spans.add(new long[] {from, position});
            }
            timings.add(new ItemTiming(item.id(), start, position));
            cues.addAll(CueBuilder.cues(item, sentences, spans));
            previous = item;
        }
        silence(Prosody.TAIL_MS);
        target.close();
        return new RecordedChapter(chapter, file, captionsFile, voice.sampleRate(), position, timings, cues, warnings);
    }

    @Override
    public void write(short[] samples, int count) throws IOException {
        encoder.write(samples, count);
        position += count;
    }

    private void silence(int millis) throws IOException {
        long n = (long) millis * voice.sampleRate() / 1000;
        while (n > 0) {
            int chunk = (int) Math.min(n, SILENCE.length);
            write(SILENCE, chunk);
            n -= chunk;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
