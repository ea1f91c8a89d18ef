package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttTest {
    @Test
    void timestampsAreHoursMinutesSecondsAndMilliseconds() {
        assertThat(WebVtt.timestamp(0)).isEqualTo("00:00:00.000");
        assertThat(WebVtt.timestamp(3661.5)).isEqualTo("01:01:01.500");
        assertThat(WebVtt.timestamp(59.9996)).isEqualTo("00:01:00.000");
    }

    @Test
    void cueTextEscapesWhatWebVttReservesAndStaysOnOneLine() {
        assertThat(WebVtt.escape("AT&T <b> --> x\n\ny")).isEqualTo("AT&amp;T &lt;b&gt; --&gt; x y");
    }

    @Test
    void printSentencesTakeTheSpokenSentencesTimesWhenTheyPairUp() {
        SpokenItem item = new SpokenItem("p", 0, "Lenin died in nineteen twenty four. He was fifty three.", 0,
                "Lenin died in 1924. He was 53.");
        List<Cue> cues = CueBuilder.cues(item, List.of("Lenin died in nineteen twenty four.", "He was fifty three."),
                List.of(new long[] {100, 900}, new long[] {900, 1300}));
        assertThat(cues).containsExactly(new Cue("p#1", 100, 900, "Lenin died in 1924."), new Cue("p#2", 900, 1300, "He was 53."));
    }

    @Test
    void otherwiseTheyShareTheItemsTimeByLengthInOrder() {
        // the speech has a note marker sentence the print text has not
        SpokenItem item = new SpokenItem("p", 0, "x", 0, "Aaaa. Bbbbbbbbbbb.");
        List<Cue> cues = CueBuilder.cues(item, List.of("Aaaa.", "Note one.", "Bbbbbbbbbbb."),
                List.of(new long[] {0, 100}, new long[] {100, 200}, new long[] {200, 1800}));
        assertThat(cues).extracting(Cue::text).containsExactly("Aaaa.", "Bbbbbbbbbbb.");
        assertThat(cues.get(0).startSample()).isZero();
        assertThat(cues.get(0).endSample()).isEqualTo(cues.get(1).startSample()).isEqualTo(1800 * 5 / 17);
        assertThat(cues.get(1).endSample()).isEqualTo(1800);
    }
}
