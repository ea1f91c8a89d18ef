package org.lector.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.RecordedChapter;

/**
 * Draws the audio progress on the terminal: chapters done, and minutes of audio recorded. Articles
 * of a dump are spoken concurrently, so one bar serves every article in flight: each article adds
 * its chapters to the total, and the bar closes when the last article in flight is done.
 */
final class AudioProgressBar implements AudioProgressListener {
    private ProgressBar bar;
    private double seconds;
    private int articlesInFlight;

    /** A bar when a person is watching; nothing with --quiet or when output goes to a file or pipe. */
    static AudioProgressListener forTerminal(boolean quiet) {
        return quiet || System.console() == null ? AudioProgressListener.NONE : new AudioProgressBar();
    }

    @Override
    public synchronized void started(String title, int chapters) {
        if (bar == null) {
            seconds = 0;
            bar = new ProgressBarBuilder().setTaskName("Audio").setInitialMax(chapters).setUnit(" chapters", 1)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
        } else {
            bar.maxHint(bar.getMax() + chapters);
        }
        articlesInFlight++;
    }

    @Override
    public synchronized void chapterDone(RecordedChapter chapter) {
        if (bar == null) {
            return;
        }
        seconds += chapter.seconds();
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, "%.1f min of audio", seconds / 60));
    }

    @Override
    public synchronized void finished() {
        articlesInFlight = Math.max(0, articlesInFlight - 1);
        if (bar != null && articlesInFlight == 0) {
            bar.close();
            bar = null;
        }
    }
}
