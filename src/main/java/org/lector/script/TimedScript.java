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

    /** One recorded chapter: its script chapter number, file name, sample rate, length, sentence times. */
    public record TimedChapter(int number, String title, String file, int sampleRate, long samples,
                               List<SentenceTime> sentences) {
        public TimedChapter {
            sentences = List.copyOf(sentences);
        }

        public double seconds() {
            return samples / (double) sampleRate;
        }
    }

    /** One spoken sentence: its id in the script and its [start, end) in samples from the file's start. */
    public record SentenceTime(String sentenceId, long startSample, long endSample) {
    }
}
