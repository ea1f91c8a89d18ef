package org.lector.pdf;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A block's words, stored compactly: the drawn text of all fragments in one buffer, and each
 * fragment's and word's measures in parallel arrays, about 25 bytes a word where objects per word
 * and fragment took about 150. A paragraph can be megabytes long, and its words are all held
 * while its lines are chosen. Reading a word ({@link #get}) makes a {@link Word} for it, which is
 * what tests and the rare over-long word need; line breaking and setting read the arrays.
 */
final class Words extends AbstractList<Word> implements LineBreaker.Measures {
    private static final int BREAK_AFTER = 1;
    private static final int GLUED = 2;

    /** Face, size and rise of a fragment: a block's text has a few dozen at most. */
    private record Style(FontSet.Face face, float size, float rise) {
        /** What equals would say of a Style of these, without making one. */
        boolean is(FontSet.Face f, float s, float r) {
            return face == f && Float.compare(size, s) == 0 && Float.compare(rise, r) == 0;
        }
    }

    private final StringBuilder drawn;
    private final List<Style> styles = new ArrayList<>();
    /** Fragment → its real characters, for the few fragments drawn with replacement marks. */
    private final Map<Integer, String> actualTexts = new HashMap<>();

    private int fragments;
    private int[] textEnd;
    private byte[] style;
    private float[] fragmentWidth;
    /** The inline tag of each fragment; null until some fragment has one. */
    private InlineTag[] tag;

    private int words;
    private int[] fragmentEnd;
    private float[] width;
    private float[] spaceWidth;
    private byte[] flags;

    /** Room for about {@code chars} characters of text. */
    Words(int chars) {
        drawn = new StringBuilder(Math.max(16, chars));
        int fragmentGuess = Math.max(4, chars / 5);
        textEnd = new int[fragmentGuess];
        style = new byte[fragmentGuess];
        fragmentWidth = new float[fragmentGuess];
        int wordGuess = Math.max(4, chars / 6);
        fragmentEnd = new int[wordGuess];
        width = new float[wordGuess];
        spaceWidth = new float[wordGuess];
        flags = new byte[wordGuess];
    }

    // ---- building

    /** Appends a fragment of {@code text} [from, to) to the word being built. */
    void addFragment(CharSequence text, int from, int to, FontSet.Face face, float size, float rise, InlineTag t,
                     String actualText, float w) {
        if (fragments == textEnd.length) {
            int n = grow(fragments);
            textEnd = Arrays.copyOf(textEnd, n);
            style = Arrays.copyOf(style, n);
            fragmentWidth = Arrays.copyOf(fragmentWidth, n);
            if (tag != null) {
                tag = Arrays.copyOf(tag, n);
            }
        }
        drawn.append(text, from, to);
        textEnd[fragments] = drawn.length();
        style[fragments] = styleIndex(face, size, rise);
        fragmentWidth[fragments] = w;
        if (t != null) {
            if (tag == null) {
                tag = new InlineTag[textEnd.length];
            }
            tag[fragments] = t;
        }
        if (actualText != null) {
            actualTexts.put(fragments, actualText);
        }
        fragments++;
    }

    private byte styleIndex(FontSet.Face face, float size, float rise) {
        // most fragments have the style of the one before
        if (fragments > 0 && styles.get(style[fragments - 1] & 0xff).is(face, size, rise)) {
            return style[fragments - 1];
        }
        Style s = new Style(face, size, rise);
        int i = styles.indexOf(s);
        if (i < 0) {
            if (styles.size() == 256) {
                throw new IllegalStateException("more than 256 styles in one block");
            }
            styles.add(s);
            i = styles.size() - 1;
        }
        return (byte) i;
    }

    /** Whether fragments were added since the last word ended. */
    boolean wordOpen() {
        return fragments > (words == 0 ? 0 : fragmentEnd[words - 1]);
    }

    /** Ends the word being built: its width is the sum of its fragments', its space none when glued. */
    void endWord(float space, boolean breakAfter, boolean glued) {
        if (words == fragmentEnd.length) {
            int n = grow(words);
            fragmentEnd = Arrays.copyOf(fragmentEnd, n);
            width = Arrays.copyOf(width, n);
            spaceWidth = Arrays.copyOf(spaceWidth, n);
            flags = Arrays.copyOf(flags, n);
        }
        float w = 0;
        for (int f = firstFragment(words); f < fragments; f++) {
            w += fragmentWidth[f];
        }
        fragmentEnd[words] = fragments;
        width[words] = w;
        spaceWidth[words] = glued ? 0 : space;
        flags[words] = (byte) ((breakAfter ? BREAK_AFTER : 0) | (glued ? GLUED : 0));
        words++;
    }

    /** Appends a whole word. */
    void append(Word w) {
        for (Fragment f : w.fragments()) {
            addFragment(f.text(), 0, f.text().length(), f.face(), f.size(), f.rise(), f.tag(), f.actualText(), f.width());
        }
        endWord(w.spaceWidth(), w.breakAfter(), w.glued());
    }

    /** A line must end after the last word (a line break with no word after it). */
    void breakAfterLast() {
        flags[words - 1] |= BREAK_AFTER;
    }

    private static int grow(int n) {
        return n + Math.max(16, n >> 1);
    }

    // ---- reading

    @Override
    public int size() {
        return words;
    }

    /** A new Word for word {@code i}, its fragments made from the arrays. */
    @Override
    public Word get(int i) {
        List<Fragment> frags = new ArrayList<>(fragmentEnd(i) - firstFragment(i));
        for (int f = firstFragment(i); f < fragmentEnd(i); f++) {
            frags.add(fragment(f));
        }
        return new Word(frags, width[i], spaceWidth[i], breakAfter(i), glued(i));
    }

    @Override
    public float width(int i) {
        return width[i];
    }

    @Override
    public float spaceWidth(int i) {
        return spaceWidth[i];
    }

    @Override
    public boolean breakAfter(int i) {
        return (flags[i] & BREAK_AFTER) != 0;
    }

    boolean glued(int i) {
        return (flags[i] & GLUED) != 0;
    }

    int firstFragment(int i) {
        return i == 0 ? 0 : fragmentEnd[i - 1];
    }

    int fragmentEnd(int i) {
        return fragmentEnd[i];
    }

    Fragment fragment(int f) {
        Style s = styles.get(style[f] & 0xff);
        return new Fragment(text(f), s.face(), s.size(), s.rise(), tag(f), actualTexts.get(f), fragmentWidth[f]);
    }

    private String text(int f) {
        return drawn.substring(textStart(f), textEnd[f]);
    }

    private int textStart(int f) {
        return f == 0 ? 0 : textEnd[f - 1];
    }

    private InlineTag tag(int f) {
        return tag == null ? null : tag[f];
    }

    /** These words with every fragment belonging to {@code t} (a note's back link). */
    Words tagged(InlineTag t) {
        Words out = new Words(drawn.length());
        for (int i = 0; i < words; i++) {
            for (int f = firstFragment(i); f < fragmentEnd(i); f++) {
                Style s = styles.get(style[f] & 0xff);
                out.addFragment(drawn, textStart(f), textEnd[f], s.face(), s.size(), s.rise(), t, actualTexts.get(f),
                        fragmentWidth[f]);
            }
            out.endWord(spaceWidth[i], breakAfter(i), glued(i));
        }
        return out;
    }
}
