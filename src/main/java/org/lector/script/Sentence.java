package org.lector.script;

/**
 * One sentence of a block: a stable id ("s2.p4.3": the third sentence of paragraph 4 of section
 * 2), its place [start, end) in the block's print text, and its spoken form — exactly the words a
 * voice says while this sentence is shown (null before the speech stage). A block's
 * announcement ("Quotation:", "Image:") is part of its first sentence's speech and its closing
 * ("End of quotation.") of its last, so captions, media overlays and highlighting have one cue per
 * sentence. A sentence may be empty in print (start == end) when only its speech says something,
 * as "Row three." does for a table row.
 */
public record Sentence(String id, int start, int end, String speech) {
    public Sentence {
        if (id == null || id.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence " + id + " [" + start + ", " + end + ")");
        }
    }

    public Sentence withSpeech(String spoken) {
        return new Sentence(id, start, end, spoken);
    }

    public boolean speaks() {
        return speech != null && !speech.isBlank();
    }
}
