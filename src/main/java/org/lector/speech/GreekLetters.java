package org.lector.speech;

/**
 * The English names of the Greek letters, as science reads them: "α-helix" is "alpha helix",
 * "ΔG" "delta G", "β+ decay" "beta plus decay". A capital has the same name as its small letter
 * ("Σ" is "sigma"); the variant forms (ϑ, ϕ, ϵ, ς) are their letters.
 */
final class GreekLetters {
    private static final String[] NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi",
        "chi", "psi", "omega"};

    private GreekLetters() {
    }

    /** The letter's name, or null when {@code cp} is no unaccented Greek letter. */
    static String name(int cp) {
        if (cp >= 'α' && cp <= 'ω') {
            return NAMES[cp - 'α'];
        }
        if (cp >= 'Α' && cp <= 'Ω' && cp != 0x03A2) {
            return NAMES[cp - 'Α'];
        }
        return switch (cp) {
            case 'ϑ' -> "theta";
            case 'ϕ' -> "phi";
            case 'ϵ' -> "epsilon";
            case 'ϱ' -> "rho";
            case 'ϖ' -> "pi";
            case 'µ' -> "mu";
            default -> null;
        };
    }

    static boolean isLetter(int cp) {
        return name(cp) != null;
    }
}
