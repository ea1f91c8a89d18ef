package org.lector.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.TimedScript;
import org.lector.speech.Lexicon;

/**
 * Writes a reading script as an audiobook into a folder: one audio file and one WebVTT caption
 * file per chapter of the script that says something, {@code playlist.m3u8} and
 * {@code chapters.json}; and returns the {@link TimedScript}, where every spoken sentence lies.
 *
 * <p>Chapters are recorded in parallel by a fixed pool of workers, each with its own voice (a
 * FreeTTS voice is not thread-safe), taking the longest chapters first so no core idles at the
 * end waiting on one long chapter. Each chapter streams from the voice into its encoder and onto
 * disk, so memory does not grow with the article: only timings are kept.
 */
public final class AudiobookWriter {
    public static final String ARTIST = "Lector";

    private final AudioOptions options;
    private final VoiceProfile profile;
    private final SpeechEngine engine;
    private final Lexicon voiceLexicon;
    private final ChapterFileNames names;
    private final AudioProgressListener progress;

    public AudiobookWriter(AudioOptions options, VoiceProfiles profiles, Map<String, SpeechEngine> engines,
                           UnaryOperator<String> slug, AudioProgressListener progress) {
        this.options = options;
        this.profile = profiles.get(options.voice()).withOverrides(options.rate(), options.pitch());
        this.engine = engines.get(profile.engine());
        if (engine == null) {
            throw new AudioException("voice profile '" + profile.name() + "' needs speech engine '" + profile.engine()
                    + "', which this build does not have (it has: " + String.join(", ", engines.keySet()) + ")");
        }
        this.voiceLexicon = profile.lexicons().stream().map(Lexicon::load).reduce(Lexicon.empty(), Lexicon::merge);
        this.names = new ChapterFileNames(slug);
        this.progress = progress;
    }

    /** The voice profile in use, with the --rate and --pitch overrides applied. */
    public VoiceProfile profile() {
        return profile;
    }

    /**
     * Records the script's chapters that say something, one file each, and writes their captions,
     * the playlist and chapters.json from the resulting timed script, which is returned for the
     * backends that present text and audio together.
     */
    public Audiobook write(ReadingScript script, Path dir) throws IOException {
        List<String> warnings = new ArrayList<>();
        if (!sameLanguage(script.language(), profile.language())) {
            warnings.add("audio: the article is in '" + script.language() + "' but voice " + profile.name()
                    + " speaks '" + profile.language() + "'; it is read with that voice's pronunciation");
        }
        List<ChapterPlan> plans = script.chapters().stream().map(ChapterPlan::of).filter(ChapterPlan::speaks).toList();
        if (plans.isEmpty()) {
            warnings.add("audio: the article has nothing to speak; no chapter was written");
        }
        progress.started(script.title(), plans.size());
        List<RecordedChapter> recorded;
        try {
            recorded = recordAll(script.title(), plans, dir);
        } finally {
            progress.finished(); // also on failure: the bar is shared with the other articles in flight
        }
        for (RecordedChapter c : recorded) {
            warnings.addAll(c.warnings());
            Files.writeString(dir.resolve(ChapterFileNames.captions(c.timed().file())), WebVtt.render(c.timed(), c.captions()),
                    StandardCharsets.UTF_8);
        }
        TimedScript timed = new TimedScript(recorded.stream().map(RecordedChapter::timed).toList());
        Files.writeString(dir.resolve("playlist.m3u8"), Playlist.render(script.title(), timed), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("chapters.json"),
                ChaptersJson.render(script.title(), script.language(), profile, options.format(), timed),
                StandardCharsets.UTF_8);
        return new Audiobook(timed, warnings);
    }

    private List<RecordedChapter> recordAll(String album, List<ChapterPlan> plans, Path dir) throws IOException {
        if (plans.isEmpty()) {
            return List.of();
        }
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>(IntStream.range(0, plans.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> plans.get(i).speechLength()).reversed()).toList());
        AtomicReferenceArray<RecordedChapter> done = new AtomicReferenceArray<>(plans.size());
        // chapters keep the script's numbers, in file names and tags, so "Chapter three" is file 03;
        // the one usually left out is the notes, the last, so the numbers recorded run without a gap
        int trackCount = plans.get(plans.size() - 1).chapter().number();
        int workers = Math.min(options.threads(), plans.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lector-audio");
            t.setDaemon(true);
            return t;
        });
        // FreeTTS does not notice interrupts, so a failed worker stops the others through this
        // flag, and every worker is waited for before the failure is passed on: none may still be
        // writing into the staging folder while the pipeline deletes it
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    try (Synthesizer voice = engine.open(profile)) {
                        ChapterRecorder recorder = new ChapterRecorder(voice, voiceLexicon);
                        for (Integer i; !failed.get() && (i = queue.poll()) != null; ) {
                            RecordedChapter r = record(recorder, voice.sampleRate(), album, plans.get(i), trackCount, dir);
                            done.set(i, r);
                            progress.chapterDone(r);
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            IOException first = null;
            RuntimeException firstUnchecked = null;
            for (Future<?> f : running) {
                try {
                    await(f);
                } catch (IOException e) {
                    first = first == null ? e : first;
                } catch (RuntimeException e) {
                    firstUnchecked = firstUnchecked == null ? e : firstUnchecked;
                }
            }
            if (first != null) {
                throw first;
            }
            if (firstUnchecked != null) {
                throw firstUnchecked;
            }
        } finally {
            pool.shutdown();
        }
        List<RecordedChapter> inOrder = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            inOrder.add(done.get(i));
        }
        return inOrder;
    }

    private RecordedChapter record(ChapterRecorder recorder, int sampleRate, String album, ChapterPlan plan,
                                   int trackCount, Path dir) {
        Chapter c = plan.chapter();
        String file = names.stem(c.number(), trackCount, c.title()) + "." + options.format().extension();
        try {
            ChapterEncoder encoder = switch (options.format()) {
                case MP3 -> new Mp3Writer(dir.resolve(file), sampleRate,
                        Id3v2Tag.of(c.title(), album, c.number(), trackCount, ARTIST));
                case WAV -> new WavWriter(dir.resolve(file), sampleRate);
            };
            return recorder.record(plan, file, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while recording the audiobook", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static boolean sameLanguage(String article, String voice) {
        String a = article == null ? "" : article.toLowerCase(Locale.ROOT);
        String v = voice.toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.equals(v) || a.startsWith(v + "-");
    }
}
