#!/usr/bin/env bash
# Extraction benchmark: the engine (Tika in forked JVMs) against plain Tika in one warm JVM, on the same files.
#
#   bench/extraction/run.sh [COPIES] [CORPUS] [THREADS] [OCR] [WARM_UP_PASSES] [ROUNDS]
#
# COPIES          how many times the corpus is copied (new names) into the scratch folder      (default 10)
# CORPUS          a folder of documents; README.md, manifest.json, truth.json are left out      (default ../shared/corpus/nm-dev)
# THREADS         files extracted at the same time; also the number of forks                    (default 2)
# OCR             true to OCR scans (Tesseract then dominates), false otherwise                 (default false)
# WARM_UP_PASSES  untimed passes over one copy first, so that every JVM's JIT is warm           (default 3)
# ROUNDS          rounds of (tika, pipes), alternating, to even out a busy machine              (default 3)
#
# Copies go to ${RW_BENCH_DIR:-/tmp/rw-bench}, never into the repository. Each run is a fresh JVM with -Xmx512m
# (the application's heap budget). Results are printed and written to bench/out/ (ignored by git); the last line is
# the median of the per-round ratios pipes/tika.
set -euo pipefail
cd "$(dirname "$0")/../.."

COPIES=${1:-10}
CORPUS=${2:-}
THREADS=${3:-2}
OCR=${4:-false}
WARM=${5:-3}
ROUNDS=${6:-3}
if [ -z "$CORPUS" ]; then
  for candidate in ../shared/corpus/nm-dev ../../shared/corpus/nm-dev; do
    if [ -d "$candidate" ]; then CORPUS=$candidate; break; fi
  done
fi
[ -d "$CORPUS" ] || { echo "corpus folder not found: give it as the second argument" >&2; exit 2; }
SCRATCH=${RW_BENCH_DIR:-/tmp/rw-bench}

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

mkdir -p bench/out
STAMP=$(date +%Y%m%d-%H%M%S)
SUMMARY="bench/out/$STAMP-summary.txt"
echo "# $COPIES copies of $CORPUS, $THREADS threads, OCR $OCR, $WARM warm-up passes, $ROUNDS rounds; $(nproc) CPUs" \
  | tee "$SUMMARY"
ratios=()
cpuratios=()
for round in $(seq 1 "$ROUNDS"); do
  for MODE in tika pipes; do
    rm -rf "$SCRATCH"
    OUT="bench/out/$STAMP-$round-$MODE.txt"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT"
    java -Xmx512m -cp "$CP" org.recordswatch.extraction.ExtractionBenchmark "$MODE" "$CORPUS" "$SCRATCH" "$COPIES" \
      "$THREADS" "$OCR" "$WARM" 2>"bench/out/$STAMP-$round-$MODE.log" >> "$OUT"
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
    echo "round $round $MODE: $(grep -E '^(wall_ms|docs_per_s|cpu_ms_per_doc|app_heap_peak_mb|fork_rss_peak_mb|forks_rss_sum_peak_mb|statuses)=' "$OUT" | tr '\n' ' ') $(grep '^load' "$OUT" | tr '\n' ' ')" \
      | tee -a "$SUMMARY"
  done
  tika=$(grep '^wall_ms=' "bench/out/$STAMP-$round-tika.txt" | cut -d= -f2)
  pipes=$(grep '^wall_ms=' "bench/out/$STAMP-$round-pipes.txt" | cut -d= -f2)
  ratios+=("$(awk -v p="$pipes" -v t="$tika" 'BEGIN { printf "%.2f", p / t }')")
  tcpu=$(grep '^cpu_ms_per_doc=' "bench/out/$STAMP-$round-tika.txt" | cut -d= -f2)
  pcpu=$(grep '^cpu_ms_per_doc=' "bench/out/$STAMP-$round-pipes.txt" | cut -d= -f2)
  cpuratios+=("$(awk -v p="$pcpu" -v t="$tcpu" 'BEGIN { printf "%.2f", p / t }')")
done
rm -rf "$SCRATCH"
echo "ratios pipes/tika per round: ${ratios[*]}" | tee -a "$SUMMARY"
echo "median ratio: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')" \
  | tee -a "$SUMMARY"
echo "CPU per document, pipes/tika per round: ${cpuratios[*]}" | tee -a "$SUMMARY"
