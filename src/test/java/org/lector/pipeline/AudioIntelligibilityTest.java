package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.lector.audio.AudioFileFormat.WAV;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.Prosody;
import org.lector.audio.SpokenPart;
import org.lector.config.LectorHome;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * Can a listener understand it? An independent recogniser (CMU PocketSphinx with its generic
 * US-English model, Debian's pocketsphinx and pocketsphinx-en-us) transcribes the first minute
 * of the seed's second chapter, and the word error rate against the words the voice was given
 * must stay under a bound. The recogniser is itself imperfect on clean synthetic speech, and the
 * seed is full of Russian names it has never seen (respelled for the voice as "Kah men yef",
 * which no dictionary holds), so the bound is not near zero: see {@link #MAX_WORD_ERROR_RATE}.
 *
 * <p>In CI (environment variable CI set) a missing recogniser fails the test, since .ci/run
 * installs it; elsewhere the test is skipped with a SKIPPED line.
 */
class AudioIntelligibilityTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    /**
     * Measured on 2026-11-27 (Debian 12's pocketsphinx 0.8 with its en-us model, kevin16 at 150
     * words per minute): 0.427 (67 errors in 157 words). The same minute of the same words spoken
     * by FreeTTS directly, with none of Lector's pauses or sentence splitting, scores 0.406, so
     * the errors are the voice's and the recogniser's, not the backend's: the Russian names
     * respelled for the voice ("Pol it byoo roh" is four reference words, the recogniser hears
     * one, "politburo"), "Lenin" heard as "London" and "lemons". The first minute of the wrong
     * chapter against this chapter's words scores 1.64. The bound, 0.55, sits well above the
     * measurement (the recogniser is deterministic on the same audio; the margin is for
     * changed pauses or rate moving its utterance boundaries, and another pocketsphinx build) and
     * far below anything a listener could not follow: silence, wrong order, wrong audio.
     */
    static final double MAX_WORD_ERROR_RATE = 0.55;
    private static final double EXCERPT_SECONDS = 60;

    @TempDir
    Path tmp;

    @Test
    void theFirstMinuteOfAChapterIsTranscribedCloseToItsSpeech() throws Exception {
        List<String> recogniser = recogniser();
        ReadingScript script;
        try (ArticleStream in = ArticleReader.open(Corpus.article(Corpus.SEED))) {
            script = new ArticleConverter().toScript(in.next());
        }
        new AudioBackend(AudioOptions.defaults(HOME).withFormat(WAV), AudioProgressListener.NONE)
                .write(new BackendInput(script, "joseph-stalin"), tmp);
        Path audio = tmp.resolve("audio");
        JsonNode chapter = new ObjectMapper().readTree(audio.resolve("chapters.json").toFile()).get("chapters").get(1);

        // the words the voice was given for the whole chapter; the transcript of its first minute is
        // aligned against the best-matching beginning of them (paragraphs here run for minutes, so
        // the minute ends mid-sentence, and where exactly does not matter to within a word)
        Chapter second = script.chapters().get(1);
        assertThat(second.title()).isEqualTo(chapter.get("title").asText());
        StringBuilder reference = new StringBuilder();
        for (SpokenPart part : Prosody.plan(second)) {
            part.sentences().forEach(s -> reference.append(s.speech()).append(' '));
        }

        Path excerpt = tmp.resolve("excerpt.wav");
        cutWav(audio.resolve(chapter.get("file").asText()), EXCERPT_SECONDS, excerpt);
        String heard = transcribe(recogniser, excerpt);
        List<String> said = words(reference.toString());
        List<String> recognised = words(heard);
        int[] alignment = alignToPrefix(said, recognised);
        double wer = alignment[0] / (double) alignment[1];
        System.out.printf(Locale.ROOT, "audio intelligibility: %d reference words, %d recognised, word error rate %.3f%n",
                alignment[1], recognised.size(), wer);
        System.out.println("  recognised: " + heard.replaceAll("\\s+", " ").strip());
        assertThat(wer).as("word error rate; recognised: " + heard).isLessThan(MAX_WORD_ERROR_RATE);
    }

    /** The first {@code seconds} of a WAV file, read and written by the JDK's own WAVE reader and writer. */
    private static void cutWav(Path in, double seconds, Path out) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream all = AudioSystem.getAudioInputStream(in.toFile())) {
            assertThat(all.getFormat().getSampleRate()).isEqualTo(16000f);
            assertThat(all.getFormat().getChannels()).isEqualTo(1);
            long frames = Math.min(all.getFrameLength(), Math.round(seconds * all.getFormat().getFrameRate()));
            try (AudioInputStream head = new AudioInputStream(all, all.getFormat(), frames)) {
                AudioSystem.write(head, AudioFileFormat.Type.WAVE, out.toFile());
            }
        }
    }

    /** Lower-case words of letters (and apostrophes inside words): what both texts are compared as. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']+", " ").split(" "))
                .map(w -> w.replaceAll("^'+|'+$", "")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Levenshtein distance over words (substitutions, insertions, deletions, each costing one)
     * between the recognised words and the beginning of the reference that they match best:
     * returns that distance and the length of that beginning.
     */
    static int[] alignToPrefix(List<String> reference, List<String> recognised) {
        // rows: recognised words; columns: reference prefixes; the last row holds, for every prefix
        // of the reference, the distance of the whole transcript to it
        int[] previous = new int[reference.size() + 1];
        int[] current = new int[reference.size() + 1];
        for (int j = 0; j <= reference.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= recognised.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= reference.size(); j++) {
                int substitute = previous[j - 1] + (recognised.get(i - 1).equals(reference.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        int best = 1;
        for (int j = 1; j <= reference.size(); j++) {
            if (previous[j] < previous[best]) {
                best = j;
            }
        }
        return new int[] {previous[best], best};
    }

    /** The recogniser's command line before the file name: the 0.8 CLI or the 5.x one. */
    private static List<String> recogniser() {
        if (onPath("pocketsphinx_continuous")) {
            return List.of("pocketsphinx_continuous", "-logfn", "/dev/null", "-infile");
        }
        if (onPath("pocketsphinx")) {
            return List.of("pocketsphinx", "single");
        }
        String message = "pocketsphinx not found (apt-get install pocketsphinx pocketsphinx-en-us)";
        if (System.getenv("CI") != null) {
            fail(message + "; CI must have it, .ci/run installs it");
        }
        System.err.println("SKIPPED: " + message + "; the intelligibility test does not run");
        assumeTrue(false, "SKIPPED: " + message);
        return List.of();
    }

    private static String transcribe(List<String> command, Path wav) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(wav.toString());
        Path out = wav.resolveSibling("transcript.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("pocketsphinx finished").isTrue();
        assertThat(p.exitValue()).as("pocketsphinx exit code").isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        if (command.get(0).equals("pocketsphinx")) {
            // 5.x prints one JSON object per utterance, the words in "t"
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    sb.append(new ObjectMapper().readTree(line).path("t").asText()).append(' ');
                }
            }
            return sb.toString();
        }
        return text;
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
