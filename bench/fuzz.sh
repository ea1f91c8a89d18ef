#!/usr/bin/env bash
# A fuzzing campaign over every backend (BackendsFuzzTarget) with Jazzer's own driver, which,
# unlike `mvn verify`'s replay, keeps going after a finding and reports coverage and speed.
#   bench/fuzz.sh [SECONDS]            default 600; the issue's campaign was 7500 (2 h 5 min)
# It builds the test classes once and copies them aside, so the code can change while it runs.
# Writes into .fuzz/ (ignored by git, kept by mvn clean): corpus/ (what the fuzzer kept), findings/ (crash-*, timeout-*, oom-*
# inputs), log.txt. Every finding, once fixed, is copied into
# src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/everyBackend/, where every later
# `mvn verify` replays it.
# Seeds: the inputs mvn verify replays (corpus excerpts, hand-made hostile inputs, old findings)
# and the whole corpus articles (under the 1 MB input bound).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
work="${FUZZ_WORK:-.fuzz}"
snapshot="${FUZZ_SNAPSHOT:-$work/classes}"
mkdir -p "$work/corpus" "$work/findings" "$work/seeds"
if [ -z "${FUZZ_SNAPSHOT:-}" ]; then
  mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test
  rm -rf "$snapshot" && mkdir -p "$snapshot"
  cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
fi
cp ../shared/corpus/articles/* "$work/seeds/" 2>/dev/null || true
FUZZ_CLASSPATH="${FUZZ_CLASSPATH:-$(cat "$work/classpath.txt")}"
java -Xss8m -Xmx3g -XX:ErrorFile="$work/hs_err_pid%p.log" -Dlector.home="$PWD" \
    -cp "$snapshot/test:$snapshot/main:$FUZZ_CLASSPATH" com.code_intelligence.jazzer.Jazzer \
    --target_class=org.lector.pipeline.BackendsFuzzTarget --instrumentation_includes='org.lector.**' \
    --keep_going=1000 --reproducer_path="$work/findings" \
    -max_total_time="$seconds" -timeout=30 -max_len=1048576 -rss_limit_mb=6000 -len_control=200 \
    -artifact_prefix="$work/findings/" -print_final_stats=1 -print_pcs=0 \
    "$work/corpus" src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/everyBackend "$work/seeds" \
    2>&1 | tee "$work/log.txt"
