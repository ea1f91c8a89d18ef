package org.lector.audio;

/**
 * One script item as the voice will say it: the silence wanted before and after it (between two
 * items the longer of the two is used, not the sum), the words to speak, and the print text
 * captions show.
 */
public record SpokenItem(String id, int pauseBeforeMs, String speech, int pauseAfterMs, String caption) {
}
