package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.TimedChapter;

class WebVttTest {
    @Test
    void timestampsAreHoursMinutesSecondsAndMillisecondsOfTheSamplePosition() {
        assertThat(WebVtt.timestamp(0, 16000)).isEqualTo("00:00:00.000");
        assertThat(WebVtt.timestamp(3661L * 16000 + 8000, 16000)).isEqualTo("01:01:01.500");
        // 59.99975 s: rounded to the nearest millisecond, half up
        assertThat(WebVtt.timestamp(959_996, 16000)).isEqualTo("00:01:00.000");
        assertThat(WebVtt.timestamp(1, 16000)).isEqualTo("00:00:00.000");
        assertThat(WebVtt.timestamp(8, 16000)).isEqualTo("00:00:00.001");
    }

    @Test
    void cueTextEscapesWhatWebVttReservesAndStaysOnOneLine() {
        assertThat(WebVtt.escape("AT&T <b> --> x\n\ny")).isEqualTo("AT&amp;T &lt;b&gt; --&gt; x y");
    }

    @Test
    void everyTimedSentenceIsACueAndOneWithoutACaptionIsAnError() {
        TimedChapter c = new TimedChapter(1, "A", "01-a.wav", 1000, 5000,
                List.of(new SentenceTime("s1.p1.1", 100, 900), new SentenceTime("s1.p1.2", 900, 1300)));
        assertThat(WebVtt.render(c, Map.of("s1.p1.1", "Lenin died in 1924.", "s1.p1.2", "He was 53."))).isEqualTo("""
                WEBVTT

                s1.p1.1
                00:00:00.100 --> 00:00:00.900
                Lenin died in 1924.

                s1.p1.2
                00:00:00.900 --> 00:00:01.300
                He was 53.
                """);
        assertThatThrownBy(() -> WebVtt.render(c, Map.of("s1.p1.1", "x"))).hasMessageContaining("s1.p1.2");
    }
}
