#!/usr/bin/env bash
# Benchmarks the script stage (read + parse + build the reading script) with JMH on the seed and
# on the largest corpus article, and times pandoc's MediaWiki reader (pandoc -f mediawiki -t plain)
# on the same files as the peer. Writes a dated Markdown report to bench/results/.
# Usage: bench/script-stage.sh            (needs ../shared/corpus; installs pandoc with apt if missing and root)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${LECTOR_CORPUS:-../shared/corpus}"
if ! command -v pandoc >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
mvn -B -q -Dstyle.color=never -DskipTests test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
json=target/script-stage-jmh.json
java -Dlector.corpus="$corpus" -cp "$cp" org.openjdk.jmh.Main ScriptStageBenchmark -rf json -rff "$json" >target/script-stage-jmh.log

report="bench/results/$(date +%F)-script-stage.md"
{
  echo "# Script stage benchmark, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(uname -m)."
  echo "Lector: JMH average time of read + parse + build + spoken form (warm, 1 fork, 5×2 s warm-up, 5×2 s measured)."
  echo "Peer: pandoc -f mediawiki -t plain on the same file, one run, wall time."
  echo
  echo "| article | size | Lector (ms) | pandoc (ms) | pandoc / Lector |"
  echo "|---|---|---|---|---|"
  for article in barack-obama.wiki stalin-1924-1939.seed.wiki; do
    ms=$(python3 -c "import json,sys; d=json.load(open('$json')); print(next('%.1f'%r['primaryMetric']['score'] for r in d if r['params']['article']=='$article'))")
    size=$(( $(stat -c %s "$corpus/articles/$article") / 1024 ))
    if command -v pandoc >/dev/null 2>&1; then
      limit=900
      start=$(date +%s%N); status=0
      timeout "$limit" pandoc -f mediawiki -t plain "$corpus/articles/$article" >/dev/null 2>&1 || status=$?
      end=$(date +%s%N)
      pms=$(( (end - start) / 1000000 ))
      ratio=$(python3 -c "print('%.0f×' % ($pms / $ms))")
      if [ "$status" = 124 ]; then
        # pandoc did not finish within the limit: the ratio is a lower bound
        pms="> $pms (stopped after ${limit} s)"; ratio="> $ratio"
      fi
    else
      pms="n/a"; ratio="n/a"
    fi
    echo "| $article | ${size} KB | $ms | $pms | $ratio |"
  done
  echo
  echo "Whole-process wall time of \`./lector script\` on barack-obama.wiki (includes JVM start and JIT warm-up):"
  start=$(date +%s%N); ./lector script "$corpus/articles/barack-obama.wiki" >/dev/null 2>&1; end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) ms."
} >"$report"
cat "$report"
