#!/usr/bin/env bash
# The whole pipeline against the peers that each do one of its jobs alone, in the same run:
#   FreeTTS speaking the spoken text straight into one WAV (org.lector.bench.RawFreeTtsWav),
#   lame encoding that WAV (48 kbit/s CBR mono, as Lector's MP3s), lou_translate translating the
#   print text to UEB grade 2, pandoc -f mediawiki -t plain extracting the text.
# On the seed and on the largest corpus article: each stage of Lector alone (one process per
# --to), the whole conversion (every output, backends concurrent), and the peers, with wall time,
# CPU time and peak memory. Then scaling: 1, 10 and 100 articles of an export XML (the corpus's
# export pages, repeated under new titles) on 1 core (taskset) and on 2, with peak memory.
# Writes bench/results/<date>-pipeline.md.
# Usage: bench/pipeline.sh          (needs ../shared/corpus; installs lame, liblouis-bin, pandoc when root)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${LECTOR_CORPUS:-../shared/corpus}"
for tool in lame:lame lou_translate:liblouis-bin pandoc:pandoc; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool##*:}" >/dev/null
  fi
done
mvn -B -q -Dstyle.color=never -DskipTests package
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
jar=target/lector-0.1.0-SNAPSHOT-all.jar
work=target/bench-pipeline
rm -rf "$work" && mkdir -p "$work"
lector=(java -Xss8m -Dlector.home=. -jar "$jar")  # an array, not a function: /usr/bin/time runs it
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# "wall cpu peakMB" of a command; status 124 from timeout is kept as a marker in $work/status
timed() {
  local status=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || status=$?
  echo "$status" >"$work/status"
  # the last line: GNU time puts "Command exited with non-zero status N" before it when N != 0
  tail -n 1 "$work/time" | awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4 / 1024}'
}
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }
sum() { python3 -c "import sys; print('%.2f' % sum(map(float, sys.argv[1:])))" "$@"; }

stage_table() { # article file
  local article="$1" name; name=$(basename "$article")
  local t="$work/$name"; mkdir -p "$t"
  "${lector[@]}" script "$article" >"$t/print.txt" 2>/dev/null
  "${lector[@]}" script --speech "$article" >"$t/speech.txt" 2>/dev/null
  local words; words=$(wc -w <"$t/print.txt")
  echo "### $name ($(( $(stat -c %s "$article") / 1024 )) KB of wikitext, $words words of print text)"
  echo
  echo "| run | wall (s) | CPU (s) | peak memory (MB) |"
  echo "|---|---|---|---|"
  local stage w c m
  for stage in script audio pdf braille; do
    rm -rf "$t/out"; read -r w c m < <(timed "${lector[@]}" convert "$article" --to "$stage" --out "$t/out" -q)
    echo "| Lector \`--to $stage\` alone | $w | $c | $m |"
  done
  rm -rf "$t/out"; read -r lw lc lm < <(timed "${lector[@]}" convert "$article" --out "$t/out" -q)
  echo "| **Lector, every output** | **$lw** | **$lc** | $lm |"
  read -r fw fc fm < <(timed java -cp "$cp" org.lector.bench.RawFreeTtsWav "$t/speech.txt" "$t/raw")
  echo "| peer: FreeTTS into one WAV | $fw | $fc | $fm |"
  read -r mw mc mm < <(timed lame --quiet --cbr -b 48 -m m "$t/raw.wav" "$t/raw.mp3")
  echo "| peer: lame | $mw | $mc | $mm |"
  read -r bw bc bm < <(timed sh -c "lou_translate --forward en-ueb-g2.ctb <'$t/print.txt'")
  echo "| peer: lou_translate | $bw | $bc | $bm |"
  read -r pw pc pm < <(timed timeout 300 pandoc -f mediawiki -t plain "$article")
  local note=""
  if [ "$(cat "$work/status")" = 124 ]; then note=" (stopped after 300 s: a lower bound)"; fi
  echo "| peer: pandoc -f mediawiki -t plain | $pw$note | $pc | $pm |"
  local pwall pcpu; pwall=$(sum "$fw" "$mw" "$bw" "$pw"); pcpu=$(sum "$fc" "$mc" "$bc" "$pc")
  echo "| peers, sum | $pwall | $pcpu | |"
  echo
  local bound=""
  if [ -n "$note" ]; then bound="at most "; fi
  echo "Whole conversion / sum of the peers: **${bound}$(ratio "$lw" "$pwall")×** wall time, ${bound}$(ratio "$lc" "$pcpu")× CPU time$note."
  echo "Without pandoc (the peers for audio and braille only): $(ratio "$lw" "$(sum "$fw" "$mw" "$bw")")× wall time."
  echo "Audio produced: $(python3 -c "import json,glob; f=glob.glob('$t/out/*/audio/chapters.json')[0]; print('%.1f' % (json.load(open(f))['duration'] / 60))") minutes."
  echo
}

# an export of N pages: the corpus's export pages, repeated under new titles
export_of() { # n out
  python3 - "$corpus/articles" "$1" "$2" <<'PY'
import sys, re, glob
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pages = []
for f in sorted(glob.glob(src + '/*.xml')):
    text = open(f, encoding='utf-8').read()
    pages += [p for p in re.findall(r'<page>.*?</page>', text, re.S) if '<ns>0</ns>' in p and '<redirect' not in p]
with open(out, 'w', encoding='utf-8') as o:
    o.write('<mediawiki>\n')
    for i in range(n):
        p = pages[i % len(pages)]
        o.write(re.sub(r'<title>(.*?)</title>', lambda m: '<title>%s %d</title>' % (m.group(1), i + 1), p, count=1) + '\n')
    o.write('</mediawiki>\n')
PY
}

scaling_table() {
  echo "| articles | input | cores | wall (s) | CPU (s) | peak memory (MB) |"
  echo "|---|---|---|---|---|---|"
  local n w c m w1
  for n in 1 10 100; do
    export_of "$n" "$work/export-$n.xml"
    local size; size="$(( $(stat -c %s "$work/export-$n.xml") / 1024 )) KB"
    rm -rf "$work/s"; read -r w1 c m < <(timed taskset -c 0 "${lector[@]}" convert "$work/export-$n.xml" --to script,pdf,braille --out "$work/s" -q)
    echo "| $n | $size | 1 | $w1 | $c | $m |"
    rm -rf "$work/s"; read -r w c m < <(timed "${lector[@]}" convert "$work/export-$n.xml" --to script,pdf,braille --out "$work/s" -q)
    echo "| $n | $size | 2 | $w | $c | $m |"
    echo "$n $(ratio "$w1" "$w")" >>"$work/speedups"
  done
  echo
  echo "Speedup from 1 to 2 cores: $(awk '{printf "%s articles %s×; ", $1, $2}' "$work/speedups")"
  echo
  rm -rf "$work/s"; read -r w c m < <(timed "${lector[@]}" convert "$work/export-10.xml" --out "$work/s" -q)
  echo "With audio too (every output), 10 articles on 2 cores: $w s wall, $c s CPU, $m MB peak;"
  echo "$(python3 -c "import json,glob; print('%.0f' % (sum(json.load(open(f))['duration'] for f in glob.glob('$work/s/*/audio/chapters.json')) / 60))") minutes of audio."
}

# Is memory bounded? Peak resident size follows the heap the JVM is allowed to grow into, so the
# same 100-article export runs again under a fixed, small heap: if it completes there, memory does
# not grow with the number of articles.
bounded_heap() {
  local heap=384m n w c m
  echo "| articles | heap limit | cores | exit | wall (s) | peak memory (MB) |"
  echo "|---|---|---|---|---|---|"
  for n in 1 100; do
    [ -f "$work/export-$n.xml" ] || export_of "$n" "$work/export-$n.xml"
    rm -rf "$work/h"; read -r w c m < <(timed java -Xmx$heap -Xss8m -Dlector.home=. -jar "$jar" convert "$work/export-$n.xml" --to script,pdf,braille --out "$work/h" -q)
    echo "| $n | $heap | 2 | $(cat "$work/status") | $w | $m |"
  done
}

report="bench/results/$(date +%F)-pipeline.md"
if [ "${1:-}" = "memory" ]; then
  # only the bounded-heap check, appended to today's report
  { echo; echo "## Memory under a fixed heap"; echo; bounded_heap; } >>"$report"
  tail -n 6 "$report"
  exit 0
fi
{
  echo "# Pipeline benchmark, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), $(lame --version | head -1 | cut -d'(' -f1 | xargs), lou_translate $(lou_translate --version | head -1 | awk '{print $NF}'), $(pandoc --version | head -1)."
  echo "Every figure is one run of a whole process (JVM start included for Lector and for the FreeTTS peer)."
  echo
  echo "## Each stage, the whole conversion, and the peers"
  echo
  stage_table "$corpus/articles/stalin-1924-1939.seed.wiki"
  stage_table "$corpus/articles/barack-obama.wiki"
  echo "## Scaling over the articles of an export (script, PDF and braille)"
  echo
  scaling_table
  echo
  echo "## Memory under a fixed heap"
  echo
  bounded_heap
  echo
  echo "Load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)."
} >"$report"
cat "$report"
