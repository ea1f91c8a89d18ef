package org.lector.audio;

/** Where one script item's speech lies in its chapter file, in samples from the file's start. */
public record ItemTiming(String id, long startSample, long endSample) {
}
