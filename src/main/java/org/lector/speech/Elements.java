package org.lector.speech;

import java.util.HashMap;
import java.util.Map;

/**
 * The chemical elements by symbol, for reading a mass number written before one
 * ("<sup>16</sup>O" → "oxygen 16"), spelled as IUPAC spells them ("aluminium", "caesium") or, for
 * American English, "aluminum" and "cesium".
 */
final class Elements {
    private static final String[] SYMBOLS_AND_NAMES = {
        "H", "hydrogen", "He", "helium", "Li", "lithium", "Be", "beryllium", "B", "boron", "C", "carbon",
        "N", "nitrogen", "O", "oxygen", "F", "fluorine", "Ne", "neon", "Na", "sodium", "Mg", "magnesium",
        "Al", "aluminium", "Si", "silicon", "P", "phosphorus", "S", "sulfur", "Cl", "chlorine", "Ar", "argon",
        "K", "potassium", "Ca", "calcium", "Sc", "scandium", "Ti", "titanium", "V", "vanadium",
        "Cr", "chromium", "Mn", "manganese", "Fe", "iron", "Co", "cobalt", "Ni", "nickel", "Cu", "copper",
        "Zn", "zinc", "Ga", "gallium", "Ge", "germanium", "As", "arsenic", "Se", "selenium", "Br", "bromine",
        "Kr", "krypton", "Rb", "rubidium", "Sr", "strontium", "Y", "yttrium", "Zr", "zirconium",
        "Nb", "niobium", "Mo", "molybdenum", "Tc", "technetium", "Ru", "ruthenium", "Rh", "rhodium",
        "Pd", "palladium", "Ag", "silver", "Cd", "cadmium", "In", "indium", "Sn", "tin", "Sb", "antimony",
        "Te", "tellurium", "I", "iodine", "Xe", "xenon", "Cs", "caesium", "Ba", "barium", "La", "lanthanum",
        "Ce", "cerium", "Pr", "praseodymium", "Nd", "neodymium", "Pm", "promethium", "Sm", "samarium",
        "Eu", "europium", "Gd", "gadolinium", "Tb", "terbium", "Dy", "dysprosium", "Ho", "holmium",
        "Er", "erbium", "Tm", "thulium", "Yb", "ytterbium", "Lu", "lutetium", "Hf", "hafnium",
        "Ta", "tantalum", "W", "tungsten", "Re", "rhenium", "Os", "osmium", "Ir", "iridium", "Pt", "platinum",
        "Au", "gold", "Hg", "mercury", "Tl", "thallium", "Pb", "lead", "Bi", "bismuth", "Po", "polonium",
        "At", "astatine", "Rn", "radon", "Fr", "francium", "Ra", "radium", "Ac", "actinium", "Th", "thorium",
        "Pa", "protactinium", "U", "uranium", "Np", "neptunium", "Pu", "plutonium", "Am", "americium",
        "Cm", "curium", "Bk", "berkelium", "Cf", "californium", "Es", "einsteinium", "Fm", "fermium",
        "Md", "mendelevium", "No", "nobelium", "Lr", "lawrencium", "Rf", "rutherfordium", "Db", "dubnium",
        "Sg", "seaborgium", "Bh", "bohrium", "Hs", "hassium", "Mt", "meitnerium", "Ds", "darmstadtium",
        "Rg", "roentgenium", "Cn", "copernicium", "Nh", "nihonium", "Fl", "flerovium", "Mc", "moscovium",
        "Lv", "livermorium", "Ts", "tennessine", "Og", "oganesson"
    };
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (int i = 0; i < SYMBOLS_AND_NAMES.length; i += 2) {
            NAMES.put(SYMBOLS_AND_NAMES[i], SYMBOLS_AND_NAMES[i + 1]);
        }
    }

    private Elements() {
    }

    /** The element's name in the variety's spelling ("aluminum" in American), or null when the symbol names none. */
    static String name(String symbol, EnglishVariety variety) {
        String name = NAMES.get(symbol);
        if (name == null || variety != EnglishVariety.AMERICAN) {
            return name;
        }
        return name.equals("aluminium") ? "aluminum" : name.equals("caesium") ? "cesium" : name;
    }

    /** Whether {@code symbol} ("O", "Cl") names an element. */
    static boolean isSymbol(String symbol) {
        return NAMES.containsKey(symbol);
    }

    /**
     * The length of the element symbol that {@code text} starts with: the longest of a capital and
     * at most one small letter that names an element and is not followed by another small letter
     * (so "Oxygen" is no symbol); 0 when there is none.
     */
    static int symbolAt(String text) {
        for (int length = Math.min(2, text.length()); length >= 1; length--) {
            String s = text.substring(0, length);
            boolean whole = length == text.length() || !Character.isLowerCase(text.charAt(length));
            if (whole && Character.isUpperCase(s.charAt(0)) && NAMES.containsKey(s)) {
                return length;
            }
        }
        return 0;
    }
}
