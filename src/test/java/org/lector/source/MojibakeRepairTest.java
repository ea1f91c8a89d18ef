package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    private static String dashes(String text) {
        return MojibakeRepair.repairBetaDashes(text).text();
    }

    @Test
    void repairsTheSeedsDashPatterns() {
        String seed = "=== 1924β1927: Succeeding Lenin === {{sfn|Kotkin|2014|pp=542β543}} "
                + "Stalin saw Trotsky β whom he personally despised β as the main obstacle; "
                + "the [[White SeaβBaltic Canal]] was held in JulyβAugust 1935, its policiesβincluding";
        Repaired repaired = MojibakeRepair.repairBetaDashes(seed);
        assertThat(repaired.text()).isEqualTo("=== 1924–1927: Succeeding Lenin === {{sfn|Kotkin|2014|pp=542–543}} "
                + "Stalin saw Trotsky – whom he personally despised – as the main obstacle; "
                + "the [[White Sea–Baltic Canal]] was held in July–August 1935, its policies—including");
        assertThat(repaired.warnings()).containsExactly("repaired 7 dash(es) garbled as β");
    }

    @Test
    void leavesRealGreekAlone() {
        String[] greek = {
            "Το αλφάβητο: αβγδε. Η λέξη βήτα γράφεται β, όπως 1β2 στα μαθηματικά β 3.",
            "αβγ and βήτα and ββ",
            "Η β΄ φάση (1924β1927) και η γ΄ φάση",
        };
        for (String text : greek) {
            assertThat(dashes(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void leavesScientificBetaAlone() {
        // from cattle.wiki and oxygen.wiki, plus a spaced one that would look dash-like on its own
        String text = "Injections of 17β-Estradiol; [[positron emission|β<sup>+</sup> decay]]; "
                + "α and β particles; β-carotene";
        assertThat(dashes(text)).isEqualTo(text);
    }

    @Test
    void doesNothingWhenTheTextHasRealDashes() {
        String text = "From 1924–1927 a β 2 b and 3β4.";
        assertThat(dashes(text)).isEqualTo(text);
    }

    @Test
    void oneDashLikeBetaIsNotEnoughEvidence() {
        assertThat(dashes("Samples 3β4 only.")).isEqualTo("Samples 3β4 only.");
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        Repaired repaired = MojibakeRepair.repairWindows1252(
                "1924â€“1927 â€” Stalinâ€™s â€œcultâ€\u009d, CafÃ© SchrÃ¶der, 20Â°C, Ð¡Ñ‚Ð°Ð»Ð¸Ð½");
        assertThat(repaired.text()).isEqualTo("1924–1927 — Stalin’s “cult”, Café Schröder, 20°C, Сталин");
        assertThat(repaired.warnings()).singleElement().asString().startsWith("repaired 14 character(s)");
    }

    @Test
    void leavesLegitimateLatinTextAlone() {
        String[] texts = {
            "Ã on its own, São Paulo, Ångström, „Gruß“, Straße…, Æsir, Ü-Boot, × 3, café—the",
            "ÀÉÎÕÜ àéîõü ñ ß œ Œ – — ‘’ “” € ™",
        };
        for (String text : texts) {
            assertThat(MojibakeRepair.repairWindows1252(text).text()).as(text).isEqualTo(text);
        }
    }

    @Test
    void theSeedLosesEveryBeta() {
        String seed = Corpus.text(Corpus.article(Corpus.SEED));
        Repaired repaired = MojibakeRepair.repair(seed);
        assertThat(repaired.text()).doesNotContain("β").contains("1924–1927: Succeeding Lenin")
                .contains("Trotsky – whom").contains("pp=542–543").contains("July–August 1935");
        assertThat(repaired.warnings()).containsExactly("repaired 85 dash(es) garbled as β");
    }

    @Test
    void ordinaryCorpusArticlesAreUnchanged() {
        for (Path file : Corpus.files("")) {
            if (file.getFileName().toString().equals(Corpus.SEED)) {
                continue;
            }
            String text = Corpus.text(file);
            Repaired repaired = MojibakeRepair.repair(text);
            assertThat(repaired.warnings()).as(file.toString()).isEmpty();
            assertThat(repaired.text()).as(file.toString()).isSameAs(text);
        }
    }
}
