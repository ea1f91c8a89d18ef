package org.lector.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every backend under arbitrary bytes ({@link BackendsFuzzTarget} says what counts as a finding).
 * {@code mvn verify} replays the saved inputs in
 * {@code src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/everyBackend/}: corpus
 * excerpts, hand-made hostile inputs and every input a fuzzing campaign ever found a fault with.
 * {@code bench/fuzz.sh} fuzzes for real, with Jazzer's own driver, for hours.
 */
class ArticleFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void everyBackend(byte[] data) {
        BackendsFuzzTarget.fuzzerTestOneInput(data);
    }
}
