#!/usr/bin/env bash
# Measures the PDF backend's heap and time per input byte on 1, 5 and 10 MB articles, one paragraph
# ("line": "word word …") and many (the seed article repeated), for the PDF package as it is and as
# it was at BEFORE (a git revision; the rest of the tree is today's either way), each against the
# script stage measured in the same JVM. Every measurement is a JVM of its own
# (org.lector.pdf.PdfMemoryBench, -Xss8m -Xmx12g as the issue measured); the heap peak is the heap
# pools' peak above what was live when the stage began, so it counts garbage not yet collected,
# and varies from run to run with the collector's sizing: each case runs REPEATS times and the
# median is reported. Writes a dated Markdown report to bench/results/.
# Usage: bench/pdf-memory.sh [BEFORE [REPEATS]]   (BEFORE defaults to b03d024~1, the PDF package before the memory work)
# Without Maven: LECTOR_BENCH_DEPS=<dependency classpath> LECTOR_BENCH_CLASSES=<classes:test-classes> [LECTOR_BENCH_WORK=<folder>]
#   [LECTOR_BENCH_SIZES="1 5 10"] bench/pdf-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${LECTOR_CORPUS:-../shared/corpus}"
seed="$corpus/articles/stalin-1924-1939.seed.wiki"
before="${1:-b03d024~1}"
repeats="${2:-3}"
sizes="${LECTOR_BENCH_SIZES:-1 5 10}"
work="${LECTOR_BENCH_WORK:-target/pdf-memory}"
mkdir -p "$work"

if [ -n "${LECTOR_BENCH_DEPS:-}" ]; then
  deps="$LECTOR_BENCH_DEPS"
  after="$LECTOR_BENCH_CLASSES"
else
  mvn -B -q -Dstyle.color=never -DskipTests test-compile
  mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
  deps="$(cat target/bench.cp)"
  after="target/classes:target/test-classes"
fi

# the main classes with the PDF package as it was at $before
rm -rf "$work/before-src" "$work/before-classes" "$work/archive"
mkdir -p "$work/before-src" "$work/before-classes" "$work/archive"
cp -r src/main/java/. "$work/before-src/"
rm -rf "$work/before-src/org/lector/pdf"
git archive "$before" src/main/java/org/lector/pdf | tar -x -C "$work/archive"
cp -r "$work/archive/src/main/java/org/lector/pdf" "$work/before-src/org/lector/"
javac -nowarn -d "$work/before-classes" -cp "$deps" $(find "$work/before-src" -name '*.java')
cp -r src/main/resources/. "$work/before-classes/"

results="$work/runs.txt"
: >"$results"
for version in before after; do
  if [ "$version" = before ]; then cp="$work/before-classes:$after:$deps"; else cp="$after:$deps"; fi
  for kind in line article; do
    for mb in $sizes; do
      for _ in $(seq "$repeats"); do
        line=$(java -Xss8m -Xmx12g -Dlector.home=. -cp "$cp" org.lector.pdf.PdfMemoryBench "$kind" "$mb" "$seed" | tail -1)
        echo "version=$version kind=$kind mb=$mb $line" | tee -a "$results"
      done
    done
  done
done

report="bench/results/$(date +%F)-pdf-memory.md"
python3 - "$results" "$report" "$before" "$repeats" <<'EOF'
import statistics, subprocess, sys
runs, report, before, repeats = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
rows = []
for line in open(runs):
    d = dict(f.split('=', 1) for f in line.split())
    rows.append(d)
def med(version, kind, mb, key, per_byte):
    vals = []
    for d in rows:
        if (d['version'], d['kind'], d['mb']) == (version, kind, mb):
            v = float(d[key])
            vals.append(v / float(d['input']) if per_byte else v / 1000)
    return statistics.median(vals), min(vals), max(vals)
def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
out = []
out.append('# PDF backend memory, %s' % sh('date +%F'))
out.append('')
out.append('Machine: %s cores (%s), %s GiB, %s, load average at the end %s.' % (
    sh('nproc'), sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs"), sh("free -g | awk '/Mem:/{print $2}'"),
    sh('java -version 2>&1 | head -1'), sh("cut -d' ' -f1-3 /proc/loadavg")))
out.append('Inputs: "line", one paragraph of "word word …"; "article", the seed article repeated. Each figure is the median')
out.append('of %s runs, each a JVM of its own (-Xss8m -Xmx12g); the range is in brackets. Heap: the peak of the heap pools' % repeats)
out.append('above what was live when the stage began, per input byte, garbage not yet collected included. "before": the PDF')
out.append('package at %s (%s), the rest of the tree as now; "after": as now (%s). Script: the script stage' % (
    before, sh('git rev-parse --short %s' % before), sh('git rev-parse --short HEAD')))
out.append('(ArticleConverter.toScript) in the same JVMs as "after", the yardstick the ratios divide by.')
out.append('')
out.append('| input | script B/byte | script s | PDF before B/byte | PDF before s | PDF after B/byte | PDF after s | before / script (heap, time) | after / script (heap, time) | after allocated B/byte |')
out.append('|---|---|---|---|---|---|---|---|---|---|')
kinds = sorted({d['kind'] for d in rows}, key=lambda k: k != 'line')
sizes = sorted({d['mb'] for d in rows}, key=float)
for kind in kinds:
    for mb in sizes:
        sp, sl, sh_ = med('after', kind, mb, 'script_peak', True)
        st = med('after', kind, mb, 'script_ms', False)[0]
        bp = med('before', kind, mb, 'pdf_peak', True)
        bt = med('before', kind, mb, 'pdf_ms', False)
        ap = med('after', kind, mb, 'pdf_peak', True)
        at = med('after', kind, mb, 'pdf_ms', False)
        alloc = med('after', kind, mb, 'pdf_allocated', True)[0]
        out.append('| %s %s MB | %.0f [%.0f–%.0f] | %.1f | %.0f [%.0f–%.0f] | %.1f [%.1f–%.1f] | %.0f [%.0f–%.0f] | %.1f [%.1f–%.1f] | %.1f×, %.1f× | %.1f×, %.1f× | %.0f |' % (
            kind, mb, sp, sl, sh_, st, bp[0], bp[1], bp[2], bt[0], bt[1], bt[2], ap[0], ap[1], ap[2], at[0], at[1], at[2],
            bp[0] / sp, bt[0] / st, ap[0] / sp, at[0] / st, alloc))
out.append('')
out.append('A ratio above 1× means the PDF backend needs that many times the heap (or time) of the script stage.')
open(report, 'w').write('\n'.join(out) + '\n')
print('\n'.join(out))
EOF
