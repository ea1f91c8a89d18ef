#!/usr/bin/env bash
# Benchmarks the audio stage on the seed article: the whole `lector convert --to audio` (all
# chapters as MP3, with captions, playlist and chapters.json) with 1 and with 2 worker threads,
# against the peer: the same spoken text read by FreeTTS used directly into one WAV
# (org.lector.bench.RawFreeTtsWav) plus `lame` encoding it at the same bit rate. Wall time and
# CPU time (user + system; less disturbed than wall time when other jobs share the machine),
# median of RUNS runs each; writes a dated Markdown report to bench/results/.
# Usage: bench/audio-stage.sh [RUNS]      (needs ../shared/corpus and lame)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
corpus="${LECTOR_CORPUS:-../shared/corpus}"
seed="$corpus/articles/stalin-1924-1939.seed.wiki"
command -v lame >/dev/null || { echo "bench: lame is needed (apt-get install lame)" >&2; exit 2; }
mvn -B -q -Dstyle.color=never -DskipTests package
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
jar=target/lector-0.1.0-SNAPSHOT-all.jar
work=target/bench-audio
rm -rf "$work" && mkdir -p "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# the exact words the audio stage speaks, paragraph by paragraph, for the peer
java -Dlector.home=. -jar "$jar" script --speech "$seed" >"$work/speech.txt"

median() { python3 -c "import sys,statistics; print('%.2f' % statistics.median(map(float, sys.argv[1:])))" "$@"; }
timed() { # prints "wall cpu" of the command
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>&1
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$work/time"
}
lector_run() { # threads
  rm -rf "$work/out"
  timed java -Dlector.home=. -jar "$jar" convert "$seed" --to audio --out "$work/out" --audio-threads "$1" -q
}
peer_run() {
  rm -f "$work/raw.wav" "$work/raw.mp3"
  local a b
  a=$(timed java -cp "$cp" org.lector.bench.RawFreeTtsWav "$work/speech.txt" "$work/raw")
  b=$(timed lame --quiet --cbr -b 48 -m m "$work/raw.wav" "$work/raw.mp3")
  echo "$a $b" | awk '{printf "%.2f %.2f\n", $1 + $3, $2 + $4}'
}

w1=(); w2=(); wp=(); c1=(); c2=(); cp_=()
for _ in $(seq "$runs"); do
  read -r w c < <(lector_run 1); w1+=("$w"); c1+=("$c")
  read -r w c < <(lector_run 2); w2+=("$w"); c2+=("$c")
  read -r w c < <(peer_run); wp+=("$w"); cp_+=("$c")
done
m1=$(median "${w1[@]}"); m2=$(median "${w2[@]}"); mp=$(median "${wp[@]}")
n1=$(median "${c1[@]}"); n2=$(median "${c2[@]}"); np=$(median "${cp_[@]}")
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }
audio_min=$(python3 -c "import json; print('%.1f' % (json.load(open('$work/out/joseph-stalin/audio/chapters.json'))['duration'] / 60))")
peer_min=$(python3 -c "import os; print('%.1f' % ((os.path.getsize('$work/raw.wav') - 44) / 32000 / 60))")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

report="bench/results/$(date +%F)-audio-stage.md"
{
  echo "# Audio stage benchmark, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(lame --version | head -1 | cut -d'(' -f1 | xargs)."
  echo "Load average before / after: $load_before / $load_after (other jobs shared the machine: compare ratios, not seconds)."
  echo
  echo "Input: the seed article; $audio_min minutes of audio from Lector (5 chapters, with the silences of its prosody), $peer_min minutes from the peer."
  echo "Lector: \`lector convert SEED --to audio --audio-threads N\`, wall time of the whole command (JVM start, reading and"
  echo "parsing the article, speech, synthesis, MP3 encoding with jump3r at 48 kbit/s CBR mono, captions, playlist, chapters.json)."
  echo "Peer: FreeTTS kevin16 used directly (\`org.lector.bench.RawFreeTtsWav\`, one voice, FreeTTS's SingleFileAudioPlayer) into one WAV of the"
  echo "same spoken text, then \`lame --cbr -b 48 -m m\`; wall time of both commands. Median of $runs runs each."
  echo
  echo "| run | wall (s), median | wall, all runs | wall / peer | CPU (s), median | CPU, all runs | CPU / peer |"
  echo "|---|---|---|---|---|---|---|"
  echo "| peer: raw FreeTTS + lame | $mp | ${wp[*]} | 1.00 | $np | ${cp_[*]} | 1.00 |"
  echo "| Lector audio stage, 1 thread | $m1 | ${w1[*]} | $(ratio "$m1" "$mp") | $n1 | ${c1[*]} | $(ratio "$n1" "$np") |"
  echo "| Lector audio stage, 2 threads | $m2 | ${w2[*]} | $(ratio "$m2" "$mp") | $n2 | ${c2[*]} | $(ratio "$n2" "$np") |"
  echo
  echo "Speedup from 1 to 2 threads (wall time): $(ratio "$m1" "$m2")×."
} >"$report"
cat "$report"
