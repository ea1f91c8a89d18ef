package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.document.Article;
import org.lector.document.Hatnote;
import org.lector.document.PlainText;

/**
 * Every hatnote template family gives a hatnote of the right kind: the ones that tell an article
 * apart from others of its name are DISAMBIGUATION (audio and braille leave them out by default),
 * the ones that lead on keep their kind.
 */
class HatnoteKindsTest {

    private static Hatnote hatnote(String wikitext) {
        Article a = new WikitextParser().parse("Mercury", "en", wikitext + "\nMercury is a planet.");
        return a.lead().stream().filter(Hatnote.class::isInstance).map(Hatnote.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no hatnote from " + wikitext));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{About|the planet}} => DISAMBIGUATION => This article is about the planet. For other uses, see Mercury (disambiguation).",
            "{{For|the element|Mercury (element)}} => DISAMBIGUATION => For the element, see Mercury (element).",
            "{{Redirect|Hermes' planet|the god|Hermes}} => DISAMBIGUATION => \"Hermes' planet\" redirects here. For the god, see Hermes.",
            "{{Distinguish|Mars}} => DISAMBIGUATION => Not to be confused with Mars.",
            "{{Not to be confused with|Mars|Venus}} => DISAMBIGUATION => Not to be confused with Mars or Venus.",
            "{{Other uses}} => DISAMBIGUATION => For other uses, see Mercury (disambiguation).",
            "{{Other uses|Mercury (name)}} => DISAMBIGUATION => For other uses, see Mercury (name).",
            "{{Other uses of|Quicksilver}} => DISAMBIGUATION => For other uses of \"Quicksilver\", see Quicksilver (disambiguation).",
            "{{Other people|Freddie Mercury}} => DISAMBIGUATION => For other people named Freddie Mercury, see Freddie Mercury (disambiguation).",
            "{{Other places}} => DISAMBIGUATION => For other places with the same name, see Mercury (disambiguation).",
            "{{Other ships|HMS Mercury}} => DISAMBIGUATION => For other ships with the same name, see HMS Mercury.",
            "{{About-distinguish|the planet|Mercury (element)}} => DISAMBIGUATION => This article is about the planet. Not to be confused with Mercury (element).",
            "{{For-multi|the element|Mercury (element)|the god|Mercury (mythology)}} => DISAMBIGUATION => For the element, see Mercury (element). For the god, see Mercury (mythology).",
            "{{Hatnote|For the car, see [[Mercury (automobile)]].}} => DISAMBIGUATION => For the car, see Mercury (automobile).",
            "{{Main|Mercury's orbit}} => MAIN => Mercury's orbit",
            "{{See also|Venus}} => SEE_ALSO => Venus",
            "{{Further|Planets}} => FURTHER => Planets",
            "{{Details|Mercury's orbit}} => FURTHER => For more details on this topic, see Mercury's orbit.",
            "{{For timeline|Timeline of Mercury}} => FURTHER => For a chronological guide, see Timeline of Mercury.",
    })
    void eachFamilyHasItsKind(String call, String kind, String text) {
        Hatnote h = hatnote(call);
        assertThat(h.kind()).as(call).isEqualTo(Hatnote.Kind.valueOf(kind));
        assertThat(PlainText.of(h.content())).as(call).isEqualTo(text);
    }
}
