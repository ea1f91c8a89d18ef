package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void sentencesEndAtAFullStopBeforeACapital() {
        assertThat(Sentences.of("Lenin died in January 1924. Stalin took charge! Did he? \"Yes.\" (Quite.)"))
                .containsExactly("Lenin died in January 1924.", "Stalin took charge!", "Did he?", "\"Yes.\"", "(Quite.)");
    }

    @Test
    void citationsInitialsAndAbbreviationsDoNotEndSentences() {
        assertThat(Sentences.of("Conquest 1991, p. 104; Montefiore 2003, p. 30; Service 2004, pp. 219–220."))
                .containsExactly("Conquest 1991, p. 104; Montefiore 2003, p. 30; Service 2004, pp. 219–220.");
        assertThat(Sentences.of("Getty, J. Arch; Naumov, Oleg V. (1999). The Road to Terror. Yale."))
                .containsExactly("Getty, J. Arch; Naumov, Oleg V. (1999).", "The Road to Terror.", "Yale.");
        assertThat(Sentences.of("Born c. 1809 in Coupvray, he met Dr. Pignier. He taught."))
                .containsExactly("Born c. 1809 in Coupvray, he met Dr. Pignier.", "He taught.");
    }

    @Test
    void aFullStopBeforeLowerCaseOrDigitsIsNoEnd() {
        assertThat(Sentences.of("The U.S. economy grew 3.5 percent. and so on")).containsExactly("The U.S. economy grew 3.5 percent. and so on");
        assertThat(Sentences.of("  ")).isEmpty();
    }
}
