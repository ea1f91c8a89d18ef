package org.lector.braille;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where text is cut before it goes to liblouis, so that no single call gets more than a bounded
 * input. liblouis's work per call is not linear in what it is given: the UEB tables' {@code match}
 * rules scan over a run of punctuation and spaces from every character of it ({@code %<*},
 * {@code %>*}, {@code %[_.$]*}), so such a run costs its length squared and recurses as deep as it
 * is long; liblouis-java's output buffer overflows for tens of megabytes. Bounded chunks make the
 * whole translation linear in the text.
 *
 * <p>A chunk is cut, in order of preference: at a space after the end of a sentence where no
 * emphasis and no passage of capitals runs across; at such a space elsewhere; at a space between
 * unstyled words; at any space (the space stays with the chunk before it, and liblouis keeps it
 * as a blank cell); and only in a word longer than a chunk, at a code-point boundary that is
 * neither inside a surrogate pair nor before a combining mark. liblouis's context seldom reaches
 * across such a cut, so ordinary prose cut there translates as it does whole; an emphasis or
 * capitals passage that is cut gets its indicators again in the next chunk. Separately, no chunk
 * holds a run of more than {@link #MAX_SYMBOL_RUN} characters that are neither letters nor digits.
 */
final class LouisChunks {
    /**
     * The longest input of one call. Measured with en-ueb-g2 on the seed's prose: chunks of 64
     * characters cost about twice as much per character as chunks of 1,024 or more, past which
     * there is no gain; at 4,096 a paragraph of ordinary prose is rarely cut at all.
     */
    static final int MAX_LENGTH = 4096;
    /**
     * The longest run of punctuation, symbols and spaces in one call: ordinary prose has runs of a
     * few characters ({@code ."), }); 64 quotation marks cost liblouis well under a millisecond,
     * 20,000 of them about a minute.
     */
    static final int MAX_SYMBOL_RUN = 64;

    /** The characters [start, end) of the text. */
    record Chunk(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }

        int length() {
            return end - start;
        }
    }

    private LouisChunks() {
    }

    /** The chunks of {@code text}, in order, together exactly the text; {@code styled} tells which characters carry emphasis. */
    static List<Chunk> of(String text, IntPredicate styled) {
        return of(text, styled, MAX_LENGTH, MAX_SYMBOL_RUN);
    }

    /** With other bounds (tests cut ordinary prose into short chunks to compare with the whole). */
    static List<Chunk> of(String text, IntPredicate styled, int maxLength, int maxSymbolRun) {
        if (maxLength < 2 || maxSymbolRun < 2) {
            throw new IllegalArgumentException("chunks need room for a surrogate pair");
        }
        List<Chunk> chunks = new ArrayList<>(text.length() / maxLength + 1);
        int start = 0;
        while (start < text.length()) {
            int end = end(text, start, styled, maxLength, maxSymbolRun);
            chunks.add(new Chunk(start, end));
            start = end;
        }
        return chunks;
    }

    /** Where the chunk that begins at {@code start} ends. */
    private static int end(String text, int start, IntPredicate styled, int maxLength, int maxSymbolRun) {
        int run = 0;
        for (int i = start; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            run = Character.isLetterOrDigit(cp) ? 0 : run + (next - i);
            if (next - start > maxLength) {
                return cutBefore(text, start, i, styled);
            }
            if (run > maxSymbolRun) {
                return cutInRun(text, start, i, run - (next - i));
            }
            i = next;
        }
        return text.length();
    }

    /**
     * The best cut in [start, limit], looked for in its second half first: the chunk is at most
     * {@code limit - start} long, and a word is cut only when the chunk has no space at all.
     */
    private static int cutBefore(String text, int start, int limit, IntPredicate styled) {
        int from = start + (limit - start) / 2;
        int[] best = {-1, -1, -1}; // the last space of each quality below the best: quiet, plain, any
        int codePoint = -1;
        for (int k = limit; k > from; k--) {
            if (isSpace(text.charAt(k - 1))) {
                boolean plain = plainAround(text, k, styled);
                boolean quiet = plain && endsCapitals(text, k);
                if (quiet && isSentenceEnd(text, k - 1)) {
                    return k;
                }
                int quality = quiet ? 0 : plain ? 1 : 2;
                if (best[quality] < 0) {
                    best[quality] = k;
                }
            } else if (codePoint < 0 && isCleanBoundary(text, k)) {
                codePoint = k;
            }
        }
        for (int k : best) {
            if (k > 0) {
                return k;
            }
        }
        for (int k = from; k > start; k--) {
            if (isSpace(text.charAt(k - 1))) {
                return k; // a shorter chunk rather than a cut word; the long word that follows gets the next ones
            }
        }
        // limit is where a code point begins; only a run of combining marks half a chunk long has no better cut
        return codePoint > 0 ? codePoint : limit;
    }

    /**
     * Whether a cut at {@code k} cannot fall inside a passage of capitals (UEB's capitals passage
     * indicator covers three or more words in capitals, and liblouis would start it anew in the
     * next chunk): the word before it or the word after it has a lower-case letter.
     */
    private static boolean endsCapitals(String text, int k) {
        return hasLowerCase(text, k - 1, -1) || hasLowerCase(text, k, 1);
    }

    /** Whether the word next to {@code from} (looking in {@code step}'s direction, past spaces, at most 64 characters) has a lower-case letter. */
    private static boolean hasLowerCase(String text, int from, int step) {
        int i = from;
        while (i >= 0 && i < text.length() && isSpace(text.charAt(i))) {
            i += step;
        }
        for (int n = 0; n < 64 && i >= 0 && i < text.length() && !isSpace(text.charAt(i)); n++, i += step) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cut in a run of symbols that began at {@code runStart} and has reached its bound at
     * {@code limit}: after its last space in the second half of the run, else at {@code limit}
     * (a code-point boundary: the run is counted in whole code points).
     */
    private static int cutInRun(String text, int start, int limit, int runLength) {
        int runStart = Math.max(start, limit - runLength);
        for (int k = limit; k > runStart + runLength / 2; k--) {
            if (isSpace(text.charAt(k - 1))) {
                return k;
            }
        }
        return limit;
    }

    /** Whether the space at {@code space} follows the end of a sentence (closing quotes and brackets may come between). */
    private static boolean isSentenceEnd(String text, int space) {
        int k = space - 1;
        while (k >= 0 && ")]}\"'”’»".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && ".!?".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether no emphasis runs across a cut at {@code k} (the space before it and the characters either side are plain). */
    private static boolean plainAround(String text, int k, IntPredicate styled) {
        return !styled.test(k - 1) && (k < 2 || !styled.test(k - 2)) && (k >= text.length() || !styled.test(k));
    }

    /** Whether cutting before {@code k} keeps a surrogate pair, a letter and its combining marks, and a joined sequence whole. */
    private static boolean isCleanBoundary(String text, int k) {
        if (k >= text.length()) {
            return true;
        }
        char before = text.charAt(k - 1);
        char at = text.charAt(k);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(at)) {
            return false;
        }
        if (before == '\u200D' || at == '\u200D') {
            return false; // zero-width joiner
        }
        int type = Character.getType(text.codePointAt(k));
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && !isVariationSelector(text.codePointAt(k));
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u2800';
    }
}
