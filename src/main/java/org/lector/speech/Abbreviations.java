package org.lector.speech;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the abbreviations of running English prose into the words a listener hears
 * ("pp. 542" → "pages 542", "St. Petersburg" → "Saint Petersburg"), because TTS engines read them
 * letter by letter or as other words (FreeTTS: "pp." → "p p", "No." → "no").
 *
 * <p>One precompiled pattern finds every candidate in a single left-to-right pass; each candidate
 * is then judged by looking at no more than the neighbouring word on either side, so the cost is
 * linear in the length of the text. Candidates whose context does not fit ("no." not before a
 * number, a bare "ed.") are left as they were: a wrong expansion is worse than none.
 *
 * <p>The abbreviation's own full stop often doubles as the end of the sentence ("…in the U.S.");
 * when the context says the sentence ends there, the expansion keeps a full stop.
 */
final class Abbreviations {

    /** Any letter or digit: what may not touch an abbreviation on the left. */
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}.])";
    private static final String SPACE = "[ \\t\\u00A0\\u202F]";

    // Longer alternatives first so that "p.m." is not taken for "p." and "Mrs." not for "Mr.".
    private static final Pattern CANDIDATE = Pattern.compile(NOT_AFTER_WORD + "(?:"
            + "(?<ampm>[aApP]\\.[mM]\\.)"
            + "|(?<phd>Ph\\.D\\.)"
            + "|(?<initials>(?:\\p{Lu}\\.){2,}+)"
            + "|(?<eg>[eE]\\.g\\.?+)(?![\\p{L}\\p{N}])"
            + "|(?<ie>[iI]\\.e\\.?+)(?![\\p{L}\\p{N}])"
            + "|(?<etal>et" + SPACE + "++al(?:\\.|(?![\\p{L}\\p{N}])))"
            + "|(?<word>pp|p|Nos|No|nos|no|[Vv]ols|[Vv]ol|[Ee]ds|[Ee]dn|[Ee]d|[Ee]tc|St|Drs|Dr|Mrs|Mr|Ms|Jr|Sr"
            + "|[Vv]s|v|[Aa]pprox|[Ee]st|Rev|c|m|div|[Pp]aras|[Pp]ara|[Pp]ar|[Cc]f|[Pp]ub|Cor|Gen|Matt|Rom|Exod|Lev|Deut"
            + "|Isa|Jer|Gal|Eph|Phil|Heb|Prov|fl|b|d|r|" + Titles.ALTERNATIVES + ")(?:(?<dot>\\.)|(?![\\p{L}\\p{N}]))"
            + ")");

    /** A number after No./p./pp. */
    private static final Pattern NUMBER_AHEAD = Pattern.compile(SPACE + "*+(?:\\p{N}|[IVXLC]++(?![\\p{L}])|of(?![\\p{L}]))");
    /** A number or a lower-case roman page number ("p. xii") after p./pp. */
    private static final Pattern PAGE_AHEAD = Pattern.compile(SPACE + "*+(?:\\p{N}|[ivxlc]++(?![\\p{L}])|[IVXLC]{2,}+(?![\\p{L}]))");
    /** Words before "ed." that make it an edition: "2nd ed.", "second ed.", "revised ed." */
    private static final Pattern EDITION_WORD = Pattern.compile("\\d++(?:st|nd|rd|th)|(?:\\p{L}++-)?+(?:first|second"
            + "|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\p{L}{1,12}+teenth"
            + "|\\p{L}{1,12}+ieth|revised|new|enlarged|expanded|abridged|illustrated|international|paperback"
            + "|facsimile|critical|annotated|online|reprint|updated)");

    /** A year or other number after "est.", "m.", "pub.". */
    private static final Pattern DIGIT_AHEAD = Pattern.compile(SPACE + "*+\\p{N}");
    /** A chapter and verse after a book of the Bible: "Cor. 13:4". */
    private static final Pattern VERSE_AHEAD = Pattern.compile(SPACE + "*+\\p{N}++:\\p{N}");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /**
     * Capitalised words that begin sentences and never follow "U.S." or "Baker St." inside one: when
     * one of them comes next, the abbreviation's dot ends the sentence.
     */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
            "This", "That", "These", "Those", "There", "In", "On", "At", "By", "For", "From", "After",
            "Before", "During", "When", "While", "Although", "Though", "But", "And", "However", "As",
            "If", "Since", "Then", "Thus", "Later", "Meanwhile", "Many", "Most", "Some", "Such",
            "Other", "Both", "Each", "All", "One", "Two", "Three", "No", "Not", "Under", "Over",
            "According", "Despite", "With", "Without", "Among", "Between", "Following", "Also", "Of",
            "To", "Because", "Instead", "Yet", "So", "Once", "Until", "Today", "Here", "What", "Who");

    private Abbreviations() {
    }

    static String expand(String text) {
        return Rewriter.replaceOrKeep(CANDIDATE, text, m -> spoken(m, text));
    }

    /** The words for one candidate, or null to leave it as it stands. */
    private static String spoken(Matcher m, String text) {
        int end = m.end();
        if (m.group("ampm") != null) {
            String ampm = Character.toLowerCase(m.group("ampm").charAt(0)) + " m";
            // "9:32 a.m. EDT": a time zone goes on with the time, it starts no sentence
            return TimeSpeech.isZone(nextWord(text, end)) ? ampm : withStop(ampm, text, end, true);
        }
        if (m.group("phd") != null) {
            return withStop("P h D", text, end, false);
        }
        if (m.group("initials") != null) {
            String letters = m.group("initials").replace(".", " ").trim();
            return withStop(letters, text, end, false);
        }
        if (m.group("eg") != null) {
            return capitalLike(m.group("eg"), "for example");
        }
        if (m.group("ie") != null) {
            return capitalLike(m.group("ie"), "that is");
        }
        if (m.group("etal") != null) {
            return m.group("etal").endsWith(".") ? withStop("and others", text, end, true) : "and others";
        }
        return word(m.group("word"), m.group("dot") != null, text, m.start(), end);
    }

    private static String word(String abbr, boolean dot, String text, int start, int end) {
        String lower = abbr.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "p", "pp" -> {
                // "493 pp" (a book's length): pages after the number, with or without the dot
                if (abbr.equals("pp") && numberBefore(text, start) && !PAGE_AHEAD.matcher(text).region(end,
                        text.length()).lookingAt()) {
                    return withStop("pages", text, end, false);
                }
                // Only a page when a page number follows: "p." is also an initial.
                if (!dot || !PAGE_AHEAD.matcher(text).region(end, text.length()).lookingAt()) {
                    return null;
                }
                return abbr.equals("p") ? "page" : "pages";
            }
            case "no", "nos" -> {
                // "no." is also the word "no" at the end of a sentence: a number must follow.
                if (!dot || !NUMBER_AHEAD.matcher(text).region(end, text.length()).lookingAt()) {
                    return null;
                }
                return capitalLike(abbr, lower.equals("no") ? "number" : "numbers");
            }
            case "vol", "vols" -> {
                return dot ? capitalLike(abbr, lower.equals("vol") ? "volume" : "volumes") : null;
            }
            case "eds" -> {
                return dot || isParenthesised(text, start, end) ? capitalLike(abbr, "editors") : null;
            }
            case "edn" -> {
                return dot ? capitalLike(abbr, "edition") : null;
            }
            case "ed" -> {
                return editor(abbr, dot, text, start, end);
            }
            case "etc" -> {
                return dot ? withStop(capitalLike(abbr, "et cetera"), text, end, true) : null;
            }
            case "approx" -> {
                return dot ? capitalLike(abbr, "approximately") : null;
            }
            case "est" -> {
                return estimated(abbr, dot, text, start, end);
            }
            case "par", "para", "paras" -> {
                if (!dot || !NUMBER_AHEAD.matcher(text).region(end, text.length()).lookingAt()) {
                    return null;
                }
                return capitalLike(abbr, lower.equals("paras") ? "paragraphs" : "paragraph");
            }
            case "cf" -> {
                return dot ? capitalLike(abbr, "compare") : null;
            }
            case "pub" -> {
                // "pub." is also the word pub ending a sentence: a year or "by" must follow
                String next = nextWord(text, end);
                return dot && (DIGIT_AHEAD.matcher(text).region(end, text.length()).lookingAt()
                        || next.equals("by") || next.equals("in")) ? capitalLike(abbr, "published") : null;
            }
            case "vs" -> {
                return "versus";
            }
            case "v" -> {
                // "Roe v. Wade": only between two capitalised names, else it is an initial or a letter.
                return abbr.equals("v") && dot && capitalisedBefore(text, start) && capitalisedAfter(text, end)
                        ? "versus" : null;
            }
            default -> {
                return titleOrPlace(abbr, dot, text, start, end);
            }
        }
    }

    /**
     * "est." after a number ("5,000 (2024 est.)") is an estimate; before a year or "in" ("est. 1920",
     * "est. in 1920") a founding.
     */
    private static String estimated(String abbr, boolean dot, String text, int start, int end) {
        if (!dot) {
            return null;
        }
        String next = nextWord(text, end);
        if (!numberBefore(text, start) && (DIGIT_AHEAD.matcher(text).region(end, text.length()).lookingAt()
                || next.equals("in"))) {
            return capitalLike(abbr, "established");
        }
        if (numberBefore(text, start) || (end < text.length() && text.charAt(end) == ')')) {
            return withStop(capitalLike(abbr, "estimated"), text, end, false);
        }
        return null;
    }

    /** A number (digits) just before, spaces and an opening bracket aside: "493 pp", "(2024 est.)". */
    private static boolean numberBefore(String text, int to) {
        int i = to;
        while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
            i--;
        }
        return i < to && i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /**
     * "(m. 1992)", "(m. October 1992; div. 2001)": first in brackets or after a semicolon, before a
     * year or a month.
     */
    private static boolean datedInBrackets(String text, int start, int end) {
        boolean first = start > 0 && text.charAt(start - 1) == '('
                || start > 1 && text.charAt(start - 2) == ';' && text.charAt(start - 1) == ' ';
        return first && (DIGIT_AHEAD.matcher(text).region(end, text.length()).lookingAt()
                || MONTHS.contains(nextWord(text, end)));
    }

    /** "2nd ed." is an edition, "(ed.)", "ed. by" and ", ed." an editor's work; otherwise an edition. */
    private static String editor(String abbr, boolean dot, String text, int start, int end) {
        if (!dot) {
            return null;
        }
        if (isParenthesised(text, start, end)) {
            return capitalLike(abbr, "editor");
        }
        if (nextWord(text, end).equals("by")) {
            return capitalLike(abbr, "edited");
        }
        if (EDITION_WORD.matcher(wordBefore(text, start).toLowerCase(Locale.ROOT)).matches()) {
            return withStop(capitalLike(abbr, "edition"), text, end, false);
        }
        // in a reference: "Garner, Robert, ed." names an editor; "(hardcover 312 pp ed.)" an edition
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && text.charAt(before) == ',') {
            return withStop(capitalLike(abbr, "editor"), text, end, false);
        }
        // a capital "Ed." mid-phrase may be Education ("Dept. of Ed."): left as written
        return abbr.equals("ed") ? withStop("edition", text, end, false) : null;
    }

    private static String titleOrPlace(String abbr, boolean dot, String text, int start, int end) {
        boolean nameAfter = capitalisedAfter(text, end) && !SENTENCE_STARTERS.contains(nextWord(text, end));
        boolean nameBefore = capitalisedBefore(text, start);
        switch (abbr) {
            case "St" -> {
                if (nameAfter) {
                    return "Saint";
                }
                // "John, St." in an inverted index entry is Saint John
                int before = start - 1;
                while (before >= 0 && text.charAt(before) == ' ') {
                    before--;
                }
                if (dot && before >= 0 && text.charAt(before) == ',') {
                    return withStop("Saint", text, end, true);
                }
                // "Baker St." and "Baker St, London": a street after the name it belongs to.
                return nameBefore ? withStop("Street", text, end, dot) : null;
            }
            case "Dr" -> {
                if (nameAfter) {
                    return "Doctor";
                }
                if (nameBefore && dot) {
                    return withStop("Drive", text, end, true);
                }
                return dot ? "Doctor" : null;
            }
            case "Drs" -> {
                return dot || nameAfter ? "Doctors" : null;
            }
            case "Mr", "Mrs", "Ms" -> {
                // Without a dot (British style) only before a name: "Ms" alone is also a manuscript.
                if (!dot && !nameAfter) {
                    return null;
                }
                return switch (abbr) {
                    case "Mr" -> "Mister";
                    case "Mrs" -> "Missus";
                    default -> "Miz";
                };
            }
            case "Rev" -> {
                if (dot && VERSE_AHEAD.matcher(text).region(end, text.length()).lookingAt()) {
                    return "Revelation";
                }
                return dot && nameAfter ? "Reverend" : null;
            }
            case "Gen" -> {
                if (dot && VERSE_AHEAD.matcher(text).region(end, text.length()).lookingAt()) {
                    return "Genesis";
                }
                return dot && nameAfter ? "General" : null;
            }
            case "Rep" -> {
                // "Florida Rep. Alan Grayson" a representative; "Czech Rep." a republic
                String title = Titles.spoken(abbr, dot, nameAfter, nextWord(text, end));
                return title != null || !dot || !nameBefore ? title : withStop("Republic", text, end, true);
            }
            case "Cor", "Matt", "Rom", "Exod", "Lev", "Deut", "Isa", "Jer", "Gal", "Eph", "Phil", "Heb", "Prov" -> {
                // a book of the Bible only before chapter and verse: "1 Cor. 13:4"
                if (!dot || !VERSE_AHEAD.matcher(text).region(end, text.length()).lookingAt()) {
                    return null;
                }
                return switch (abbr) {
                    case "Cor" -> "Corinthians";
                    case "Matt" -> "Matthew";
                    case "Rom" -> "Romans";
                    case "Exod" -> "Exodus";
                    case "Lev" -> "Leviticus";
                    case "Deut" -> "Deuteronomy";
                    case "Isa" -> "Isaiah";
                    case "Jer" -> "Jeremiah";
                    case "Gal" -> "Galatians";
                    case "Eph" -> "Ephesians";
                    case "Phil" -> "Philippians";
                    case "Heb" -> "Hebrews";
                    default -> "Proverbs";
                };
            }
            case "b", "d", "r", "fl" -> {
                return lifeDate(abbr, dot, text, start, end);
            }
            case "c" -> {
                // "c. March 1920": circa before a month ("c. 1920" is number speech's)
                return dot && MONTHS.contains(nextWord(text, end)) ? "circa" : null;
            }
            case "m", "div" -> {
                // "(m. October 1992)", "(div. 2001)": married, divorced
                return dot && datedInBrackets(text, start, end) ? (abbr.equals("m") ? "married" : "divorced") : null;
            }
            case "Jr", "Sr" -> {
                String word = abbr.equals("Jr") ? "Junior" : "Senior";
                if (dot) {
                    return withStop(word, text, end, false);
                }
                return nameBefore || commaNameBefore(text, start) ? word : null;
            }
            default -> {
                return Titles.spoken(abbr, dot, nameAfter, nextWord(text, end));
            }
        }
    }

    /**
     * "(b. 1950)" born, "(d. 1037)" died, "(r. 1520–1566)" reigned, "(fl. 585 BC)" flourished: first
     * in brackets or after a comma or semicolon, before a year, a month, "c." or (born, died) a place.
     * Elsewhere "b." and "d." are initials ("John D. Rockefeller") and are left alone.
     */
    private static String lifeDate(String abbr, boolean dot, String text, int start, int end) {
        if (!dot) {
            return null;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || "(;,[".indexOf(text.charAt(before)) < 0) {
            return null;
        }
        String next = nextWord(text, end);
        boolean dated = DIGIT_AHEAD.matcher(text).region(end, text.length()).lookingAt() || MONTHS.contains(next)
                || next.equals("c") || next.equals("ca") || next.equals("circa") || next.equals("after")
                || next.equals("before") || next.equals("about") || next.equals("in") || next.equals("AD")
                || next.equals("BC") || next.equals("CE") || next.equals("BCE");
        boolean place = (abbr.equals("b") || abbr.equals("d")) && text.charAt(before) == '('
                && capitalisedAfter(text, end);
        if (!dated && !place) {
            return null;
        }
        return switch (abbr) {
            case "b" -> "born";
            case "d" -> "died";
            case "r" -> "reigned";
            default -> "flourished";
        };
    }

    /**
     * Adds back the full stop that the abbreviation's dot stood for when the sentence ends there:
     * at the end of the text or a line, or before a word that starts sentences ("The", "In"), or —
     * for abbreviations that never stand before a name ({@code anyCapital}) — before any capital.
     */
    private static String withStop(String words, String text, int end, boolean anyCapital) {
        if (end == 0 || text.charAt(end - 1) != '.') {
            return words;
        }
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return words + ".";
        }
        if (i == end) {
            return words;
        }
        String next = nextWord(text, end);
        if (next.isEmpty() || !Character.isUpperCase(next.charAt(0))) {
            return words;
        }
        return anyCapital || SENTENCE_STARTERS.contains(next) ? words + "." : words;
    }

    private static String capitalLike(String abbr, String words) {
        return Character.isUpperCase(abbr.charAt(0))
                ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words;
    }

    private static boolean isParenthesised(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
    }

    /** The letters of the word after {@code from} (skipping spaces), or "" when none follows. */
    static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i)) && i - s < 40) {
            i++;
        }
        return text.substring(s, i);
    }

    /** The word (letters, digits, hyphens; at most 40) that ends just before the spaces before {@code to}. */
    private static String wordBefore(String text, int to) {
        int e = to;
        while (e > 0 && Character.isSpaceChar(text.charAt(e - 1))) {
            e--;
        }
        int i = e;
        while (i > 0 && e - i < 40 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return text.substring(i, e);
    }

    /** The word after {@code from} begins with a capital and goes on in lower case: a name. */
    static boolean capitalisedAfter(String text, int from) {
        String w = nextWord(text, from);
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
    }

    /** The word just before {@code to}, with one space between, is capitalised: a name. */
    static boolean capitalisedBefore(String text, int to) {
        if (to == 0 || !Character.isSpaceChar(text.charAt(to - 1))) {
            return false;
        }
        return capitalisedWordEndingAt(text, to - 1);
    }

    private static boolean capitalisedWordEndingAt(String text, int e) {
        int i = e;
        while (i > 0 && Character.isLetter(text.charAt(i - 1)) && e - i < 40) {
            i--;
        }
        return e - i >= 2 && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1));
    }

    /** "King, Jr": a name, a comma, then the suffix. */
    private static boolean commaNameBefore(String text, int to) {
        return to >= 2 && text.charAt(to - 2) == ',' && text.charAt(to - 1) == ' '
                && capitalisedWordEndingAt(text, to - 2);
    }
}
