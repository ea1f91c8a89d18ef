package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liblouis.DisplayTable;

/** Lector's own cell-to-ASCII table against liblouis's en-us-brf.dis, all 64 six-dot cells. */
class AsciiBrailleTest {
    @Test
    void everyCellMapsAsTheLiblouisBrfDisplayTableDoes() {
        DisplayTable brf = DisplayTable.fromTable("en-us-brf.dis");
        for (char cell = 0x2800; cell <= 0x283F; cell++) {
            assertThat(AsciiBraille.of(cell)).as("U+%04X", (int) cell).isEqualTo(brf.encode(String.valueOf(cell)).charAt(0));
            assertThat(AsciiBraille.cellOf(AsciiBraille.of(cell))).isEqualTo(cell);
        }
    }

    @Test
    void everyCellIsPrintableAsciiBelowLowerCase() {
        for (char cell = 0x2800; cell <= 0x283F; cell++) {
            assertThat((int) AsciiBraille.of(cell)).isBetween(0x20, 0x5F);
        }
    }
}
