package org.lector.script;

import java.util.List;

/**
 * What the audio backend publishes for the backends that need it (captions, chapters.json,
 * talking books): for every recorded chapter file, where each spoken sentence lies in it. Times
 * are exact sample positions, since every sample passes through Lector.
 */
public record TimedScript(List<TimedChapter> chapters) {
    public TimedScript {
        chapters = List.copyOf(chapters);
    }

    /**
     * One recorded chapter: its script chapter number, file name, sample rate, length, sentence
     * times, and the stretches a listener may skip whole (an infobox, a table).
     */
    public record TimedChapter(int number, String title, String file, int sampleRate, long samples,
                               List<SentenceTime> sentences, List<SkippableTime> skippable) {
        public TimedChapter {
            sentences = List.copyOf(sentences);
            skippable = List.copyOf(skippable);
        }

        /** A chapter with nothing to skip. */
        public TimedChapter(int number, String title, String file, int sampleRate, long samples,
                            List<SentenceTime> sentences) {
            this(number, title, file, sampleRate, samples, sentences, List.of());
        }

        public double seconds() {
            return samples / (double) sampleRate;
        }
    }

    /** One spoken sentence: its id in the script and its [start, end) in samples from the file's start. */
    public record SentenceTime(String sentenceId, long startSample, long endSample) {
    }

    /**
     * A block a talking-book player can skip whole, as DAISY players skip sidebars and tables: its
     * id in the script ("s0.x1"), its kind ("infobox", "table"), and [start, end) in samples from its
     * first spoken sentence to the end of its last.
     */
    public record SkippableTime(String blockId, String kind, long startSample, long endSample) {
    }
}
