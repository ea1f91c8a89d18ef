#!/usr/bin/env bash
# Fuzzes reading + script building with Jazzer for a longer budget than `mvn verify` gives it.
#   bench/fuzz.sh [DURATION]     e.g. bench/fuzz.sh 2h   (default 10m)
# Inputs that make it fail are written to
# src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/readAndBuild/ (crash-*, timeout-*),
# where every later `mvn verify` replays them; the growing corpus stays in .cifuzz-corpus/ (ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10m}"
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -q test -Dtest=ArticleFuzzTest \
    -Djazzer.max_duration="$duration" -Dsurefire.failIfNoSpecifiedTests=false
