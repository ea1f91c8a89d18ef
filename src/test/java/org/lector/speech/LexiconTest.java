package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.config.LectorHome;

class LexiconTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\""
            + " alphabet=\"ipa\" xml:lang=\"en-US\">\n";

    private static Lexicon pls(String lexemes) throws IOException {
        return Lexicon.read(new ByteArrayInputStream((HEAD + lexemes + "</lexicon>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void replacesWholeWordsWithTheAlias() throws IOException {
        Lexicon lex = pls("<lexeme><grapheme>Khlevniuk</grapheme><alias>Khlev nyook</alias></lexeme>");
        assertThat(lex.apply("Khlevniuk argues")).isEqualTo("Khlev nyook argues");
        assertThat(lex.apply("(Khlevniuk, 2015)")).isEqualTo("(Khlev nyook, 2015)");
        assertThat(lex.apply("Khlevniuk's book")).isEqualTo("Khlev nyook's book");
        assertThat(lex.apply("Khlevniuk’s book")).isEqualTo("Khlev nyook’s book");
        // not inside other words
        assertThat(lex.apply("Khlevniukov and AKhlevniuk")).isEqualTo("Khlevniukov and AKhlevniuk");
    }

    @Test
    void matchingIsCaseSensitiveAsPlsSays() throws IOException {
        Lexicon lex = pls("<lexeme><grapheme>Kirov</grapheme><alias>Kee rof</alias></lexeme>");
        assertThat(lex.apply("kirov KIROV Kirov")).isEqualTo("kirov KIROV Kee rof");
    }

    @Test
    void severalGraphemesShareTheFirstAliasAndPhonemesAreIgnored() throws IOException {
        Lexicon lex = pls("<lexeme><grapheme>Piatnitsky</grapheme><grapheme>Pyatnitsky</grapheme>"
                + "<phoneme>pʲɪˈtnʲitskʲɪj</phoneme><alias>Pyat nit skee</alias><alias>Pyat nitsky</alias></lexeme>"
                + "<lexeme><grapheme>Beria</grapheme><phoneme>ˈbɛriə</phoneme></lexeme>");
        assertThat(lex.apply("Piatnitsky or Pyatnitsky")).isEqualTo("Pyat nit skee or Pyat nit skee");
        // a lexeme with only a phoneme gives the text engine nothing to say differently
        assertThat(lex.apply("Beria")).isEqualTo("Beria");
        assertThat(lex.size()).isEqualTo(2);
    }

    @Test
    void longestGraphemeWinsAndReplacementsAreNotRescanned() throws IOException {
        Lexicon lex = pls("<lexeme><grapheme>Sergo</grapheme><alias>Ser go</alias></lexeme>"
                + "<lexeme><grapheme>Sergo Ordzhonikidze</grapheme><alias>Sergo Or jon ee keed zeh</alias></lexeme>");
        assertThat(lex.apply("Sergo Ordzhonikidze and Sergo")).isEqualTo("Sergo Or jon ee keed zeh and Ser go");
    }

    @Test
    void mergeLetsTheLaterLexiconWin() throws IOException {
        Lexicon shipped = pls("<lexeme><grapheme>Kotkin</grapheme><alias>Kot kin</alias></lexeme>"
                + "<lexeme><grapheme>Kirov</grapheme><alias>Kee rof</alias></lexeme>");
        Lexicon user = Lexicon.of(Map.of("Kotkin", "Kaht kin"));
        Lexicon merged = shipped.merge(user);
        assertThat(merged.apply("Kotkin on Kirov")).isEqualTo("Kaht kin on Kee rof");
        assertThat(shipped.apply("Kotkin")).isEqualTo("Kot kin");
    }

    @Test
    void refusesDoctypesSoNoEntityCanBeExpanded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE lexicon [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\">"
                + "<lexeme><grapheme>a</grapheme><alias>&x;</alias></lexeme></lexicon>";
        Path file = Files.writeString(dir.resolve("evil.pls"), xxe);
        assertThatThrownBy(() -> Lexicon.load(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("evil.pls");
    }

    @Test
    void rejectsOtherXml(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not.pls"), "<html><body/></html>");
        assertThatThrownBy(() -> Lexicon.load(file)).hasMessageContaining("not a PLS lexicon");
    }

    @Test
    void shippedLexiconCoversTheSeedsNames() {
        Lexicon lex = Lexicon.load(Paths.get("voices", "lexicon-en.pls"));
        assertThat(lex.size()).isGreaterThan(50);
        assertThat(lex.apply("Zinoviev, Kamenev and Bukharin; Khlevniuk's view"))
                .isEqualTo("Zin oh vee ev, Kah men yef and Boo kah rin; Khlev nyook's view");
        assertThat(lex.apply("the kulaks and a kulak")).isEqualTo("the koo lahks and a koo lahk");
        for (String name : new String[] {"Khlevniuk", "Zinoviev", "Dzerzhinsky", "Kamenev", "Bukharin", "Rykov",
            "Tomsky", "Yagoda", "Menzhinsky", "Yezhov", "Kotkin", "Montefiore", "Volkogonov", "Ordzhonikidze",
            "Mikoyan", "Kirov", "Tukhachevsky", "Stakhanov", "Zubalova", "Bazhanov", "Holodomor", "Politburo",
            "Sverdlov", "Kuromiya"}) {
            String alias = lex.alias(name);
            assertThat(alias).as(name).isNotNull();
            // respellings must survive the later steps unchanged: no hyphens, capitals runs or digits
            assertThat(alias).as(name).doesNotContain("-").doesNotContainPattern("\\p{Lu}{2}|\\d");
        }
    }

    @Test
    void defaultsAreOptional(@TempDir Path dir) {
        assertThat(Lexicon.defaults(LectorHome.of(dir)).size()).isZero();
        assertThat(Lexicon.defaults(LectorHome.of(Paths.get("").toAbsolutePath())).alias("Yezhov")).isEqualTo("Yeh zhof");
    }

    @Test
    void linearOnLongText() {
        Lexicon lex = Lexicon.load(Paths.get("voices", "lexicon-en.pls"));
        String text = "Kirov and Kirovsk, Khlevniuk's Khlevniu ".repeat(50_000);
        long t0 = System.nanoTime();
        String out = lex.apply(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(out).startsWith("Kee rof and Kirovsk, Khlev nyook's Khlevniu ");
        assertThat(ms).as("hang bound, not a benchmark").isLessThan(20_000);
    }
}
