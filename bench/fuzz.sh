#!/usr/bin/env bash
# A fuzzing campaign over every backend (BackendsFuzzTarget) with Jazzer's own driver, which,
# unlike `mvn verify`'s replay, keeps going after a finding and reports coverage and speed.
#   bench/fuzz.sh [SECONDS]            default 600; the issue's campaign was 7500 (2 h 5 min)
# It builds the test classes once and copies them aside, so the code can change while it runs.
# Writes into .fuzz/ (ignored by git, kept by mvn clean): corpus/ (what the fuzzer kept),
# findings/ (crash-*, timeout-*, oom-*, slow-unit-* inputs), log.txt. Every finding, once fixed, is copied into
# src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/everyBackend/, where every later
# `mvn verify` replays it.
# Seeds: the inputs mvn verify replays (4 KB windows of every corpus article, hand-made hostile
# inputs, old findings); inputs may grow to 1 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
work="${FUZZ_WORK:-.fuzz}"
snapshot="${FUZZ_SNAPSHOT:-$work/classes}"
mkdir -p "$work/corpus" "$work/findings"
if [ -z "${FUZZ_SNAPSHOT:-}" ]; then
  mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test
  rm -rf "$snapshot" && mkdir -p "$snapshot"
  cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
fi
# the corpus articles enter as the 4 KB windows of everyBackend/: whole articles would make every
# mutation cost seconds (measured: under 1 input a second with them, against ~4 without)
FUZZ_CLASSPATH="${FUZZ_CLASSPATH:-$(cat "$work/classpath.txt")}"
# libFuzzer ends at a timeout, an out-of-memory or a native crash (--keep_going only covers Java
# findings); each ends one round, its input saved in findings/, and the next round resumes from
# the corpus kept so far, until the time is used up. The per-input timeout (60 s) is twice the
# hostile suite's hang bound: instrumented code runs about two to three times slower.
deadline=$(( $(date +%s) + seconds ))
round=0
: > "$work/log.txt"
while left=$(( deadline - $(date +%s) )); [ "$left" -gt 30 ]; do
  round=$((round + 1))
  echo "== round $round, $left s left" | tee -a "$work/log.txt"
  java -Xss8m -Xmx3g -XX:ErrorFile="$work/hs_err_pid%p.log" -XX:+DisplayVMOutputToStderr -Dlector.home="$PWD" \
      -cp "$snapshot/test:$snapshot/main:$FUZZ_CLASSPATH" com.code_intelligence.jazzer.Jazzer \
      --target_class=org.lector.pipeline.BackendsFuzzTarget --instrumentation_includes='org.lector.**' \
      --keep_going=1000 --reproducer_path="$work/findings" \
      -max_total_time="$left" -timeout=60 -max_len=1048576 -rss_limit_mb=6000 -len_control=200 \
      -artifact_prefix="$work/findings/" -print_final_stats=1 -print_pcs=0 \
      "$work/corpus" src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/everyBackend \
      >> "$work/log.txt" 2>&1 || true
done
grep -E '^(== round|stat::|SUMMARY|==[0-9]+== ERROR)' "$work/log.txt"
