package org.lector.speech;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Wikipedia's respelled pronunciations ({{respell}}: "bə-RAHK hoo-SAYN oh-BAH-mə") are English
 * syllables with the stressed one in capitals; read as they are, the capitals would be spelled as
 * an acronym ("R A H K"). A word of hyphen-joined syllables that mixes small letters and a
 * capital syllable a voice can say is a respelling: it is given in small letters, the schwa "ə"
 * as "uh", so the voice says "buh rahk".
 */
final class Respellings {
    private static final Pattern RESPELLED = Pattern.compile(
            "(?<![\\p{L}\\-])[\\p{L}]++(?:-[\\p{L}]++)++(?![\\p{L}])");

    private Respellings() {
    }

    static String speak(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        return Rewriter.replaceOrKeep(RESPELLED, text, m -> {
            String word = m.group();
            boolean small = false;
            boolean stressed = false;
            for (String syllable : word.split("-")) {
                if (syllable.chars().allMatch(Character::isLowerCase)) {
                    small = true;
                } else if (syllable.length() >= 2 && syllable.chars().allMatch(Character::isUpperCase)
                        && Acronyms.pronounceable(syllable) && (syllable.length() >= 3 || word.indexOf('ə') >= 0)) {
                    stressed = true;
                } else {
                    return null; // "Jean-Paul", "COVID-19", "pre-WWII": no respelling
                }
            }
            return small && stressed ? word.toLowerCase(Locale.ROOT).replace("ə", "uh").replace('-', ' ') : null;
        });
    }
}
