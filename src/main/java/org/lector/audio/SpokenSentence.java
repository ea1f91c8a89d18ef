package org.lector.audio;

/**
 * One sentence as the voice will say it: its id in the script (its caption cue's id), its words,
 * and what its caption shows: the print text (digits, real spellings — the speech has lexicon
 * respellings like "Khlev nyook" that would confuse a reader), or the speech when the sentence
 * has no print text ("Row three.", "Group of two images.").
 */
public record SpokenSentence(String id, String speech, String caption) {
}
