package org.lector.audio;

/**
 * Told how the audiobook is coming along, from the worker threads (implementations must be
 * thread-safe). The audio package only reports; drawing a progress bar is the caller's business.
 */
public interface AudioProgressListener {
    AudioProgressListener NONE = new AudioProgressListener() {
        @Override
        public void started(String title, int chapters) {
        }

        @Override
        public void chapterDone(RecordedChapter chapter) {
        }

        @Override
        public void finished() {
        }
    };

    void started(String title, int chapters);

    void chapterDone(RecordedChapter chapter);

    void finished();
}
