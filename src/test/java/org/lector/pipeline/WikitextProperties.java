package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lector.script.NoteText;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.ScriptLeaks;
import org.lector.testing.ScriptView;

/**
 * Invariants over generated articles: paragraphs, headings, lists, tables, links, emphasis,
 * external links, refs and short citations, mixed at random. Each generated piece knows the
 * words a reader sees, so the properties can say "no markup survives" and "no prose word is lost"
 * without consulting the parser.
 */
class WikitextProperties {
    /** A piece of wikitext and the words it shows; {@code inNote} for words that live in a note. */
    record Piece(String markup, List<String> shown, boolean inNote) {
        static Piece text(String markup, List<String> shown) {
            return new Piece(markup, shown, false);
        }
    }

    @Property(tries = 300)
    void noMarkupInAnyTextField(@ForAll("articles") List<List<Piece>> blocks) {
        ReadingScript script = convert(render(blocks));
        assertThat(ScriptLeaks.find(script)).isEmpty();
    }

    @Property(tries = 300)
    void everyProseWordOfTheInputAppearsInTheScript(@ForAll("articles") List<List<Piece>> blocks) {
        ReadingScript script = convert(render(blocks));
        Set<String> text = words(script, false);
        Set<String> notes = words(script, true);
        for (List<Piece> block : blocks) {
            for (Piece p : block) {
                for (String w : p.shown()) {
                    assertThat(p.inNote() ? notes : text).as("'%s' from %s", w, p.markup()).contains(w);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<List<Piece>>> articles() {
        return block().list().ofMinSize(1).ofMaxSize(8);
    }

    private Arbitrary<List<Piece>> block() {
        Arbitrary<List<Piece>> paragraph = inline().list().ofMinSize(1).ofMaxSize(12);
        // a section with nothing in it is left out of the script (References, External links), so
        // every generated heading has a paragraph of its own
        Arbitrary<List<Piece>> heading = Combinators.combine(Arbitraries.integers().between(2, 4), phrase(), phrase())
                .as((level, ws, body) -> List.of(
                        Piece.text("=".repeat(level) + " " + String.join(" ", ws) + " " + "=".repeat(level) + "\n", ws),
                        Piece.text(String.join(" ", body), body)));
        Arbitrary<List<Piece>> list = Combinators.combine(Arbitraries.of("*", "#", "**", "*#"), inline().list().ofMinSize(1).ofMaxSize(4))
                .as((prefix, inl) -> prefixed(prefix + " ", inl));
        Arbitrary<List<Piece>> table = phrase().list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3).map(WikitextProperties::table);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, paragraph), net.jqwik.api.Tuple.of(2, heading),
                net.jqwik.api.Tuple.of(2, list), net.jqwik.api.Tuple.of(1, table));
    }

    private Arbitrary<Piece> inline() {
        Arbitrary<Piece> plain = phrase().map(ws -> Piece.text(String.join(" ", ws), ws));
        Arbitrary<Piece> link = Combinators.combine(word(), phrase())
                .as((target, label) -> Piece.text("[[" + capital(target) + "|" + String.join(" ", label) + "]]", label));
        Arbitrary<Piece> bareLink = word().map(w -> Piece.text("[[" + capital(w) + "]]", List.of(capital(w))));
        Arbitrary<Piece> italic = phrase().map(ws -> Piece.text("''" + String.join(" ", ws) + "''", ws));
        Arbitrary<Piece> bold = phrase().map(ws -> Piece.text("'''" + String.join(" ", ws) + "'''", ws));
        Arbitrary<Piece> external = phrase().map(ws -> Piece.text("[https://example.org/x " + String.join(" ", ws) + "]", ws));
        Arbitrary<Piece> ref = phrase().map(ws -> new Piece("<ref>" + String.join(" ", ws) + ".</ref>", ws, true));
        Arbitrary<Piece> sfn = Combinators.combine(word(), Arbitraries.integers().between(1900, 2020), Arbitraries.integers().between(1, 900))
                .as((author, year, page) -> new Piece("{{sfn|" + capital(author) + "|" + year + "|p=" + page + "}}",
                        List.of(capital(author)), true));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, plain), net.jqwik.api.Tuple.of(2, link), net.jqwik.api.Tuple.of(1, bareLink),
                net.jqwik.api.Tuple.of(2, italic), net.jqwik.api.Tuple.of(1, bold), net.jqwik.api.Tuple.of(1, external),
                net.jqwik.api.Tuple.of(1, ref), net.jqwik.api.Tuple.of(1, sfn));
    }

    /** Words that are only words: no wiki keyword (thumb, left), no template or namespace name. */
    private Arbitrary<String> word() {
        return Arbitraries.strings().withChars("bdfgklmnprstvz").ofMinLength(1).ofMaxLength(4)
                .map(consonants -> {
                    StringBuilder w = new StringBuilder();
                    for (char c : consonants.toCharArray()) {
                        w.append(c).append("aeiou".charAt(c % 5));
                    }
                    return w.toString();
                });
    }

    private Arbitrary<List<String>> phrase() {
        return word().list().ofMinSize(1).ofMaxSize(6);
    }

    private static List<Piece> prefixed(String prefix, List<Piece> inline) {
        List<Piece> out = new ArrayList<>(inline);
        Piece first = out.get(0);
        out.set(0, new Piece(prefix + first.markup(), first.shown(), first.inNote()));
        return out;
    }

    private static List<Piece> table(List<List<List<String>>> rows) {
        List<Piece> out = new ArrayList<>();
        out.add(Piece.text("{| class=\"wikitable\"", List.of()));
        for (List<List<String>> row : rows) {
            out.add(Piece.text("\n|-", List.of()));
            for (List<String> cell : row) {
                out.add(Piece.text("\n| " + String.join(" ", cell), cell));
            }
        }
        out.add(Piece.text("\n|}", List.of()));
        return out;
    }

    private static String render(List<List<Piece>> blocks) {
        StringBuilder sb = new StringBuilder();
        for (List<Piece> block : blocks) {
            for (Piece p : block) {
                if (!p.markup().startsWith("\n") && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
                sb.append(p.markup());
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** One for every try: building it reads the lexicon and acronym files. */
    private static final ArticleConverter CONVERTER = new ArticleConverter();

    private static ReadingScript convert(String wikitext) {
        try (ArticleStream in = ArticleReader.open(new ByteArrayInputStream(wikitext.getBytes(StandardCharsets.UTF_8)), "generated.wiki")) {
            return CONVERTER.toScript(in.next());
        }
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}]+");

    private static Set<String> words(ReadingScript script, boolean notes) {
        Set<String> out = new TreeSet<>();
        for (ScriptView.Text t : ScriptView.texts(script)) {
            if (notes) {
                // a note lives in the notes of the texts citing it and as a Note block at the end
                // (which is all that is left of it when nothing but the note marker was in its paragraph)
                for (NoteText n : t.prose().notes()) {
                    out.addAll(List.of(NON_WORD.split(n.text())));
                }
                if (t.kind().equals("note")) {
                    out.addAll(List.of(NON_WORD.split(t.text())));
                }
            } else {
                out.addAll(List.of(NON_WORD.split(t.text())));
            }
        }
        return out;
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
