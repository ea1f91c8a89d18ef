package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.Sentence;
import org.lector.testing.ScriptView;

/**
 * The known classes of wrong readings (the ones {@code ../shared/tools/scriptcheck.py classes}
 * counts, and a few more), counted over the speech of every English article and export page of
 * the corpus: each must be zero. Each class also names what in the print text gives rise to it,
 * and the corpus must hold that, so a class cannot pass because its construct is missing.
 */
class CorpusSpeechClassesTest {
    /** Per English script: the speech of each text (its sentences joined, as a listener hears them) and its print. */
    private static final Map<String, List<String[]>> SPOKEN = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() {
        CorpusScripts.all().forEach((name, s) -> {
            if (s.language().equals("en")) {
                SPOKEN.put(name, texts(s));
            }
        });
    }

    private static List<String[]> texts(ReadingScript s) {
        List<String[]> out = new ArrayList<>();
        for (ScriptView.Text t : ScriptView.texts(s)) {
            List<String> said = new ArrayList<>();
            for (Sentence sentence : t.prose().sentences()) {
                said.add(sentence.speech());
            }
            out.add(new String[] {String.join(" ", said), t.text()});
        }
        for (Chapter c : s.chapters()) {
            out.add(new String[] {c.announcement(), c.title()});
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ## ", value = {
        // class ## wrong reading in the speech ## what gives rise to it in the print
        "doubled-note-label ## \\b[Nn]otes? (?:note|nb|n|lower alpha|upper alpha)\\b ## .",
        "roman-as-letters ## \\b(?:[A-Z][a-z]+|S) (?:I I|I I I|I V|V I|I X)\\b ## \\b(?:War|Leopold|Obama)[ \\u00A0]II\\b|S-II",
        "compass-letter ## \\bdegrees? [NSEW]\\b|\\b[NSEW] (?:and|to) \\w+ degrees\\b ## [°′″][ \\u00A0]?[NSEW]\\b|\\d\\.\\d+[NSEW]\\b",
        "unexpanded-title ## \\b(?:Mt|Ft|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Pres|Prof|Hon)\\.\\s ## \\b(?:Sen|Rep)\\. [A-Z]",
        "unit-without-number ## \\b(?:teravolts?|gigaamperes?)\\b ## \\bTV\\b",
        "identifier-digits ## \\b(?:I S B N|I S S N)(?: [a-z-]+){8,} ## \\bISBN\\b",
        "double-stop ## \\.\\s*\\.(?!\\.) ## \\.\\.\\.|…",
        "url-spoken ## \\bhttp s?\\b|\\bw w w\\b|\\b(?:slash|colon) (?:slash|www)\\b ## https?://|www\\.",
        "zero-seconds ## \\band zero seconds\\b ## \\d:\\d\\d:00\\b",
        "greek-letter-unsaid ## [α-ωΑ-Ω] ## [α-ωΑ-Ω]",
        "life-date-abbreviation ## \\((?:b|d|r|fl)\\. ## \\((?:b|d|r|fl)\\. \\d",
        "spoken-markup ## \\b(?:is less than|is greater than) (?:a href|ref|div|span|br)\\b|\\bequals \" ## <|=",
    })
    void noKnownWrongReadingIsLeft(String name, String wrong, String cause) {
        Pattern said = Pattern.compile(wrong);
        Pattern printed = Pattern.compile(cause);
        List<String> found = new ArrayList<>();
        int causes = 0;
        for (var e : SPOKEN.entrySet()) {
            for (String[] text : e.getValue()) {
                Matcher m = said.matcher(text[0]);
                while (m.find()) {
                    found.add(e.getKey() + ": «" + text[0].substring(Math.max(0, m.start() - 40),
                            Math.min(text[0].length(), m.end() + 30)) + "»");
                }
                if (printed.matcher(text[1]).find()) {
                    causes++;
                }
            }
        }
        assertThat(SPOKEN).hasSizeGreaterThan(10);
        assertThat(causes).as("print texts of the corpus that give rise to %s", name).isPositive();
        assertThat(found).as(name).isEmpty();
    }
}
