package org.lector.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.RecordedChapter;

/** Draws the audiobook's progress on the terminal: chapters done, and minutes of audio recorded. */
final class AudioProgressBar implements AudioProgressListener {
    private ProgressBar bar;
    private double seconds;

    /** A bar when a person is watching; nothing with --quiet or when output goes to a file or pipe. */
    static AudioProgressListener forTerminal(boolean quiet) {
        return quiet || System.console() == null ? AudioProgressListener.NONE : new AudioProgressBar();
    }

    @Override
    public synchronized void started(String title, int chapters) {
        seconds = 0;
        bar = new ProgressBarBuilder().setTaskName("Audio").setInitialMax(chapters).setUnit(" chapters", 1)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }

    @Override
    public synchronized void chapterDone(RecordedChapter chapter) {
        seconds += chapter.seconds();
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, "%.1f min of audio", seconds / 60));
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
