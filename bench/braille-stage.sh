#!/usr/bin/env bash
# Benchmarks the braille stage (layout, liblouis UEB grade 2 translation, page formatting, BRF and
# PEF bytes) with JMH on the seed article, and times the peer, Debian's lou_translate
# (liblouis-bin), translating the same article's print text (script.txt, one paragraph a line)
# with en-ueb-g2.ctb. Writes a dated Markdown report to bench/results/.
# Usage: bench/braille-stage.sh    (needs ../shared/corpus; installs liblouis-bin with apt if missing and root)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${LECTOR_CORPUS:-../shared/corpus}"
seed="$corpus/articles/stalin-1924-1939.seed.wiki"
if ! command -v lou_translate >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblouis-bin >/dev/null
fi
mvn -B -q -Dstyle.color=never -DskipTests test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
json=target/braille-stage-jmh.json
java -Dlector.corpus="$corpus" -cp "$cp" org.openjdk.jmh.Main BrailleStageBenchmark -rf json -rff "$json" >target/braille-stage-jmh.log 2>&1

# The peer's input: the seed's print text as Lector's script stage gives it (script.txt).
print=target/braille-stage-print.txt
./lector script "$seed" >"$print" 2>/dev/null
runs=20
peer_ms() { # average wall time of lou_translate over $runs runs on file $1
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do lou_translate --forward en-ueb-g2.ctb <"$1" >/dev/null; done
  end=$(date +%s%N)
  python3 -c "print('%.1f' % (($end - $start) / 1e6 / $runs))"
}
ms=$(python3 -c "import json; d=json.load(open('$json')); print('%.1f' % d[0]['primaryMetric']['score'])")
err=$(python3 -c "import json; d=json.load(open('$json')); print('%.1f' % d[0]['primaryMetric']['scoreError'])")
chars=$(wc -m <"$print")
if command -v lou_translate >/dev/null 2>&1; then
  peer=$(peer_ms "$print")
  : >target/braille-stage-empty.txt
  startup=$(peer_ms target/braille-stage-empty.txt)
  peer_net=$(python3 -c "print('%.1f' % max(0.1, $peer - $startup))")
  ratio=$(python3 -c "print('%.1f×' % ($ms / $peer))")
  ratio_net=$(python3 -c "print('%.1f×' % ($ms / $peer_net))")
  version=$(lou_translate --version | head -1)
else
  peer="n/a"; startup="n/a"; peer_net="n/a"; ratio="n/a"; ratio_net="n/a"; version="lou_translate not installed"
fi

report="bench/results/$(date +%F)-braille-stage.md"
{
  echo "# Braille stage benchmark, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(uname -m)."
  echo "Input: the seed ($(basename "$seed")); its print text (script.txt) is $chars characters."
  echo "Lector: JMH average time of the braille stage on the built script — layout, liblouis-java 5.1.0 (liblouis 3.27) UEB grade 2"
  echo "translation with typeforms, page formatting, BRF and PEF bytes (warm, 1 fork, 5×2 s warm-up, 5×2 s measured)."
  echo "Peer: $version, \`lou_translate --forward en-ueb-g2.ctb\` on the same print text, wall time averaged over $runs runs;"
  echo "its start-up (table compilation, measured on an empty input) is also subtracted in the second ratio."
  echo
  echo "| | time per seed (ms) | Lector / peer |"
  echo "|---|---|---|"
  echo "| Lector braille stage | $ms ± $err | |"
  echo "| lou_translate, whole run | $peer | $ratio |"
  echo "| lou_translate, less start-up ($startup ms) | $peer_net | $ratio_net |"
  echo
  echo "A ratio above 1× means Lector's stage takes that many times as long as the peer."
} >"$report"
cat "$report"
