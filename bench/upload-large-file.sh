#!/usr/bin/env bash
# Uploads one large generated file (default 2 GiB) through the REST endpoint to an app started with the run command's
# launcher, and reports the application's heap growth. Usage: bench/upload-large-file.sh [SIZE_MB] [WORK_DIR]
# Needs about 3 × SIZE on disk in WORK_DIR (the file, the container's multipart temp file, the stored original).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-2048}"
work="${2:-$(mktemp -d /tmp/rw-upload-bench.XXXXXX)}"
mkdir -p "$work"
file="$work/large-upload.bin"
if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne $((size_mb * 1024 * 1024)) ]; then
  echo "Generating ${size_mb} MiB of random bytes in $file"
  head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$file"
fi
[ -f target/records-watch.war ] && [ -f target/payara-micro.jar ] || ./mvnw -B -q -DskipTests package
./mvnw -B -q test-compile
cp="$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/test-classes:target/classes"
java -Xmx256m -cp "$cp" org.recordswatch.bench.UploadBench "$file" "$work" | tee "$work/result.txt"
echo "Work folder: $work (delete it when done)"
