package org.lector.audio;

/** One caption: an item's sentence (or the whole item), its time in samples, and its text. */
public record Cue(String id, long startSample, long endSample, String text) {
}
