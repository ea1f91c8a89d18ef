package org.lector.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.script.Chapter;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.SkippableTime;
import org.lector.script.TimedScript.TimedChapter;
import org.lector.speech.Lexicon;

/**
 * Speaks one chapter into its encoder part by part, sentence by sentence, inserting the planned
 * silences as samples. Because every sample passes through here, the position of each sentence is
 * known exactly — no estimate, no clock — and nothing but one sentence's audio is ever held in
 * memory.
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

    RecordedChapter record(ChapterPlan plan, String file, ChapterEncoder target) throws IOException {
        this.encoder = target;
        this.position = 0;
        boolean recorded = false;
        try {
            RecordedChapter chapterRecorded = recordInto(plan, file, target);
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

    private RecordedChapter recordInto(ChapterPlan plan, String file, ChapterEncoder target) throws IOException {
        List<SentenceTime> times = new ArrayList<>();
        Map<String, String> captions = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        SpokenPart previous = null;
        for (SpokenPart part : plan.parts()) {
            silence(Prosody.between(previous, part));
            // a part's sentences follow each other with no silence added: each is its own utterance,
            // and FreeTTS frames every utterance with its own silence (about 200 ms before and 100 ms
            // after with kevin16), which already sounds like a sentence break; more would be halting
            for (SpokenSentence sentence : part.sentences()) {
                long from = position;
                try {
                    voice.speak(voiceLexicon.apply(sentence.speech()), this);
                    times.add(new SentenceTime(sentence.id(), from, position));
                    captions.put(sentence.id(), sentence.caption());
                } catch (RuntimeException e) {
                    // an engine that chokes on one sentence (a script it has no rules for) must not lose
                    // the book; the sentence gets no time and so no cue, as nothing of it is heard
                    warnings.add("audio: sentence " + sentence.id() + " could not be spoken (" + e + "): "
                            + abbreviate(sentence.speech()));
                }
            }
            previous = part;
        }
        silence(Prosody.TAIL_MS);
        target.close();
        Chapter c = plan.chapter();
        List<SkippableTime> skippable = new ArrayList<>();
        for (SkippableBlock b : plan.skippable()) {
            SkippableTime t = b.timed(times);
            if (t != null) {
                skippable.add(t);
            }
        }
        return new RecordedChapter(new TimedChapter(c.number(), c.title(), file, voice.sampleRate(), position, times,
                skippable), captions, warnings);
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
