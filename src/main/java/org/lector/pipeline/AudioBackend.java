package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.Audiobook;
import org.lector.audio.AudiobookWriter;
import org.lector.audio.SpeechEngines;
import org.lector.audio.VoiceProfiles;
import org.lector.script.ReadingScript;

/**
 * The audiobook: {@code <slug>/audio/} with one file per chapter, captions, a playlist and
 * {@code chapters.json}. Chapter files are named with the same slug rule as article folders.
 */
public final class AudioBackend implements Backend {
    static final String FOLDER = "audio";

    private final AudioOptions options;
    private final AudiobookWriter writer;

    public AudioBackend(AudioOptions options, AudioProgressListener progress) {
        this.options = options;
        this.writer = new AudiobookWriter(options, VoiceProfiles.shipped(), SpeechEngines.builtIn(), Slugs::slug, progress);
    }

    @Override
    public String name() {
        return "audio";
    }

    @Override
    public BackendReport write(ReadingScript script, String slug, Path stagingDir) throws IOException {
        Path dir = Files.createDirectory(stagingDir.resolve(FOLDER));
        Audiobook book = writer.write(script, dir);
        String summary = String.format(Locale.ROOT, "%d chapters, %.1f minutes (%s, voice %s)", book.chapters().size(),
                book.seconds() / 60, options.format().extension(), writer.profile().name());
        return new BackendReport(summary, book.warnings(),
                java.util.Map.of(BackendReport.CHAPTERS, (double) book.chapters().size(), BackendReport.AUDIO_MINUTES, book.seconds() / 60));
    }
}
