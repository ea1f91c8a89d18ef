package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text at sentence ends (., ! or ? followed by space), the unit of a caption cue. */
final class Sentences {
    private static final Pattern END = Pattern.compile("(?<=[.!?][\"'”’)\\]]?)\\s+(?=\\S)");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String s : END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
