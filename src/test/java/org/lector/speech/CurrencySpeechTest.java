package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

class CurrencySpeechTest {
    @Test
    void signsAreSaidAfterTheAmount() {
        both("$3.5 million", "three point five million dollars");
        both("US$1.6 billion", "one point six billion US dollars");
        both("£40", "forty pounds");
        both("€12", "twelve euros");
        both("¥500", "five hundred yen");
        both("A$20", "twenty Australian dollars");
        assertThat(br("£1,250")).isEqualTo("one thousand two hundred and fifty pounds");
        assertThat(us("$1,250")).isEqualTo("one thousand two hundred fifty dollars");
    }

    @Test
    void singularAndCents() {
        both("$1", "one dollar");
        both("£1", "one pound");
        both("$1 million", "one million dollars");
        both("$0.50", "fifty cents");
        both("$0.01", "one cent");
        both("£0.50", "fifty pence");
        both("$3.50", "three dollars and fifty cents");
        both("$1.05", "one dollar and five cents");
    }

    @Test
    void scalesAndRanges() {
        both("$5m", "five million dollars");
        both("£3bn", "three billion pounds");
        both("$5–10 million", "five to ten million dollars");
        both("$5 million – $10 million", "five million to ten million dollars");
        both("cost $40.", "cost forty dollars.");
        // headline style: the scale letter in capitals
        both("$80M", "eighty million dollars");
        both("US$3B", "three billion US dollars");
    }

    @Test
    void anAmountDescribingANounIsSingular() {
        assertThat(us("moved to a $1.6 million house")).isEqualTo("moved to a one point six million dollar house");
        assertThat(us("a $787 billion economic stimulus package"))
                .isEqualTo("a seven hundred eighty-seven billion dollar economic stimulus package");
        assertThat(us("a $10 bill")).isEqualTo("a ten dollar bill");
        // not after an article, or before a function word: the plural stays
        assertThat(us("worth $1.3 million in 2007")).isEqualTo("worth one point three million dollars in two thousand seven");
        assertThat(us("the $3 trillion had been spent")).isEqualTo("the three trillion dollars had been spent");
        assertThat(us("raised $5 million last year")).isEqualTo("raised five million dollars last year");
    }
}
