package org.lector.speech;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Roman numerals the way English speakers do: after a ruler's or pope's name as "the" and an
 * ordinal ("Henry VIII" → "Henry the Eighth"), after words that number things as a cardinal
 * ("World War II" → "World War Two", "Chapter IV" → "Chapter Four").
 *
 * <p>Runs before acronyms are spelled, so "VIII" is never read "V I I I". Capital letters that only
 * look like numerals are left alone: a numeral must follow a capitalised word, and after a plain
 * name it must be II to XXXIX written with I, V and X only, so "DC", "MD", "MIX" and "CIVIL" stay,
 * and the pronoun "I" is only a numeral in the counting contexts ("World War I").
 */
public final class RomanNumerals {

    private static final String CARDINAL_WORDS = "World War|Vatican Council|Apollo|Saturn|Titan|Super Bowl|Parts?+"
            + "|Chapters?+|Volumes?+|Act|Title|Article|Class|Type|Phase|Books?+|Section|Stage|Grade|Level|Appendix"
            + "|Plate|Figure|Schedule|[Ss]cene|Codex|Codices|Tome|Canto|Psalm|Symphony|Episode|Tier";

    /**
     * A numeral glued to a designation's letters by a hyphen, with an optional variant letter:
     * the stages "S-IC", "S-II", "S-IVB" ("S one C", "S two", "S four B"). It must hold an I, so
     * letter codes like "DC-X" and "A-V" stay letters, and the letters before the hyphen must not
     * all be numeral letters ("II-I" is no designation).
     */
    private static final Pattern DESIGNATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])((?=[IVXLCDM]{0,2}+[A-Z&&[^IVXLCDM]])\\p{Lu}{1,3}+)-((?=[VX]*+I)[IVX]++)(\\p{Lu})?"
                    + "(?![\\p{L}\\p{N}])");

    /** A numeral with a variant letter after a counting word: "Saturn IB" → "Saturn One B". */
    private static final Pattern LETTERED = Pattern.compile(
            "(?<![\\p{L}])(" + CARDINAL_WORDS + ")[ \\u00A0]([IVX]++)(\\p{Lu})(?![\\p{L}\\p{N}])");

    /**
     * Words that end the titles of works and games, not names: after them II–IV count ("Final
     * Fantasy IV" is four), so they are not read as a person's "the Fourth".
     */
    private static final Set<String> NOT_SURNAMES = Set.of("Fantasy", "Auto", "Wars", "Age", "Empires", "Quest",
            "Kombat", "Fighter", "Civilization", "Legends", "Souls", "Evil", "Mario", "Trek", "Force", "Gear", "Effect",
            "Dead", "Strike", "Hunter", "Kart", "Galaxy", "Party", "Part", "Rocky", "Rambo", "Jaws", "Godfather",
            "Emperor", "Star", "Wing", "Fortress", "Gundam", "Warcraft", "StarCraft", "Diablo", "Doom", "Halo",
            "Tekken", "Crash", "Sonic", "Zelda", "Metroid", "Tetris", "Commander", "Theft", "Kings", "Act");

    /** A run of numeral letters standing alone as a word (a possessive "'s" may follow). */
    private static final Pattern NUMERAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’.-])[IVXLCDM]++(?=['’]s(?![\\p{L}])|(?![\\p{L}\\p{N}]))");

    /** Words after which a numeral counts rather than ranks (matched against the words before it). */
    private static final Pattern CARDINAL_CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:" + CARDINAL_WORDS + ")$");

    /** A range of numerals after a counting word: "Volume I–IV", "Books I-II-III". */
    private static final Pattern CARDINAL_RANGE = Pattern.compile(
            "(?<![\\p{L}])(" + CARDINAL_WORDS + ")[ \\u00A0]([IVXLCDM]++(?:[-–][IVXLCDM]++)++)(?![\\p{L}\\p{N}'’-])");

    /** Page numbers of a preface, only after "page"/"pages": "pages xiii–xvii", "pages XIII–XIV". */
    private static final Pattern PAGES = Pattern.compile(
            "(?<![\\p{L}])([Pp]ages?+ )([ivxlc]++(?:[-–][ivxlc]++)?+|[IVXLC]{2,}+(?:[-–][IVXLC]++)?+)(?![\\p{L}\\p{N}'’-])");

    /** A journal's volume in Roman numerals before its issue, in a reference: "Illinois Issues. XIV (8): 40". */
    private static final Pattern VOLUME = Pattern.compile(
            "(?<=[.,] )([IVXLC]{2,}+)(?= \\(\\d)");

    /** An oxidation state glued to its element: "iron(III)". */
    private static final Pattern OXIDATION = Pattern.compile("(?<=\\p{Ll})\\(([IVX]++)\\)");

    /**
     * Given names of monarchs, popes and pharaohs (the last word of a double name: "Victor
     * Emmanuel", "Juan Carlos", "John Paul"): only after one is a numeral a regnal number.
     */
    private static final Set<String> REGNAL = Set.copyOf(List.of(
            "Henry", "Elizabeth", "Louis", "George", "Edward", "William", "Charles", "James", "Richard", "John",
            "Paul", "Pius", "Leo", "Benedict", "Gregory", "Napoleon", "Nicholas", "Alexander", "Peter",
            "Catherine", "Frederick", "Philip", "Ferdinand", "Emmanuel", "Emanuele", "Leopold", "Albert",
            "Baudouin", "Wilhelm", "Ivan", "Mary", "Anne", "Victoria", "Isabella", "Isabel", "Alfonso", "Carlos",
            "Felipe", "Umberto", "Constantine", "Justinian", "Ramesses", "Ramses", "Ptolemy", "Mehmed", "Mehmet",
            "Suleiman", "Selim", "Murad", "Bayezid", "Osman", "Mahmud", "Abdulhamid", "Haakon", "Olav", "Olaf",
            "Harald", "Gustav", "Gustavus", "Gustaf", "Christian", "Frederik", "Margrethe", "Pedro", "Manuel",
            "Otto", "Rudolf", "Rudolph", "Joseph", "Innocent", "Urban", "Clement", "Boniface", "Sixtus",
            "Julius", "Basil", "Stephen", "Casimir", "Sigismund", "Thutmose", "Amenhotep", "Xerxes", "Darius",
            "Cyrus", "Herod", "Willem", "Carl", "Rama", "Artaxerxes", "Antiochus", "Seleucus", "Mithridates",
            "Tiglath", "Shalmaneser", "Nebuchadnezzar", "Sargon", "Senusret", "Seti", "Psamtik", "Nectanebo",
            "Alexios", "Alexius", "Michael", "Leo", "Romanos", "Andronikos", "Manuel", "Theodosius",
            "Valentinian", "Constantius", "Theodore", "Vasili", "Vasily", "Dmitri", "Fyodor", "Feodor",
            "Boris", "Anna", "Elisabeth", "Maria", "Margaret", "Matilda", "Eleanor", "Edmund", "Harold",
            "Canute", "Cnut", "Duncan", "Kenneth", "Donald", "Robert", "David", "Alexandra",
            "Juan", "Jaime", "Sancho", "Garcia", "Enrique", "Afonso", "Sebastian", "Joao", "João", "Miguel",
            "Luis", "Ludwig", "Friedrich", "Maximilian", "Karl", "Franz", "Josef", "Sigismund", "Wenceslaus",
            "Ottokar", "Vladislaus", "Bela", "Béla", "Ladislaus", "Andrew", "Matthias", "Bolesław", "Boleslaw",
            "Mieszko", "Władysław", "Wladyslaw", "Augustus", "Augustine", "Eric", "Erik", "Magnus", "Valdemar",
            "Waldemar", "Olof", "Oscar", "Sverre", "Hakon", "Christina", "Ulrika", "Adolf", "Eugene", "Honorius",
            "Celestine", "Alexander", "Adrian", "Hadrian", "Marcellus", "Felix", "Sergius", "Anastasius",
            "Callixtus", "Calixtus", "Nicholas", "Martin", "Eugenius", "Lucius", "Victor", "Sylvester",
            "Silvester", "Damasus", "Pelagius", "Agapetus", "Gelasius", "Hormisdas", "Vigilius", "Zosimus",
            "Sixtus", "Anacletus", "Urban", "Lothair", "Conrad", "Arnulf", "Pepin", "Childeric", "Clovis",
            "Dagobert", "Chlothar", "Theuderic", "Sigebert", "Baldwin", "Amalric", "Bohemond", "Raymond",
            "Tancred", "Roger", "Humbert", "Amadeus", "Amedeo", "Vittorio", "Charlemagne", "Rainier", "Hans",
            "Farouk", "Fuad", "Faisal", "Hussein", "Abdullah", "Mohammed", "Muhammad", "Hassan", "Pahlavi",
            "Tewodros", "Menelik", "Yohannes", "Kamehameha", "Norodom", "Sisowath", "Mindaugas", "Gediminas",
            "Tvrtko", "Stefan", "Dušan", "Milutin", "Simeon", "Kaloyan", "Ashot", "Tigranes", "Artashes",
            "Bagrat", "Tamar", "Vakhtang", "Erekle", "Heraclius", "Tiberius", "Justin", "Zeno", "Leontios",
            "Rama", "Bhumibol", "Ahmose", "Sesostris", "Amenemhat", "Mentuhotep",
            "Rodrigo", "Ordoño", "Ordono", "Bermudo", "Ramiro", "Fernando", "Alfons", "Jean",
            "Jan", "Johann", "Johannes", "Guillaume", "Henri", "Philippe", "Charles", "Francis", "Francesco",
            "Francois", "François", "Umberto"));

    /** After a regnal name the pronoun "I" is a numeral only before these words or no word at all. */
    private static final Set<String> AFTER_FIRST = Set.of("of", "and", "or", "was", "had", "became", "died",
            "reigned", "ruled", "married", "succeeded", "is");

    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
            "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy",
            "Eighty", "Ninety"};
    private static final String[] ORDINAL_ONES = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth",
            "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"};
    private static final String[] ORDINAL_TENS = {"", "", "Twentieth", "Thirtieth"};

    private RomanNumerals() {
    }

    /**
     * The numerals that number speech would otherwise break apart, read before it runs: ranges
     * after a counting word ("Volume I–IV" → "Volume one to four", "Books I-II-III" → "Books one,
     * two and three") and lower-case page numbers ("pages xiii–xvii" → "pages thirteen to
     * seventeen", also in capitals, "pages XIII–XIV"), and a journal's volume before its issue
     * ("Illinois Issues. XIV (8)" → "fourteen (8)").
     */
    public static String ranges(String text) {
        if (text.indexOf('I') < 0 && text.indexOf('V') < 0 && text.indexOf('X') < 0 && text.indexOf('L') < 0
                && text.indexOf('C') < 0 && text.indexOf('D') < 0 && text.indexOf('M') < 0 && text.indexOf("age") < 0) {
            return text;
        }
        String s = replace(text, CARDINAL_RANGE, m -> {
            String words = rangeWords(m.group(2).split("[-–]"), m.group(2).indexOf('–') >= 0);
            return words == null ? null : m.group(1) + " " + words;
        });
        s = replace(s, PAGES, m -> {
            String words = rangeWords(m.group(2).toUpperCase(Locale.ROOT).split("[-–]"), true);
            return words == null ? null : m.group(1) + words;
        });
        return replace(s, VOLUME, m -> {
            int v = value(m.group(1));
            return v > 0 ? cardinal(v).toLowerCase(Locale.ROOT) : null;
        });
    }

    /** "one to four" (a span), "four and five", "one, two and three"; null if any part is no numeral. */
    private static String rangeWords(String[] parts, boolean span) {
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = value(parts[i]);
            if (values[i] <= 0) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                boolean last = i == values.length - 1;
                if (values.length == 2) {
                    sb.append(span || values[1] != values[0] + 1 ? " to " : " and ");
                } else {
                    sb.append(last ? " and " : ", ");
                }
            }
            sb.append(cardinal(values[i]).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Each match replaced by its words, or kept when {@code words} gives null; one pass. */
    private static String replace(String text, Pattern pattern, Function<Matcher, String> words) {
        return Rewriter.replaceOrKeep(pattern, text, words);
    }


    /** The text with every Roman numeral that follows a name or a counting word read as words. */
    public static String speak(String text) {
        String oxidised = replace(text, OXIDATION, m -> {
            int v = value(m.group(1));
            return v > 0 && v <= 9 ? " " + cardinal(v).toLowerCase(Locale.ROOT) : null;
        });
        text = designations(oxidised);
        Matcher m = NUMERAL.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        // the kind of the last numeral read ('c' cardinal, 'r' regnal) and where it ended, so that
        // "Codices IX and X" and "Henry VII and VIII" read the second numeral the same way
        char lastKind = 0;
        int lastEnd = -1;
        while (m.find()) {
            String spoken = spoken(text, m.start(), m.group());
            if (spoken == null && lastKind != 0) {
                String between = text.substring(lastEnd, m.start());
                if (between.equals(" and ") || between.equals(" or ") || between.equals(", ")
                        || between.equals(" to ")) {
                    int v = value(m.group());
                    spoken = lastKind == 'c' ? (v > 0 ? cardinal(v) : null)
                            : (v > 0 && v <= 39 && m.group().matches("[IVX]+") ? "the " + ordinal(v) : null);
                }
            }
            if (spoken == null) {
                lastKind = 0;
                continue;
            }
            lastKind = spoken.startsWith("the ") ? 'r' : 'c';
            lastEnd = m.end();
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, m.start()).append(spoken);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** "S-IVB" → "S four B", "Saturn IB" → "Saturn One B": numerals that carry letters of a designation. */
    private static String designations(String text) {
        if (text.indexOf('I') < 0) {
            return text;
        }
        String s = replace(text, DESIGNATION, m -> {
            int v = value(m.group(2));
            return v <= 0 ? null : m.group(1) + " " + cardinal(v).toLowerCase(Locale.ROOT)
                    + (m.start(3) >= 0 ? " " + m.group(3) : "");
        });
        return replace(s, LETTERED, m -> {
            int v = value(m.group(2));
            return v <= 0 ? null : m.group(1) + " " + cardinal(v) + " " + m.group(3);
        });
    }

    private static String spoken(String text, int start, String numeral) {
        // "World War&nbsp;II": a no-break space joins the numeral to its name
        if (start < 3 || !Character.isSpaceChar(text.charAt(start - 1))) {
            return null;
        }
        int value = value(numeral);
        if (value <= 0) {
            return null;
        }
        // At most the three words before the numeral decide: "World War", "Pope John Paul".
        String before = text.substring(Math.max(0, start - 40), start - 1);
        if (CARDINAL_CONTEXT.matcher(before).find()) {
            // "Type C", "Class D", "Section M": a numeral of L, C, D and M alone is a letter, as in "Group C"
            return value < 4000 && numeral.matches(".*[IVX].*") ? cardinal(value) : null;
        }
        // a regnal number only after a ruler's given name: "Saturn V" and "Bell X" are not kings
        String name = lastWord(before);
        if (!numeral.matches("[IVX]+") || value > 39) {
            return null;
        }
        if (!REGNAL.contains(name)) {
            return afterName(before, name, numeral, value);
        }
        if (value == 1) {
            // "William I of Orange", "Leopold I", but "Peter I think" is the pronoun
            String next = Abbreviations.nextWord(text, start + 1);
            if (!next.isEmpty() && !AFTER_FIRST.contains(next) && !Character.isUpperCase(next.charAt(0))) {
                return null;
            }
        }
        return "the " + ordinal(value);
    }

    /**
     * A numeral of two letters or more (I, V and X only) after a capitalised word that is no
     * ruler's name: a person's generational suffix after a full name ("Barack Hussein Obama II",
     * "Bruce McCandless II" → "the Second"), else the number of a thing in its series, said as
     * a cardinal ("World History II" → "Two", "Final Fantasy IV" → "Four", "the Verhofstadt III
     * Government" → "Three"). After an article ("The II was") it is left as written.
     */
    private static String afterName(String before, String name, String numeral, int value) {
        if (numeral.length() < 2 || name.length() < 2 || !Character.isUpperCase(name.charAt(0))
                || name.chars().skip(1).noneMatch(Character::isLowerCase) || NOT_AFTER.contains(name)) {
            return null;
        }
        return value <= 4 && isPerson(before) ? "the " + ordinal(value) : cardinal(value);
    }

    /**
     * Whether the text ends with a person's name: a surname ("Obama", "Rockefeller") after at
     * least two given names or initials ("Barack Hussein", "John D."), or after one common given
     * name ("Bruce McCandless"); "World History" and "Final Fantasy" are no people.
     */
    private static boolean isPerson(String before) {
        String surname = lastWord(before);
        if (NOT_SURNAMES.contains(surname)) {
            return false;
        }
        int end = before.length() - surname.length();
        List<String> given = new java.util.ArrayList<>();
        while (given.size() < 3 && end >= 2 && Character.isSpaceChar(before.charAt(end - 1))) {
            String part = before.substring(0, end - 1);
            boolean initial = part.endsWith(".");
            String word = lastWord(initial ? part.substring(0, part.length() - 1) : part);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || initial && word.length() != 1
                    || !initial && word.chars().skip(1).anyMatch(Character::isUpperCase) && word.length() > 1
                    || NOT_AFTER.contains(word)) {
                break;
            }
            given.add(word);
            end = end - 1 - word.length() - (initial ? 1 : 0);
        }
        return given.size() >= 2 || given.size() == 1 && GivenNames.contains(given.get(0));
    }

    /** Capitalised words after which a numeral is not read: articles and words that start sentences. */
    private static final Set<String> NOT_AFTER = Set.of("The", "A", "An", "Les", "Le", "La", "Los", "Las", "El", "Il",
            "Der", "Die", "Das", "And", "Or", "Of", "In", "On", "At", "To", "For", "By", "With", "From");

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    /** The value of a well-formed numeral (canonical subtractive form), or -1 for any other letters. */
    static int value(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = digit(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? digit(numeral.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        // Reject "IIII", "VX", "MIX"-like oddities: only the canonical spelling of its value counts.
        return total > 0 && total < 4000 && canonical(total).equals(numeral) ? total : -1;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }

    private static String canonical(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** Cardinal words, capitalised as part of a title ("World War Two"); spaces, not hyphens. */
    static String cardinal(int n) {
        StringBuilder sb = new StringBuilder();
        if (n >= 1000) {
            sb.append(ONES[n / 1000]).append(" Thousand");
            n %= 1000;
        }
        if (n >= 100) {
            sb.append(sb.length() > 0 ? " " : "").append(ONES[n / 100]).append(" Hundred");
            n %= 100;
        }
        if (n > 0) {
            sb.append(sb.length() > 0 ? " " : "");
            if (n < 20) {
                sb.append(ONES[n]);
            } else {
                sb.append(TENS[n / 10]);
                if (n % 10 > 0) {
                    sb.append(' ').append(ONES[n % 10]);
                }
            }
        }
        return sb.toString();
    }

    /** Ordinal words from 1 to 39 ("Twenty First"). */
    static String ordinal(int n) {
        if (n < 20) {
            return ORDINAL_ONES[n];
        }
        return n % 10 == 0 ? ORDINAL_TENS[n / 10] : TENS[n / 10] + " " + ORDINAL_ONES[n % 10];
    }
}
