package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;

/**
 * Reads {@code {{chem2}}}'s formula syntax in parsed inline content: digits straight after an
 * element or a closing bracket are a count (lowered), a leading number a coefficient ("2BaO2");
 * "+" or "-" right after the formula is a charge (raised), as is "(2-)"; {@code _{…}} and
 * {@code ^{…}} lower and raise what they enclose. Links and emphasis inside the formula are
 * kept and read the same way.
 */
final class ChemicalFormula {
    private static final Pattern BRACKETED_CHARGE = Pattern.compile("\\((\\d*[+\\-−])\\)");
    private static final String SIGNS = "+-−";

    private final List<Inline> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** The content of an open {@code _{…}} or {@code ^{…}}, or null. */
    private List<Inline> group;
    private boolean groupRaised;
    /** The last character printed: a count follows an element, never a space or a sign. */
    private char last = ' ';

    private ChemicalFormula() {
    }

    static List<Inline> read(List<Inline> parsed) {
        ChemicalFormula f = new ChemicalFormula();
        parsed.forEach(f::add);
        return f.finish();
    }

    private void add(Inline in) {
        if (in instanceof Text t) {
            scan(t.value());
            return;
        }
        flushText();
        Inline kept = in;
        if (group == null && in instanceof Emphasis e) {
            kept = new Emphasis(e.style(), read(e.children()));
        } else if (group == null && in instanceof Link l) {
            kept = new Link(l.target(), l.external(), read(l.label()));
        }
        target().add(kept);
        String plain = Inlines.plain(List.of(in));
        last = plain.isEmpty() ? last : plain.charAt(plain.length() - 1);
    }

    private void scan(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            if (group != null) {
                if (c == '}') {
                    closeGroup();
                } else {
                    text.append(c);
                }
            } else if ((c == '_' || c == '^') && next == '{') {
                flushText();
                group = new ArrayList<>();
                groupRaised = c == '^';
                i++;
            } else if (c == '_' || c == '^') {
                // without braces the marker takes the digits and signs right after it
                int j = i + 1;
                while (j < n && (Character.isDigit(s.charAt(j)) || SIGNS.indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                if (j > i + 1) {
                    addShifted(s.substring(i + 1, j), c == '^');
                }
                i = j - 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                String digits = s.substring(i, j);
                if (afterGroup()) {
                    addShifted(digits, false);
                } else {
                    // a coefficient: "10H2O"
                    text.append(digits);
                    last = digits.charAt(digits.length() - 1);
                }
                i = j - 1;
            } else if (SIGNS.indexOf(c) >= 0 && afterFormula() && endsFormula(next)) {
                addShifted(String.valueOf(c), true);
            } else if (c == '(' && afterFormula() && bracketedCharge(s, i)) {
                i = s.indexOf(')', i);
            } else {
                text.append(c);
                last = c;
            }
        }
    }

    /** Right after an element or a closing bracket, where digits are a count. */
    private boolean afterGroup() {
        return Character.isLetter(last) || last == ')' || last == ']';
    }

    /** Right after a group or its count, where a sign or a bracketed sign is a charge. */
    private boolean afterFormula() {
        return afterGroup() || Character.isDigit(last);
    }

    /** A sign is a charge when the formula ends after it: "Na+", "O2+PtF6−", not "2H2 + O2" or "->". */
    private static boolean endsFormula(char next) {
        return next == '\0' || Character.isWhitespace(next) || Character.isUpperCase(next) || next == '('
                || next == '[';
    }

    /** Raises "(2-)" written at {@code i} as the charge "2-"; false when no charge stands there. */
    private boolean bracketedCharge(String s, int i) {
        Matcher m = BRACKETED_CHARGE.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return false;
        }
        addShifted(m.group(1), true);
        return true;
    }

    /** Plain characters set above the line (a charge, a mass number) or below it (a count). */
    static Inline shifted(String value, boolean raised) {
        return shifted(List.of(new Text(value)), raised);
    }

    private static Inline shifted(List<Inline> content, boolean raised) {
        return raised ? new Superscript(content) : new Subscript(content);
    }

    private void addShifted(String value, boolean raised) {
        flushText();
        out.add(shifted(value, raised));
        last = value.charAt(value.length() - 1);
    }

    private void closeGroup() {
        flushText();
        List<Inline> content = group;
        group = null;
        if (!content.isEmpty()) {
            out.add(shifted(content, groupRaised));
        }
        last = '}';
    }

    private List<Inline> finish() {
        if (group != null) {
            // an unclosed brace: what follows it is read as its content rather than lost
            closeGroup();
        }
        flushText();
        return out;
    }

    private List<Inline> target() {
        return group != null ? group : out;
    }

    private void flushText() {
        if (text.length() > 0) {
            target().add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
