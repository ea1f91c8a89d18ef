package org.lector.speech;

import java.util.regex.Pattern;

/**
 * A colon between numbers that is not a clock time ({@link TimeSpeech} runs first) is a ratio or
 * a score: "1:1" → "1 to 1", "a 2:1 win" → "2 to 1"; after a capitalised name it is a chapter
 * and verse, said as two numbers like "John 3:16" ("Acts 1:1" → "Acts 1 1"). Only the colon is
 * rewritten.
 */
final class RatioSpeech {
    private static final Pattern COLON = Pattern.compile("(?<=\\d) ?:(?=\\d)");
    /** A book name and chapter just before the colon: "Acts 1", "1 Corinthians 15". */
    private static final Pattern VERSE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?!(?:The|A|An|In|At|On|By|Of|To|From)\\b)\\p{Lu}\\p{Ll}++\\.? \\d{1,3}+$");

    private static final String BOOKS = "Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings"
            + "|Chronicles|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations"
            + "|Ezekiel|Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah"
            + "|Malachi|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Philippians"
            + "|Colossians|Thessalonians|Timothy|Titus|Philemon|Hebrews|James|Peter|Jude|Revelation"
            + "|Quran|Qur'an|Qur’an|Koran|Sura|Surah";
    /** "John 3:34", "1 Corinthians 11:23 to 26" (the range already read), "Quran 4:155 to 160". */
    private static final Pattern VERSE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:([1-3])[ \\u00A0])?(" + BOOKS + ")[ \\u00A0](\\d{1,3}+):(\\d{1,3}+)"
            + "(?:(?: to |[-\\u2010-\\u2015])(\\d{1,3}+))?(?![\\p{N}]|[.,:]\\d)");
    private static final String[] ORDINAL_BOOK = {"", "First", "Second", "Third"};

    private RatioSpeech() {
    }

    /**
     * Chapter and verse after a book of the Bible or the Quran, said as such: "John 3:34" → "John
     * chapter three, verse thirty-four"; "1 Corinthians 11:23–26" → "First Corinthians chapter
     * eleven, verses twenty-three to twenty-six". Runs before clock times, which they look like.
     */
    static String speakVerses(String text, EnglishVariety variety) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        return Rewriter.replace(VERSE, text, m -> {
            StringBuilder out = new StringBuilder();
            if (m.start(1) >= 0) {
                out.append(ORDINAL_BOOK[m.group(1).charAt(0) - '0']).append(' ');
            }
            out.append(m.group(2)).append(" chapter ").append(NumberWords.number(m.group(3), variety));
            if (m.start(5) >= 0) {
                out.append(", verses ").append(NumberWords.number(m.group(4), variety)).append(" to ")
                        .append(NumberWords.number(m.group(5), variety));
            } else {
                out.append(", verse ").append(NumberWords.number(m.group(4), variety));
            }
            return out.toString();
        });
    }

    static String speak(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        return Rewriter.replace(COLON, text, m -> isVerse(text, m.start()) ? " " : " to ");
    }

    private static boolean isVerse(String text, int colon) {
        // only the few characters before the colon matter; bounded so long lines stay linear
        int from = Math.max(0, colon - 24);
        return VERSE_BEFORE.matcher(text).region(from, colon).useTransparentBounds(true).find();
    }
}
