package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.testing.HostileCase;

/**
 * Every hostile case up to the fuzzer's 1 MB bound through the fuzz target, in this JVM: every
 * backend, audio included (with the stand-in engine, so the big cases get their chapters, timings
 * and captions too, which real speech of them could not give in a test). The command-line suite
 * ({@code HostileSuiteCliTest}) covers what only a process shows; this one what only audio does.
 */
class HostileSuiteTest {
    private static final Duration HANG = Duration.ofSeconds(60);

    static Stream<HostileCase> cases() {
        return HostileCase.all().stream().filter(c -> c.content().length <= BackendsFuzzTarget.MAX_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBackendHoldsUp(HostileCase c) {
        assertThat(c.content()).isNotEmpty();
        // the target throws on anything but a refusal with a message: an error here is a finding
        assertTimeoutPreemptively(HANG, () -> BackendsFuzzTarget.fuzzerTestOneInput(c.content()), c.name());
    }
}
