package org.lector.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spoken form of the common LaTeX in Wikipedia's {@code <math>} and {@code <chem>}: fractions,
 * powers, subscripts, roots, sums, integrals, limits, Greek letters, relations, and mhchem
 * {@code \ce{…}} ({@link ChemSpeech}). The words follow how a teacher reads a formula aloud
 * ("\frac{a}{b}" → "a over b", "x^2" → "x squared").
 *
 * <p>A formula with anything this reader does not know (environments such as matrices, alignment
 * {@code &}, line breaks, unknown commands, unbalanced braces) is not guessed at: it is announced as
 * "formula: " followed by its source without backslashes and braces, which a listener can still
 * follow. Digits are left as digits for number speech, which runs afterwards.
 */
public final class FormulaSpeech {

    /** A construct this reader cannot say; the whole formula falls back to its source. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String what) {
            super(what, null, false, false);
        }
    }

    private static final Map<String, String> GREEK = greek();

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("infty", "infinity"), Map.entry("cdot", "times"), Map.entry("times", "times"),
            Map.entry("div", "divided by"), Map.entry("pm", "plus or minus"), Map.entry("mp", "minus or plus"),
            Map.entry("leq", "is less than or equal to"), Map.entry("le", "is less than or equal to"),
            Map.entry("geq", "is greater than or equal to"), Map.entry("ge", "is greater than or equal to"),
            Map.entry("neq", "is not equal to"), Map.entry("ne", "is not equal to"),
            Map.entry("approx", "is approximately equal to"), Map.entry("sim", "is similar to"),
            Map.entry("equiv", "is equivalent to"), Map.entry("propto", "is proportional to"),
            Map.entry("ll", "is much less than"), Map.entry("gg", "is much greater than"),
            Map.entry("to", "to"), Map.entry("rightarrow", "to"), Map.entry("mapsto", "maps to"),
            Map.entry("Rightarrow", "implies"), Map.entry("implies", "implies"),
            Map.entry("Leftrightarrow", "if and only if"), Map.entry("iff", "if and only if"),
            Map.entry("in", "in"), Map.entry("notin", "not in"), Map.entry("subset", "is a subset of"),
            Map.entry("cup", "union"), Map.entry("cap", "intersection"), Map.entry("forall", "for all"),
            Map.entry("exists", "there exists"), Map.entry("partial", "partial"), Map.entry("nabla", "nabla"),
            Map.entry("prime", "prime"), Map.entry("circ", "degrees"), Map.entry("degree", "degrees"),
            Map.entry("ldots", "dot dot dot"), Map.entry("cdots", "dot dot dot"), Map.entry("dots", "dot dot dot"),
            Map.entry("hbar", "h bar"), Map.entry("ell", "ell"), Map.entry("angle", "angle"),
            Map.entry("perp", "is perpendicular to"), Map.entry("parallel", "is parallel to"),
            Map.entry("neg", "not"), Map.entry("land", "and"), Map.entry("lor", "or"),
            Map.entry("%", "percent"), Map.entry("$", "dollars"), Map.entry("#", "number"),
            Map.entry("sin", "sine"), Map.entry("cos", "cosine"), Map.entry("tan", "tangent"),
            Map.entry("arcsin", "arc sine"), Map.entry("arccos", "arc cosine"), Map.entry("arctan", "arc tangent"),
            Map.entry("sinh", "hyperbolic sine"), Map.entry("cosh", "hyperbolic cosine"),
            Map.entry("tanh", "hyperbolic tangent"), Map.entry("log", "log"), Map.entry("ln", "natural log"),
            Map.entry("exp", "the exponential of"), Map.entry("max", "max"), Map.entry("min", "min"),
            Map.entry("det", "determinant"), Map.entry("gcd", "gcd"), Map.entry("deg", "degree"));

    /** Commands that only set the type face: their argument is read as it is. */
    private static final List<String> FONTS = List.of("mathrm", "mathbf", "mathit", "mathsf", "mathcal",
            "mathbb", "mathtt", "boldsymbol", "bm", "operatorname", "textbf", "textit", "mathbfit", "vec",
            "overline", "bar", "hat", "tilde", "dot");
    private static final List<String> TEXT = List.of("text", "textrm", "mbox", "mathrm", "textnormal");
    /** Spacing and sizing that a listener does not hear. */
    private static final List<String> SILENT = List.of(",", ";", ":", "!", " ", "quad", "qquad", "displaystyle",
            "textstyle", "scriptstyle", "big", "Big", "bigg", "Bigg", "limits", "nolimits", "{", "}", "|");

    /** Deeper nesting than any real formula: refused rather than risking the stack. */
    private static final int MAX_DEPTH = 100;

    private final String tex;
    private int pos;
    private int depth;

    private FormulaSpeech(String tex) {
        this.tex = tex;
    }

    /** The spoken form of a LaTeX formula, or "formula: " and its source when it is too complex. */
    public static String speak(String tex) {
        try {
            FormulaSpeech p = new FormulaSpeech(tex);
            List<String> words = p.sequence(false);
            if (p.pos < tex.length()) {
                throw new Unreadable("unbalanced }");
            }
            String spoken = join(words);
            return spoken.isEmpty() ? fallback(tex) : spoken;
        } catch (Unreadable e) {
            return fallback(tex);
        }
    }

    private static String fallback(String tex) {
        // braces and backslashes become spaces, so "\\frac{a}{b}" reads "frac a b", not "fracab"
        String source = tex.replaceAll("[\\\\{}\\s]+", " ").strip();
        return "formula: " + source;
    }

    /** Atoms with their scripts until the end or, inside a group, the closing brace. */
    private List<String> sequence(boolean inGroup) {
        if (++depth > MAX_DEPTH) {
            throw new Unreadable("nested too deeply");
        }
        List<String> words = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= tex.length()) {
                if (inGroup) {
                    throw new Unreadable("unclosed {");
                }
                return words;
            }
            if (tex.charAt(pos) == '}') {
                if (!inGroup) {
                    throw new Unreadable("unbalanced }");
                }
                pos++;
                depth--;
                return words;
            }
            words.addAll(scripted());
        }
    }

    /** One atom followed by any subscript and superscript. */
    private List<String> scripted() {
        int start = pos;
        String command = peekCommand();
        if (command != null && List.of("sum", "prod", "int", "iint", "oint", "lim", "bigcup", "bigcap").contains(command)) {
            pos += command.length() + 1;
            return bigOperator(command);
        }
        List<String> words = new ArrayList<>(atom());
        while (true) {
            skipSpace();
            if (pos < tex.length() && tex.charAt(pos) == '_') {
                pos++;
                words.add("sub");
                words.addAll(argument());
            } else if (pos < tex.length() && tex.charAt(pos) == '^') {
                pos++;
                words.addAll(power(argument()));
            } else if (pos < tex.length() && tex.charAt(pos) == '\'') {
                pos++;
                words.add("prime");
            } else {
                break;
            }
        }
        if (pos == start) {
            throw new Unreadable("no progress");
        }
        return words;
    }

    private static List<String> power(List<String> exponent) {
        if (exponent.equals(List.of("2"))) {
            return List.of("squared");
        }
        if (exponent.equals(List.of("3"))) {
            return List.of("cubed");
        }
        if (exponent.equals(List.of("prime"))) {
            return exponent;
        }
        List<String> words = new ArrayList<>();
        words.add("to the power");
        words.addAll(exponent);
        return words;
    }

    /** "\sum_{i=1}^{n}" → "the sum from i equals 1 to n of"; limits are optional. */
    private List<String> bigOperator(String command) {
        List<String> lower = null;
        List<String> upper = null;
        while (true) {
            skipSpace();
            if (peekCommand() != null && (peekCommand().equals("limits") || peekCommand().equals("nolimits"))) {
                pos += peekCommand().length() + 1;
            } else if (pos < tex.length() && tex.charAt(pos) == '_' && lower == null) {
                pos++;
                lower = argument();
            } else if (pos < tex.length() && tex.charAt(pos) == '^' && upper == null) {
                pos++;
                upper = argument();
            } else {
                break;
            }
        }
        List<String> words = new ArrayList<>();
        String name = switch (command) {
            case "sum" -> "the sum";
            case "prod" -> "the product";
            case "int" -> "the integral";
            case "iint" -> "the double integral";
            case "oint" -> "the contour integral";
            case "lim" -> "the limit";
            case "bigcup" -> "the union";
            default -> "the intersection";
        };
        words.add(name);
        if (command.equals("lim")) {
            if (lower != null) {
                words.add("as");
                lower.replaceAll(w -> w.equals("to") ? "tends to" : w);
                words.addAll(lower);
            }
        } else {
            if (lower != null) {
                words.add(upper == null ? "over" : "from");
                words.addAll(lower);
            }
            if (upper != null) {
                words.add("to");
                words.addAll(upper);
            }
        }
        skipSpace();
        if (pos < tex.length() && tex.charAt(pos) != '}') {
            words.add("of");
        }
        return words;
    }

    /** A script or command argument: a braced group or a single token. */
    private List<String> argument() {
        skipSpace();
        if (pos >= tex.length()) {
            throw new Unreadable("missing argument");
        }
        if (tex.charAt(pos) == '{') {
            pos++;
            return sequence(true);
        }
        if (tex.charAt(pos) == '\\') {
            return atom();
        }
        // a single character: x^2, x_i (LaTeX takes one digit, "x^23" is x squared then 3)
        char c = tex.charAt(pos++);
        return List.of(character(c));
    }

    private List<String> atom() {
        char c = tex.charAt(pos);
        if (c == '{') {
            pos++;
            return sequence(true);
        }
        if (c == '\\') {
            return command();
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < tex.length() && Character.isDigit(tex.charAt(pos + 1)))) {
            int start = pos;
            while (pos < tex.length() && (Character.isDigit(tex.charAt(pos)) || tex.charAt(pos) == '.')) {
                pos++;
            }
            return List.of(tex.substring(start, pos));
        }
        if (c == '^' || c == '_') {
            throw new Unreadable("script without base");
        }
        pos++;
        return List.of(character(c));
    }

    private static String character(char c) {
        if (Character.isLetterOrDigit(c)) {
            return String.valueOf(c);
        }
        return switch (c) {
            case '+' -> "plus";
            case '-', '−' -> "minus";
            case '=' -> "equals";
            case '<' -> "is less than";
            case '>' -> "is greater than";
            case '*' -> "times";
            case '/' -> "over";
            case '!' -> "factorial";
            case '|' -> "bar";
            case ',' -> ",";
            case ';' -> ",";
            case '.', ':', '(', ')', '[', ']' -> "";
            case '\'' -> "prime";
            default -> throw new Unreadable("character " + c);
        };
    }

    private List<String> command() {
        String name = peekCommand();
        if (name == null) {
            throw new Unreadable("lone backslash");
        }
        pos += name.length() + 1;
        switch (name) {
            case "frac", "tfrac", "dfrac", "cfrac" -> {
                List<String> words = new ArrayList<>(argument());
                words.add("over");
                words.addAll(argument());
                return words;
            }
            case "sqrt" -> {
                return root();
            }
            case "left", "right" -> {
                skipSpace();
                // the delimiter that follows is only a bracket: dropped like the bracket itself
                if (pos < tex.length() && tex.charAt(pos) == '\\') {
                    String d = peekCommand();
                    pos += d == null ? 1 : d.length() + 1;
                } else if (pos < tex.length()) {
                    pos++;
                }
                return List.of();
            }
            case "ce" -> {
                return ChemSpeech.speak(rawGroup());
            }
            default -> {
                // no switch match: look the name up in the tables
            }
        }
        if (TEXT.contains(name)) {
            int start = pos;
            String raw = rawGroup().strip();
            if (raw.indexOf('\\') < 0) {
                return List.of(raw);
            }
            // "\mathrm{\Delta H}" holds commands: read it as math after all
            pos = start;
            return argument();
        }
        if (FONTS.contains(name)) {
            return argument();
        }
        if (SILENT.contains(name)) {
            return List.of();
        }
        String word = GREEK.get(name);
        if (word == null) {
            word = SYMBOLS.get(name);
        }
        if (word == null) {
            throw new Unreadable("command \\" + name);
        }
        return List.of(word);
    }

    /** "\sqrt{x}" → "the square root of x"; "\sqrt[3]{x}" → "the cube root of x". */
    private List<String> root() {
        skipSpace();
        String index = null;
        if (pos < tex.length() && tex.charAt(pos) == '[') {
            int close = tex.indexOf(']', pos);
            if (close < 0) {
                throw new Unreadable("unclosed [");
            }
            index = tex.substring(pos + 1, close).strip();
            pos = close + 1;
        }
        List<String> words = new ArrayList<>();
        if (index == null || index.equals("2")) {
            words.add("the square root of");
        } else if (index.equals("3")) {
            words.add("the cube root of");
        } else if (index.matches("\\d+")) {
            words.add("the " + index + (index.endsWith("1") && !index.endsWith("11") ? "st"
                    : index.endsWith("2") && !index.endsWith("12") ? "nd" : "th") + " root of");
        } else if (index.matches("[a-z]")) {
            words.add("the " + index + " th root of");
        } else {
            throw new Unreadable("root index " + index);
        }
        words.addAll(argument());
        return words;
    }

    /** The source text of a braced argument, unparsed (for \text and \ce). */
    private String rawGroup() {
        skipSpace();
        if (pos >= tex.length() || tex.charAt(pos) != '{') {
            throw new Unreadable("missing {");
        }
        int depth = 0;
        for (int i = pos; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                String body = tex.substring(pos + 1, i);
                pos = i + 1;
                return body;
            }
        }
        throw new Unreadable("unclosed {");
    }

    /** The name of the command at {@code pos}, or null: "\alpha" → "alpha", "\," → ",". */
    private String peekCommand() {
        if (pos >= tex.length() || tex.charAt(pos) != '\\' || pos + 1 >= tex.length()) {
            return null;
        }
        int i = pos + 1;
        if (!Character.isLetter(tex.charAt(i))) {
            return String.valueOf(tex.charAt(i));
        }
        while (i < tex.length() && Character.isLetter(tex.charAt(i))) {
            i++;
        }
        return tex.substring(pos + 1, i);
    }

    private void skipSpace() {
        while (pos < tex.length() && Character.isWhitespace(tex.charAt(pos))) {
            pos++;
        }
    }

    private static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && !w.equals(",")) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString().strip();
    }

    private static Map<String, String> greek() {
        String[] lower = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
            "omega"};
        Map<String, String> m = new java.util.HashMap<>();
        for (String g : lower) {
            m.put(g, g);
            m.put(Character.toUpperCase(g.charAt(0)) + g.substring(1), "capital " + g);
        }
        for (String g : List.of("epsilon", "theta", "pi", "rho", "sigma", "phi", "kappa")) {
            m.put("var" + g, g);
        }
        return Map.copyOf(m);
    }
}
