package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenedTextRepairTest {

    /** Pads a one-line snippet the way the seed is: one very long line. */
    private static String flattened(String snippet) {
        return snippet + " " + "Filler prose sentence. ".repeat(60);
    }

    @Test
    void putsHeadingsOnTheirOwnLines() {
        String text = flattened("==Consolidation of power== {{Main|Joseph Stalin's rise to power}} "
                + "=== 1924–1927: Succeeding Lenin === [[File:X.jpg|thumb|right|Stalin]] Lenin died."
                + "{{sfn|Kotkin|2014|p=426}} ====Famine==== The famine.");
        Repaired repaired = FlattenedTextRepair.repair(text);
        List<String> lines = repaired.text().lines().toList();
        assertThat(lines).startsWith(
                "==Consolidation of power==",
                "{{Main|Joseph Stalin's rise to power}}",
                "",
                "=== 1924–1927: Succeeding Lenin ===",
                "[[File:X.jpg|thumb|right|Stalin]] Lenin died.{{sfn|Kotkin|2014|p=426}}",
                "",
                "====Famine====");
        assertThat(repaired.warnings()).singleElement().asString().startsWith("restored line breaks around 3 heading(s)");
    }

    @Test
    void neverSplitsInsideTemplatesLinksCommentsOrRefs() {
        String inside = "{{cite book |title= ==Not a heading== |p=426}} [[A| ==no== ]] <!-- ==no== --> "
                + "<ref>x ==no== y</ref> {{sfnm|1a1=Conquest|1y=1991|1p=104}}";
        String text = flattened("Intro. ==Real== " + inside);
        String repaired = FlattenedTextRepair.repair(text).text();
        assertThat(repaired).startsWith("Intro.\n\n==Real==\n" + inside);
        assertThat(repaired.lines().filter(l -> l.startsWith("=="))).containsExactly("==Real==");
    }

    @Test
    void rejectsUnbalancedOrMarkupTitles() {
        String text = flattened("x ==a=== b == c | d == e ==[[x]]== f");
        assertThat(FlattenedTextRepair.isFlattened(text)).isFalse();
        assertThat(FlattenedTextRepair.repair(text).text()).isSameAs(text);
    }

    @Test
    void leavesShortOrMultiLineTextAlone() {
        String shortLine = "a ==b== c";
        assertThat(FlattenedTextRepair.repair(shortLine).text()).isSameAs(shortLine);
    }

    @Test
    void repairsTheSeed() {
        String seed = EditPageChrome.strip(Corpus.text(Corpus.article(Corpus.SEED))).text();
        assertThat(FlattenedTextRepair.isFlattened(seed)).isTrue();
        String repaired = FlattenedTextRepair.repair(seed).text();
        assertThat(repaired.lines().filter(l -> l.startsWith("=")).toList()).containsExactly(
                "==Consolidation of power==",
                "=== 1924β1927: Succeeding Lenin ===",
                "=== 1927β1931: Dekulakisation, collectivisation, and industrialisation ===",
                "====Economic policy====",
                "====Cultural and foreign policy====",
                "=== 1932β1939: Major crises ===",
                "====Famine====",
                "====Ideological and foreign affairs====",
                "====The Great Terror====");
        // nothing but whitespace changed
        assertThat(repaired.replaceAll("\\s+", "")).isEqualTo(seed.replaceAll("\\s+", ""));
    }

    @Test
    void ordinaryCorpusArticlesAreUnchanged() {
        for (Path file : Corpus.ordinaryWikiFiles()) {
            String text = Corpus.text(file);
            assertThat(FlattenedTextRepair.isFlattened(text)).as(file.toString()).isFalse();
            assertThat(FlattenedTextRepair.repair(text).text()).as(file.toString()).isSameAs(text);
        }
    }
}
