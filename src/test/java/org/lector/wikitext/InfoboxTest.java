package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Blocks;
import org.lector.document.Infobox;
import org.lector.document.LineBreak;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Table;
import org.lector.document.Text;

/**
 * An infobox from the corpus parses into an {@link Infobox} block: its title, then one entry per
 * fact with pictures and empty parameters left out. The corpus is read in place (lector.corpus,
 * default ../shared/corpus).
 */
class InfoboxTest {

    private static Article corpusArticle(String file) throws IOException {
        Path path = Path.of(System.getProperty("lector.corpus", "../shared/corpus"), "articles", file);
        assumeTrue(Files.isRegularFile(path), "corpus article not found at " + path);
        return new WikitextParser().parse("Ibn al-Haytham", "en", Files.readString(path, StandardCharsets.UTF_8));
    }

    private static Infobox firstInfobox(List<Block> blocks) {
        return (Infobox) blocks.stream().filter(b -> b instanceof Infobox).findFirst().orElseThrow();
    }

    @Test
    void aScientistsInfoboxFromTheCorpus() throws IOException {
        Infobox box = firstInfobox(corpusArticle("ibn-al-haytham.wiki").lead());
        // name = Hasan Ibn al-Haytham<br/>(Alhazen)
        assertThat(box.title()).contains(new LineBreak());
        assertThat(PlainText.of(box.title())).isEqualTo("Hasan Ibn al-Haytham (Alhazen)");
        // image, caption, workplaces, alma_mater, notable_students and footnotes are empty or pictures
        assertThat(box.entries()).extracting(e -> PlainText.of(e.label())).containsExactly(
                "Birth date", "Birth place", "Death date", "Death place", "Residence", "Fields", "Influences",
                "Influenced", "Known for");
        assertThat(box.entries()).extracting(e -> PlainText.of(e.value())).element(1).isEqualTo("Basra, Iraq");
        assertThat(box.entries()).extracting(e -> PlainText.of(e.value())).element(4).isEqualTo("Basra, Cairo");
        assertThat(PlainText.of(box.entries().get(0).value())).startsWith("c. 965");
    }

    @Test
    void anInfoboxFlattensToItsTitleThenLabelledLines() {
        Article a = new WikitextParser().parse("Test", "en",
                "{{Infobox|title=Thing|label1=Colour|data1=Red|header2=More|data3=Alone}}");
        Infobox box = (Infobox) a.lead().get(0);
        assertThat(Blocks.flatten(List.of(box))).containsExactly(
                new Text("Thing"), new LineBreak(),
                new Text("Colour"), new Text(": "),
                new Text("Red"), new LineBreak(),
                new Text("More"), new LineBreak(),
                new Text("Alone"));
    }

    @Test
    void anInfoboxInATableCellIsReadAsItsLines() {
        Article a = new WikitextParser().parse("Test", "en", "{|\n| {{Infobox|title=Thing|label1=Colour|data1=Red}}\n|}");
        Table t = (Table) a.lead().get(0);
        assertThat(PlainText.of(t.rows().get(0).cells().get(0).content())).isEqualTo("Thing Colour: Red");
    }

    @Test
    void anInfoboxMidParagraphStandsBetweenItsHalves() {
        Article a = new WikitextParser().parse("Test", "en", "Before {{Infobox person|name=X|occupation=Writer}} after.");
        assertThat(a.lead()).hasSize(3);
        assertThat(a.lead().get(0)).isInstanceOf(Paragraph.class);
        assertThat(a.lead().get(1)).isInstanceOf(Infobox.class);
        assertThat(PlainText.of(((Paragraph) a.lead().get(2)).content())).isEqualTo("after.");
    }
}
