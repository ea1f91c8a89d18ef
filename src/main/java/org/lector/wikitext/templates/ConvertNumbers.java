package org.lector.wikitext.templates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounding and printing for {@code {{convert}}}, after Module:Convert's default precision: the
 * output keeps as many decimals as the input had, adjusted by how much larger or smaller the
 * output unit is, and never fewer than two significant figures. Trailing zeros of a whole number
 * are not significant ("1500" is known to the hundred), so 1500 km gives 930 mi.
 */
final class ConvertNumbers {
    private ConvertNumbers() {
    }

    /** Decimal places the written number shows; negative for trailing zeros of a whole number. */
    static int inputPrecision(String written) {
        String s = written.replace(",", "");
        int dot = s.indexOf('.');
        if (dot >= 0) {
            return s.length() - dot - 1;
        }
        String digits = s.replaceFirst("^[-+]", "");
        if (digits.matches("0+")) {
            return 0;
        }
        int zeros = 0;
        for (int i = digits.length() - 1; i >= 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return -zeros;
    }

    /**
     * Module:Convert's default: {@code floor(prec + log10(in/out) + log10 2)}, at least two
     * significant figures. For temperatures the ratio is of the unit sizes, not the values.
     */
    static int defaultPrecision(int inPrecision, double ratio, double out) {
        int prec = (int) Math.floor(inPrecision + Math.log10(Math.abs(ratio)) + Math.log10(2) + 1e-9);
        if (out == 0 || Double.isNaN(out)) {
            return prec;
        }
        int minPrec = 1 - (int) Math.floor(Math.log10(Math.abs(out)) + 1e-14);
        return Math.max(prec, minPrec);
    }

    /** Rounds to {@code decimals} places (negative: to tens, hundreds…) and prints with thousands separators. */
    static String format(double value, int decimals) {
        BigDecimal v = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        if (decimals < 0) {
            v = v.setScale(0, RoundingMode.UNNECESSARY);
        }
        String plain = v.toPlainString();
        if (plain.matches("-0(\\.0*)?")) {
            plain = plain.substring(1);
        }
        return NumberTemplates.group(plain);
    }

    /** Rounds to {@code figures} significant figures. */
    static String formatSignificant(double value, int figures) {
        if (value == 0) {
            return "0";
        }
        BigDecimal v = new BigDecimal(value).round(new MathContext(figures, RoundingMode.HALF_UP));
        int decimals = Math.max(0, v.scale());
        return format(v.doubleValue(), decimals);
    }

    /** The number as the editor wrote it, with thousands separators added. */
    static String written(String s) {
        String t = s.replace(",", "").replace('−', '-');
        return NumberTemplates.group(t.startsWith("+") ? t.substring(1) : t);
    }

    static Double parse(String s) {
        String t = s.replace(",", "").replace('−', '-').trim();
        // possessive: "\\d+\\.?\\d*" would try every split of a long digit run before failing
        if (!t.matches("[-+]?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)")) {
            return null;
        }
        return Double.parseDouble(t);
    }
}
