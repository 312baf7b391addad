#!/usr/bin/env bash
# Pipeline benchmark: a folder ingested through the real application (REST upload, jobs, forked extraction, storage
# of children, texts and pages in MariaDB), next to plain in-JVM Tika on the same files.
#
#   bench/pipeline/run.sh [COPIES] [CORPUS] [OCR] [WARM_UP]
#
# COPIES  how many times the folder is uploaded (each copy to a request of its own)  (default 10)
# CORPUS  a folder of documents; README.md, manifest.json, truth.json are left out    (default ../shared/corpus/nm-dev)
# OCR     true to OCR scans, false otherwise                                           (default false)
# WARM_UP untimed warm-up passes, the same number for both (default 3): the pipeline takes that many more copies
#         through upload, extraction and analysis before its clock starts, plain Tika parses one copy that often
#
# The app runs as Payara Micro with the built WAR on a fresh database rw_bench_pipeline of the MariaDB server at
# 127.0.0.1:3306 (-Dbench.db.server=...) and RW_HEAP (default 512m: the heap budget),
# JOBS_CONCURRENCY and rw.extraction.forks at their defaults (2). The baseline is ExtractionBenchmark's `tika` mode
# (one warm AutoDetectParser JVM, -Xmx512m, 2 threads, 1 warm-up pass). Results go to bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/../.."

COPIES=${1:-10}
CORPUS=${2:-}
OCR=${3:-false}
WARM_UP=${4:-3}
if [ -z "$CORPUS" ]; then
  for candidate in ../shared/corpus/nm-dev ../../shared/corpus/nm-dev /work/shared/corpus/nm-dev; do
    if [ -d "$candidate" ]; then CORPUS=$candidate; break; fi
  done
fi
[ -d "$CORPUS" ] || { echo "corpus folder not found: give it as the second argument" >&2; exit 2; }
WORK=$(mktemp -d "${RW_BENCH_DIR:-/tmp}/rw-pipeline-bench.XXXXXX")

if [ ! -f target/records-watch.war ] || [ ! -f target/payara-micro.jar ] \
    || [ -n "$(find src pom.xml -newer target/records-watch.war -print -quit)" ]; then
  ./mvnw -B -q -o -DskipTests package
fi
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

mkdir -p bench/out
STAMP=$(date +%Y%m%d-%H%M%S)
OUT="bench/out/$STAMP-pipeline.txt"
echo "# $COPIES copies of $CORPUS, OCR $OCR, warm-up passes $WARM_UP; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT"
RW_HEAP=${RW_HEAP:-512m} java -Xmx256m -cp "$CP" org.recordswatch.bench.PipelineBench "$CORPUS" "$COPIES" "$OCR" \
  "$WORK" "$WARM_UP" | grep '^RESULT' | sed 's/^RESULT /pipeline./' | tee -a "$OUT"
java -Xmx512m -cp "$CP" org.recordswatch.extraction.ExtractionBenchmark tika "$CORPUS" "$WORK/tika" "$COPIES" 2 \
  "$OCR" "$WARM_UP" 2>"bench/out/$STAMP-tika.log" | grep -E '^(wall_ms|docs_per_s|app_heap_peak_mb|statuses)=' \
  | sed 's/^/tika./' | tee -a "$OUT"
pipeline=$(grep '^pipeline.wall_s=' "$OUT" | cut -d= -f2)
tika=$(grep '^tika.wall_ms=' "$OUT" | cut -d= -f2)
echo "ratio pipeline/tika wall: $(awk -v p="$pipeline" -v t="$tika" 'BEGIN { printf "%.2f", p * 1000 / t }')" \
  | tee -a "$OUT"
cp "$WORK/app.log" "bench/out/$STAMP-app.log" 2>/dev/null || true
rm -rf "$WORK"
