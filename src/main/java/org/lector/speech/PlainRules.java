package org.lector.speech;

import org.lector.script.SpanKind;

/**
 * The rules for an article in a language Lector has no rules for: its voice reads the text as
 * printed (the English rules would misread its numbers and words), with only the punctuation a
 * voice would sound tidied ({@link SpokenText#finish}). Counts in Lector's phrases stay digits.
 */
final class PlainRules implements LanguageRules {

    @Override
    public String words(String print) {
        return SpokenText.finish(print);
    }

    @Override
    public String count(long n) {
        return Long.toString(n);
    }

    @Override
    public boolean saysAsWritten(String lang, String run) {
        return true;
    }

    /** The run as printed, only kept apart from digits it touches: "10<sup>15</sup>" is not "1015". */
    @Override
    public Rewrite scripted(SpanKind kind, CharSequence before, String run, String after) {
        boolean digitBefore = before.length() > 0 && Character.isDigit(before.charAt(before.length() - 1));
        boolean digitAfter = !after.isEmpty() && Character.isDigit(after.charAt(0));
        String r = run.strip();
        if (r.isEmpty()) {
            return Rewrite.of(run);
        }
        return Rewrite.of((digitBefore && Character.isDigit(r.charAt(0)) ? " " : "") + r
                + (digitAfter && Character.isDigit(r.charAt(r.length() - 1)) ? " " : ""));
    }
}
