package org.lector.speech;

import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Clock times. "10:30" → "ten thirty", "9:05" → "nine oh five", "14:00" → "fourteen hundred"
 * (the 24-hour clock is said in hundreds), "10:00" → "ten o'clock", "3 pm" / "3 p.m." → "three
 * p m" (letters, which every engine says right). A full stop that ends "p.m." at the end of a
 * sentence is kept as the sentence's full stop.
 */
final class TimeSpeech {
    /** "am", "a.m." and the "a m" that the abbreviation rules make of "a.m." before numbers are read. */
    private static final String SUFFIX = "(?:[ \\u00A0]|&nbsp;)?([aApP])(?:\\.|(?<=[ap]) (?=m))?+[mM](\\.?+)(?![\\p{L}\\p{N}])";

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{L}\\p{N}.:,])(\\d{1,2}+):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:]|[.,]\\d)(?:" + SUFFIX + ")?");
    private static final Pattern HOUR = Pattern.compile(
            "(?<![\\p{L}\\p{N}.:,])(\\d{1,2}+)" + SUFFIX);

    /** Time zones said by name after a time ("9:32 a.m. EDT"); UTC and GMT are said as letters, as people do. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("EDT", "Eastern Daylight Time"), Map.entry("EST", "Eastern Standard Time"),
            Map.entry("CDT", "Central Daylight Time"), Map.entry("CST", "Central Standard Time"),
            Map.entry("MDT", "Mountain Daylight Time"), Map.entry("MST", "Mountain Standard Time"),
            Map.entry("PDT", "Pacific Daylight Time"), Map.entry("PST", "Pacific Standard Time"),
            Map.entry("AKDT", "Alaska Daylight Time"), Map.entry("AKST", "Alaska Standard Time"),
            Map.entry("HST", "Hawaii Standard Time"), Map.entry("BST", "British Summer Time"),
            Map.entry("CET", "Central European Time"), Map.entry("CEST", "Central European Summer Time"),
            Map.entry("EET", "Eastern European Time"), Map.entry("EEST", "Eastern European Summer Time"),
            Map.entry("JST", "Japan Standard Time"), Map.entry("KST", "Korea Standard Time"),
            Map.entry("AEST", "Australian Eastern Standard Time"), Map.entry("AEDT", "Australian Eastern Daylight Time"),
            Map.entry("AWST", "Australian Western Standard Time"), Map.entry("NZST", "New Zealand Standard Time"),
            Map.entry("NZDT", "New Zealand Daylight Time"), Map.entry("IST", "Indian Standard Time"));

    /** A zone right after a time's digits or its "a.m."/"a m": "13:32 EDT", "9 a.m. (EST)". */
    private static final Pattern ZONE = Pattern.compile(
            "(?<=[0-9][ \\u00A0]?+\\(?+|[aApP]\\.?+[mM]\\.?+[ \\u00A0]\\(?+|[ap] m[ \\u00A0]\\(?+)("
                    + String.join("|", ZONES.keySet()) + ")(?![\\p{L}\\p{N}])");

    private TimeSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        String zoned = Rewriter.replace(ZONE, text, m -> ZONES.get(m.group(1)));
        String out = zoned.indexOf(':') < 0 ? zoned : Rewriter.replace(CLOCK, zoned, m -> clock(m, zoned, variety));
        return Rewriter.replace(HOUR, out, m -> hour(m, out, variety));
    }

    /** Whether {@code word} is a time zone Lector reads by name (for the full stop after "a.m."). */
    static boolean isZone(String word) {
        return ZONES.containsKey(word) || word.equals("UTC") || word.equals("GMT");
    }

    private static String clock(MatchResult m, String text, EnglishVariety variety) {
        String h = m.group(1);
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m.group(2));
        boolean meridiem = m.start(4) >= 0;
        if (hour > 23 || (meridiem && (hour > 12 || hour == 0))) {
            return m.group();
        }
        StringBuilder out = new StringBuilder();
        if (m.start(3) >= 0) {
            return withSeconds(hour, minute, Integer.parseInt(m.group(3)), variety)
                    + (meridiem ? meridiem(m, text, 4, 5) : "");
        }
        out.append(h.length() == 2 && h.charAt(0) == '0' ? "oh " + NumberWords.digit(h.charAt(1)) : NumberWords.cardinal(hour, variety));
        if (minute == 0) {
            if (!meridiem) {
                // 24-hour clock times and zero-padded hours are "hundred"; "10:00" is "ten o'clock"
                out.append(hour > 12 || h.charAt(0) == '0' ? " hundred" : " o'clock");
            }
        } else {
            out.append(' ').append(minutes(minute, variety));
        }
        if (m.start(3) >= 0) {
            out.append(' ').append(minutes(Integer.parseInt(m.group(3)), variety));
        }
        if (meridiem) {
            out.append(meridiem(m, text, 4, 5));
        }
        return out.toString();
    }

    /**
     * "13:32:00" → "thirteen thirty-two and zero seconds", "04:55:42" → "four fifty-five and
     * forty-two seconds": the hour as a number (no "oh"), the minutes as on a clock, the seconds
     * counted, joined by "and" so the listener hears where the clock reading stops.
     */
    private static String withSeconds(int hour, int minute, int second, EnglishVariety variety) {
        String hm = NumberWords.cardinal(hour, variety) + " "
                + (minute == 0 ? "hundred" : minutes(minute, variety));
        if (second == 0) {
            return hm; // "9:32:00" is a time to the minute: "and zero seconds" says nothing
        }
        return hm + " and " + NumberWords.cardinal(second, variety) + (second == 1 ? " second" : " seconds");
    }

    private static String hour(MatchResult m, String text, EnglishVariety variety) {
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return m.group();
        }
        return NumberWords.cardinal(hour, variety) + meridiem(m, text, 2, 3);
    }

    private static String minutes(int minute, EnglishVariety variety) {
        return minute < 10 ? "oh " + NumberWords.cardinal(minute, variety) : NumberWords.cardinal(minute, variety);
    }

    /** " a m" / " p m", plus the sentence's full stop when "p.m." ended it. */
    private static String meridiem(MatchResult m, String text, int letterGroup, int dotGroup) {
        String letter = m.group(letterGroup).toLowerCase(Locale.ROOT);
        boolean stop = !m.group(dotGroup).isEmpty() && endsSentence(text, m.end());
        return " " + letter + " m" + (stop ? "." : "");
    }

    /**
     * The end of the text, or a space and then a capital: the dot also closed the sentence; but a
     * time zone after it ("9 a.m. EDT", already "Eastern Daylight Time") goes on with the time.
     */
    private static boolean endsSentence(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end)) || end + 1 >= text.length()
                || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int next = text.charAt(end + 1) == '(' ? end + 2 : end + 1;
        for (String zone : ZONES.values()) {
            if (text.startsWith(zone, next)) {
                return false;
            }
        }
        return !isZone(Abbreviations.nextWord(text, next));
    }
}
