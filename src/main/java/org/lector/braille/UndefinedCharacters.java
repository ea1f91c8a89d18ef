package org.lector.braille;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Print that the braille tables cannot translate, replaced before translation so it never reaches
 * the page as liblouis's escape ('\x0627', which needs 8-dot cells no BRF file can hold). A
 * letter whose accents the tables lack loses them (ḥ → h, as transliterations are often brailled);
 * any other word holding such a character is replaced whole by a label naming its script
 * ("[Arabic]", "[IPA]", "[symbol]"), keeping the punctuation around it, and neighbouring words of
 * the same script share one label. Everything replaced is counted, so the backend can warn.
 */
final class UndefinedCharacters {
    private final IntPredicate defined;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final Map<String, Integer> replaced = new TreeMap<>();
    private int accentsDropped;

    /** @param defined whether the tables translate a code point (probed once per code point) */
    UndefinedCharacters(IntPredicate defined) {
        this.defined = defined;
    }

    PrintText replace(PrintText in) {
        String text = in.text();
        if (text.codePoints().allMatch(this::isDefined)) {
            return in;
        }
        PrintText.Builder out = new PrintText.Builder();
        String lastLabel = null;
        int lastLabelEnd = -1;
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                out.append(String.valueOf(text.charAt(i)), in.styleBitsAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = reduceAccents(text.substring(i, end));
            if (word.codePoints().allMatch(this::isDefined)) {
                out.append(word, in.styleBitsAt(i));
                if (word.length() == end - i) {
                    // unchanged: keep each character's own style
                    copyStyles(out, in, i, end);
                }
            } else {
                int lead = 0;
                while (lead < word.length() && isOuterPunctuation(word.codePointAt(lead))) {
                    lead += Character.charCount(word.codePointAt(lead));
                }
                int trail = word.length();
                while (trail > lead && isOuterPunctuation(word.codePointBefore(trail))) {
                    trail -= Character.charCount(word.codePointBefore(trail));
                }
                String middle = word.substring(lead, trail);
                String label = "[" + label(middle) + "]";
                replaced.merge(label, middle.codePointCount(0, middle.length()), Integer::sum);
                int style = in.styleBitsAt(i);
                boolean continues = lead == 0 && label.equals(lastLabel) && out.length() >= lastLabelEnd
                        && isBlank(out, lastLabelEnd);
                if (continues) {
                    out.truncate(lastLabelEnd);
                } else {
                    out.append(word.substring(0, lead), style);
                    out.append(label, style);
                }
                lastLabel = label;
                lastLabelEnd = out.length();
                out.append(word.substring(trail), style);
                if (trail < word.length()) {
                    lastLabel = null;
                }
            }
            i = end;
        }
        return out.build();
    }

    private static void copyStyles(PrintText.Builder out, PrintText in, int from, int to) {
        int at = out.length() - (to - from);
        for (int k = from; k < to; k++) {
            out.setStyleBits(at + k - from, in.styleBitsAt(k));
        }
    }

    private static boolean isBlank(PrintText.Builder out, int from) {
        for (int k = from; k < out.length(); k++) {
            if (!Character.isWhitespace(out.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Letters the tables lack, written without their accents when the bare letters are known. */
    private String reduceAccents(String word) {
        StringBuilder sb = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (isDefined(cp)) {
                sb.appendCodePoint(cp);
                return;
            }
            String bare = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            if (!bare.isEmpty() && bare.codePoints().allMatch(c -> c < 0x80 && isDefined(c))) {
                sb.append(bare);
                accentsDropped++;
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK && sb.length() > 0 && isDefined(sb.codePointBefore(sb.length()))) {
                accentsDropped++; // a combining accent on a known letter
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private boolean isOuterPunctuation(int cp) {
        int type = Character.getType(cp);
        boolean punctuation = type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
        return punctuation && isDefined(cp);
    }

    private boolean isDefined(int cp) {
        if (Character.isSupplementaryCodePoint(cp)) {
            return false; // liblouis takes one typeform per UTF-16 unit; keep pairs out of its way
        }
        return known.computeIfAbsent(cp, defined::test);
    }

    /** A reader's name for what a word holds: its script, or IPA, or "symbol". */
    static String label(String word) {
        int cp = word.isEmpty() ? ' ' : firstLetterOrFirst(word);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == Character.UnicodeBlock.IPA_EXTENSIONS || block == Character.UnicodeBlock.SPACING_MODIFIER_LETTERS
                || block == Character.UnicodeBlock.PHONETIC_EXTENSIONS) {
            return "IPA";
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case COMMON, INHERITED, UNKNOWN -> "symbol";
            case HAN -> "Chinese";
            case HIRAGANA, KATAKANA -> "Japanese";
            case LATIN -> "letter";
            default -> {
                String name = script.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        };
    }

    private static int firstLetterOrFirst(String word) {
        return word.codePoints().filter(c -> Character.isLetter(c) && c >= 0x80).findFirst()
                .orElse(word.codePoints().filter(c -> c >= 0x80).findFirst().orElse(word.codePointAt(0)));
    }

    /** What was replaced, by label, in characters. */
    Map<String, Integer> replaced() {
        return replaced;
    }

    int accentsDropped() {
        return accentsDropped;
    }
}
