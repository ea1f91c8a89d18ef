package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

// Expected strings follow Module:Footnotes' core(): names, year, ", p. "/", pp. ", ", loc", ps.
class ShortCitationFormatterTest {

    private static ShortCitation c(List<String> authors, String year, String p, String pp, String loc) {
        return new ShortCitation(authors, year, p, pp, loc);
    }

    @Test
    void authorListsFollowTheModule() {
        assertThat(ShortCitationFormatter.authors(List.of("A"))).isEqualTo("A");
        assertThat(ShortCitationFormatter.authors(List.of("A", "B"))).isEqualTo("A & B");
        assertThat(ShortCitationFormatter.authors(List.of("A", "B", "C"))).isEqualTo("A, B & C");
        assertThat(ShortCitationFormatter.authors(List.of("A", "B", "C", "D"))).isEqualTo("A et al.");
    }

    @Test
    void recognisesTheYearForms() {
        assertThat(List.of("1991", "n.d.", "c. 1990", "1990–1991", "1990–91", "2004a", "nd", "850"))
                .allMatch(ShortCitationFormatter::isYear);
        assertThat(List.of("Smith", "The Jesus Seminar", "19911", "2004A", "")).noneMatch(ShortCitationFormatter::isYear);
    }

    @Test
    void sfnAndSfnpForms() {
        ShortCitation k = c(List.of("Kotkin"), "2014", "426", "", "");
        assertThat(ShortCitationFormatter.format(k, ShortCitationFormatter.SFN, ".")).isEqualTo("Kotkin 2014, p. 426.");
        assertThat(ShortCitationFormatter.format(k, ShortCitationFormatter.SFNP, ".")).isEqualTo("Kotkin (2014), p. 426.");
    }

    @Test
    void pageWinsOverPagesAndLocIsAppended() {
        ShortCitation both = c(List.of("A"), "2001", "5", "6–7", "fig. 2");
        assertThat(ShortCitationFormatter.format(both, ShortCitationFormatter.SFN, ".")).isEqualTo("A 2001, p. 5, fig. 2.");
        ShortCitation loc = c(List.of("Cross", "Livingstone"), "2005", "", "", "Messiah");
        assertThat(ShortCitationFormatter.format(loc, ShortCitationFormatter.SFN, "."))
                .isEqualTo("Cross & Livingstone 2005, Messiah.");
    }

    @Test
    void postscriptReplacesTheClosingDot() {
        ShortCitation k = c(List.of("Kotkin"), "2014", "426", "", "");
        assertThat(ShortCitationFormatter.format(k, ShortCitationFormatter.SFN, "")).isEqualTo("Kotkin 2014, p. 426");
        assertThat(ShortCitationFormatter.format(k, ShortCitationFormatter.SFN, ": quoted."))
                .isEqualTo("Kotkin 2014, p. 426: quoted.");
    }

    @Test
    void noDoubleDotAfterNdOrEtAl() {
        assertThat(ShortCitationFormatter.format(c(List.of("Smith"), "n.d.", "", "", ""), ShortCitationFormatter.SFN, "."))
                .isEqualTo("Smith n.d.");
        assertThat(ShortCitationFormatter.format(c(List.of("A", "B", "C", "D"), "", "", "", ""),
                ShortCitationFormatter.SFN, ".")).isEqualTo("A et al.");
        assertThat(ShortCitationFormatter.format(c(List.of("Smith"), "n.d.", "4", "", ""), ShortCitationFormatter.SFN, "."))
                .isEqualTo("Smith n.d., p. 4.");
        assertThat(ShortCitationFormatter.format(c(List.of("Cross"), "2005", "", "", "James, St."),
                ShortCitationFormatter.SFN, ".")).isEqualTo("Cross 2005, James, St.");
    }

    @Test
    void harvardBrackets() {
        ShortCitation s = c(List.of("Smith"), "2006", "25", "", "");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARV, "")).isEqualTo("(Smith 2006, p. 25)");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARVNB, "")).isEqualTo("Smith 2006, p. 25");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARVTXT, "")).isEqualTo("Smith (2006, p. 25)");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARVP, "")).isEqualTo("Smith (2006), p. 25");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARVCOL, "")).isEqualTo("(Smith 2006:25)");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARVCOLTXT, "")).isEqualTo("Smith (2006:25)");
    }

    @Test
    void txtStyleWithoutYearDoesNotLeaveAStrayBracket() {
        ShortCitation s = c(List.of("Smith"), "", "25", "", "");
        assertThat(ShortCitationFormatter.format(s, ShortCitationFormatter.HARVTXT, "")).isEqualTo("Smith, p. 25");
    }

    @Test
    void sfnmJoinsSourcesAndHonoursTheLastOwnPostscript() {
        List<ShortCitation> two = List.of(c(List.of("Conquest"), "1991", "104", "", ""),
                c(List.of("Montefiore"), "2003", "30", "", ""));
        assertThat(ShortCitationFormatter.formatMany(two, List.of("", ""), ShortCitationFormatter.SFN, "."))
                .isEqualTo("Conquest 1991, p. 104; Montefiore 2003, p. 30.");
        assertThat(ShortCitationFormatter.formatMany(two, List.of("", "!"), ShortCitationFormatter.SFN, "."))
                .isEqualTo("Conquest 1991, p. 104; Montefiore 2003, p. 30!");
    }
}
