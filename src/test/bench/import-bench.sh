#!/usr/bin/env bash
# Import benchmarks (DESIGN.md budgets): run from the project root after `mvn -o -q test-compile`.
#   src/test/bench/import-bench.sh strong   1,000,000-set Strong CSV into a fresh journal with -Xmx256m: sets/s and
#                                           the ratio to `sqlite3 .import` of the same file, in the same run, and
#                                           the dry run's time against the import's (budget 1.3 x)
#   src/test/bench/import-bench.sh health   1 GB synthetic Apple Health export.xml with -Xmx256m: MB/s and the ratio
#                                           to a bare StAX pass over the same file (JDK, Woodstox, Aalto), same run
# Every line ends with the load average: compare ratios to the yardstick, not the figures of two runs.
#   src/test/bench/import-bench.sh trackers 10 years of nights from every sleep tracker (and StrongLifts), parse
#                                           only, -Xmx256m: MB/s per file (median of 100 runs by CPU after untimed
#                                           warm-up runs, so the JIT's compiling is not counted as parsing), the first
#                                           (cold) run's wall time; the Garmin zip holds one JSON file per day
# Generated files go to ${BENCH_DIR:-/tmp}; they are reused when present.
set -euo pipefail
what=${1:-strong}
dir=${BENCH_DIR:-/tmp}
cpfile=target/bench-classpath.txt
[ -s "$cpfile" ] || mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
cp="target/classes:target/test-classes:$(cat "$cpfile")"
case "$what" in
  strong)
    csv="$dir/strong-1m.csv"
    [ -s "$csv" ] || java -cp "$cp" dev.kip.exchange.StrongCsvGenerator "$csv" 1000000
    java -Xmx256m -cp "$cp" dev.kip.exchange.JournalImportBenchmark "$csv" sqlite3 2>&1 | grep -v SLF4J ;;
  health)
    xml="$dir/apple-health-1g.xml"
    [ -s "$xml" ] || java -cp "$cp" dev.kip.exchange.AppleHealthExportGenerator "$xml" 1GB
    java -Xmx256m -cp "$cp" dev.kip.exchange.JournalImportBenchmark "$xml" - 2>&1 | grep -v SLF4J ;;
  trackers)
    tdir="$dir/kip-trackers-10y"
    [ -s "$tdir/garmin-export.zip" ] || java -cp "$cp" dev.kip.exchange.TrackerExportGenerator "$tdir" 10
    java -Xmx256m -cp "$cp" dev.kip.exchange.TrackerImportBenchmark 100 "$tdir"/sleep-export.csv "$tdir"/sleeps.csv \
      "$tdir"/oura_trends.csv "$tdir"/oura_data.json "$tdir"/fitbit_sleep.csv "$tdir"/samsung-export.zip \
      "$tdir"/garmin-export.zip "$tdir"/fitbit-takeout.zip "$tdir"/stronglifts.csv 2>&1 | grep -v SLF4J ;;
  *) echo "usage: $0 strong|health|trackers" >&2; exit 2 ;;
esac
