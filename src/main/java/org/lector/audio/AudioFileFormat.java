package org.lector.audio;

/** The container a chapter is written in. */
public enum AudioFileFormat {
    /** MPEG-1/2 Layer III, CBR, with an ID3v2.3 tag: what every player reads. */
    MP3("mp3"),
    /** RIFF WAVE, 16-bit PCM: lossless, for tools (speech recognisers, editors). */
    WAV("wav");

    private final String extension;

    AudioFileFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
