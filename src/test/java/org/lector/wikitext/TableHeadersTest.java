package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Article;
import org.lector.document.PlainText;
import org.lector.document.Table;
import org.lector.testing.Corpus;

/** Header cells written with "|": found when the layout makes them headers, and only then. */
class TableHeadersTest {

    private static Table table(String wikitext) {
        Article a = new WikitextParser().parse("T", "en", wikitext);
        return (Table) a.lead().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
    }

    /** Each row as its cells, a header cell in brackets. */
    private static List<String> shape(Table t) {
        return t.rows().stream().map(r -> String.join(" | ", r.cells().stream()
                .map(c -> c.header() ? "[" + PlainText.of(c.content()) + "]" : PlainText.of(c.content())).toList())).toList();
    }

    @Test
    void aFirstRowOfBoldCellsIsTheHeaderRow() {
        assertThat(shape(table("{|\n|-\n| '''Year''' || '''Event'''\n|-\n| 1809 || Born\n|-\n| 1852 || Died\n|}")))
                .containsExactly("[Year] | [Event]", "1809 | Born", "1852 | Died");
        assertThat(shape(table("{|\n|-\n| style=\"font-weight: bold\" | Year || style=\"font-weight:700\" | Event\n"
                + "|-\n| 1809 || Born\n|}"))).containsExactly("[Year] | [Event]", "1809 | Born");
    }

    @Test
    void aTableBoldThroughoutHasNoHeaderRowToFind() {
        assertThat(shape(table("{|\n| '''A''' || '''B'''\n|-\n| '''C''' || '''D'''\n|}")))
                .containsExactly("A | B", "C | D");
    }

    @Test
    void aRowOfWordsOverColumnsOfNumbersIsTheHeaderRow() {
        assertThat(shape(table("{|\n|Temperature (K)\n|Density\n|-\n|100\n|3.945\n|-\n|150\n|2.585\n|}")))
                .containsExactly("[Temperature (K)] | [Density]", "100 | 3.945", "150 | 2.585");
        // a first row that is data (a number in it), or words over words, stays data
        assertThat(shape(table("{|\n|Freshwater||9.00\n|-\n|Seawater||7.20\n|-\n|Brine||5.10\n|}")))
                .containsExactly("Freshwater | 9.00", "Seawater | 7.20", "Brine | 5.10");
        assertThat(shape(table("{|\n|b||á||p\n|-\n|í||s||y\n|}"))).containsExactly("b | á | p", "í | s | y");
        assertThat(shape(table("{|\n|Lake||—\n|-\n|Sea||12\n|-\n|Pond||3\n|}")))
                .containsExactly("Lake | —", "Sea | 12", "Pond | 3");
    }

    @Test
    void aBoldFirstCellInEveryDataRowHeadsItsRow() {
        assertThat(shape(table("{|\n! Unit !! Value\n|-\n| '''kPa''' || 14.2\n|-\n| '''mmHg''' || 107\n|}")))
                .containsExactly("[Unit] | [Value]", "[kPa] | 14.2", "[mmHg] | 107");
        assertThat(shape(table("{|\n! Unit !! Value\n|-\n| '''kPa''' || 14.2\n|-\n| mmHg || 107\n|}")))
                .containsExactly("[Unit] | [Value]", "kPa | 14.2", "mmHg | 107");
    }

    private static List<Table> tables(List<org.lector.document.Section> sections) {
        List<Table> out = new java.util.ArrayList<>();
        for (org.lector.document.Section s : sections) {
            s.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).forEach(out::add);
            out.addAll(tables(s.subsections()));
        }
        return out;
    }

    @Test
    void oxygensThermophysicalTableGetsItsHeaderRow() throws IOException {
        String oxygen = Files.readString(Corpus.article("oxygen.wiki"), StandardCharsets.UTF_8);
        Article a = new WikitextParser().parse("Oxygen", "en", oxygen);
        Table t = tables(a.sections()).stream()
                .filter(x -> PlainText.of(x.rows().get(0).cells().get(0).content()).equals("Temperature (K)"))
                .findFirst().orElseThrow();
        assertThat(t.rows().get(0).cells()).allMatch(Table.Cell::header);
        assertThat(t.rows().get(1).cells()).noneMatch(Table.Cell::header);
    }
}
