#!/usr/bin/env bash
# Memory benchmark: the real window (launcher, full shell, every view built, Trends showing all the
# years) on the 10- and 40-year demo journals; prints the resident size once it has settled, its peak
# and the Java heap committed, for `java -jar` with the window's JVM options
# (installer/window-java-options), through installer/kip (the same options; with no graphics device it
# draws in software without loading OpenGL) and, for comparison, with none. Budget: ≤ 300 MB resident.
#
#   src/test/bench/bench-memory.sh [RUNS]      default 3 runs of each; the median is judged
#
# The app-image is measured too when installer/build.sh has built one (it ships the same options).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source installer/common.sh
runs=${1:-3}
budget=300
bench=target/bench
mkdir -p "$bench"
[[ -f target/kip.jar ]] || mvn -B -q ${MVN_ARGS:-} -DskipTests package
for years in 10 40; do
  [[ -f $bench/journal-${years}y.db ]] || java -jar target/kip.jar demo --journal "$bench/journal-${years}y.db" --years "$years" --seed 42 >/dev/null
done
start_xvfb || { echo "bench: needs Xvfb (apt-get install -y xvfb)" >&2; exit 1; }
rm -rf "$bench/xdg" && mkdir -p "$bench/xdg"
export XDG_DATA_HOME=$PWD/$bench/xdg
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# KIP_BENCH_OPTIONS (space-separated) measures other options in place of the shipped ones.
if [[ -n ${KIP_BENCH_OPTIONS:-} ]]; then read -ra shipped <<<"$KIP_BENCH_OPTIONS"; else mapfile -t shipped < <(window_java_options); fi
verdict=0
# name, years, then the command (which gets --journal COPY appended)
measure() {
  local name=$1 years=$2 copy=$bench/memory.db i out rss=() peak=() anon=() files=() shmem=() heap=
  shift 2
  for ((i = 1; i <= runs; i++)); do
    rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.lock"
    cp "$bench/journal-${years}y.db" "$copy"
    sqlite3 "$copy" "INSERT OR REPLACE INTO settings (key, value) VALUES ('trends.range', 'ALL')"
    out=$(timeout 180 env "$@" --journal "$copy" 2>&1) || true
    rss+=("$(sed -n 's/^KIP_RESIDENT_MB \([0-9]*\)$/\1/p' <<<"$out")")
    peak+=("$(sed -n 's/^KIP_PEAK_RESIDENT_MB \([0-9]*\)$/\1/p' <<<"$out")")
    anon+=("$(sed -n 's/^KIP_RESIDENT_PARTS_MB anonymous \([0-9]*\),.*/\1/p' <<<"$out")")
    files+=("$(sed -n 's/^KIP_RESIDENT_PARTS_MB .*files \([0-9]*\).*/\1/p' <<<"$out")")
    shmem+=("$(sed -n 's/^KIP_RESIDENT_PARTS_MB .*shared memory \([0-9]*\).*/\1/p' <<<"$out")")
    heap=$(sed -n 's/^KIP_HEAP_COMMITTED_MB //p' <<<"$out")
    [[ -n ${rss[-1]} ]] || { echo "bench: no figure from $name:" >&2; tail -n 5 <<<"$out" >&2; return 1; }
  done
  local m p a f s
  m=$(printf '%s\n' "${rss[@]}" | median); p=$(printf '%s\n' "${peak[@]}" | median)
  a=$(printf '%s\n' "${anon[@]}" | median); f=$(printf '%s\n' "${files[@]}" | median); s=$(printf '%s\n' "${shmem[@]}" | median)
  awk -v n="$name" -v y="$years" -v m="$m" -v p="$p" -v h="$heap" -v max="$budget" -v runs="${rss[*]}" -v l="$(load)" 'BEGIN {
    printf "%-22s %2d years  resident %4.0f MB (runs %s)  peak %4.0f MB  heap committed %s MB  budget %d MB  %s  (load %s)\n",
      n, y, m, runs, p, h, max, m <= max ? "PASS" : "FAIL", l }'
  # What the resident size is made of: the process's own memory (anonymous: heap, metaspace, code,
  # native allocations) and what it maps (files: the JVM, JavaFX, GTK and Mesa libraries, the CDS
  # archive; shared memory: the X server's image buffers), which other processes share.
  echo "                                 of which anonymous $a MB, files $f MB, shared memory $s MB (medians)"
  [[ $name == *none* ]] || awk -v m="$m" -v max="$budget" 'BEGIN { exit !(m <= max) }' || verdict=1
}

echo "bench: memory, $runs runs each on $DISPLAY (load average $(load))"
image=$(app_image_dir target/installer/image)
for years in 10 40; do
  measure "jar, no options" "$years" java -Dkip.startupProbe=memory -jar target/kip.jar
  measure "jar, window options" "$years" java "${shipped[@]}" -Dkip.startupProbe=memory -jar target/kip.jar
  # The jar through installer/kip (its class archive written by the first window after a build, here).
  [[ -f target/kip-window.jsa && ! target/kip.jar -nt target/kip-window.jsa ]] ||
    JAVA_TOOL_OPTIONS=-Dkip.startupProbe=true timeout 180 installer/kip --journal "$bench/journal-10y.db" >/dev/null 2>&1 || true
  measure "installer/kip" "$years" JAVA_TOOL_OPTIONS=-Dkip.startupProbe=memory installer/kip
  if [[ -x $(image_launcher "$image") ]]; then
    measure "app-image" "$years" JAVA_TOOL_OPTIONS=-Dkip.startupProbe=memory "$(image_launcher "$image")"
  fi
done
echo "bench: done (load average $(load))"
exit $verdict
