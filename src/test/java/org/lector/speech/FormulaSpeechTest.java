package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected outputs are written by hand: how a teacher reads each formula aloud. */
class FormulaSpeechTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\frac{a}{b}|a over b",
        "\\tfrac{1}{2}|1 over 2",
        "\\dfrac{\\pi}{4}|pi over 4",
        "x^2|x squared",
        "x^3 + y^3|x cubed plus y cubed",
        "x^{n}|x to the power n",
        "e^{-x}|e to the power minus x",
        "x_i|x sub i",
        "a_{n+1} = a_n + 1|a sub n plus 1 equals a sub n plus 1",
        "x_i^2|x sub i squared",
        "\\sqrt{x}|the square root of x",
        "\\sqrt[3]{x}|the cube root of x",
        "\\sqrt[n]{x}|the n th root of x",
        "\\sqrt{a^2+b^2}|the square root of a squared plus b squared",
        "\\sum_{i=1}^{n} i|the sum from i equals 1 to n of i",
        "\\sum_{i=1}^{n}|the sum from i equals 1 to n",
        "\\int_0^1 x\\,dx|the integral from 0 to 1 of x d x",
        "\\int f|the integral of f",
        "\\lim_{x \\to 0} f(x)|the limit as x tends to 0 of f x",
        "\\infty|infinity",
        "\\alpha + \\beta = \\gamma|alpha plus beta equals gamma",
        "\\Delta E|capital delta E",
        "\\omega|omega",
        "a \\cdot b \\times c|a times b times c",
        "x \\pm 1|x plus or minus 1",
        "a \\leq b \\geq c \\neq d \\approx e|a is less than or equal to b is greater than or equal to c is not equal to d is approximately equal to e",
        "n \\to \\infty|n to infinity",
        "A \\rightarrow B|A to B",
        "\\mathrm{d}x|d x",
        "\\text{speed} = \\frac{\\text{distance}}{\\text{time}}|speed equals distance over time",
        "\\mathbf{F} = m\\mathbf{a}|F equals m a",
        "\\left( a + b \\right)^2|a plus b squared",
        "{a}+{b}|a plus b",
        "E = mc^2|E equals m c squared",
        "\\sin^2\\theta + \\cos^2\\theta = 1|sine squared theta plus cosine squared theta equals 1",
        "n!|n factorial",
        "f'(x)|f prime x",
    })
    void mathematics(String tex, String spoken) {
        assertThat(FormulaSpeech.speak(tex)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\ce{Fe}_{1-x}\\ce{O}|F E sub 1 minus x O",
        "\\ce{2H2 + O2 -> 2H2O}|2 H 2 plus O 2 yields 2 H 2 O",
        "\\ce{H2O}|H 2 O",
        "\\ce{Fe^{3+}}|F E 3 plus",
        "\\ce{OH-}|O H minus",
        "\\ce{NaCl(aq)}|N A C L aqueous",
        "\\ce{N2 + 3H2 <=> 2NH3}|N 2 plus 3 H 2 is in equilibrium with 2 N H 3",
    })
    void chemistry(String tex, String spoken) {
        assertThat(FormulaSpeech.speak(tex)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}|formula: begin pmatrix a & b c & d end pmatrix",
        "\\unknowncommand{x}|formula: unknowncommand x",
        "\\frac{a}{b|formula: frac a b",
        "a}|formula: a",
        "x^|formula: x^",
    })
    void tooComplexFallsBackToTheSource(String tex, String spoken) {
        assertThat(FormulaSpeech.speak(tex)).isEqualTo(spoken);
    }

    @Test
    void deepNestingIsRefusedNotOverflowing() {
        String tex = "{".repeat(50_000) + "x" + "}".repeat(50_000);
        assertThat(FormulaSpeech.speak(tex)).isEqualTo("formula: x");
    }
}
