#!/usr/bin/env bash
# Runs one of Kip's benchmarks on a 10-year demo journal (DESIGN.md's performance budgets).
#
#   src/test/bench/bench.sh switch|sleep|body|training|trends|report|report-range|demo|startup|memory|import|cli [ARGS...]
#   src/test/bench/bench.sh window      every window benchmark in one go (start-up, memory, switch,
#                                       sleep, body, training, trends, report), about 8 minutes
#
# Builds the jar and test classes, writes target/bench/journal-10y.db once with `kip demo`, and
# gives each run a fresh copy of it (benchmarks save entries). UI benchmarks run headless on
# Monocle. `demo` times writing the demo journal itself (`demo [YEARS [SEED]]`, 10 and 42 by default);
# `geometry [RUNS]` times the body geometry's cold read in fresh JVMs;
# `cli [RUNS]` runs the command line end to end through `java -jar` and installer/kip (cli-bench.sh);
# `report-range` times the report's model over 1, 5 and 10 years;
# `startup` runs installer/bench-startup.sh (Xvfb); `memory` runs bench-memory.sh (Xvfb, the real
# window on 10 and 40 years); `import` runs the import benchmark. Every window benchmark prints its
# yardstick (a bare JavaFX window or frame, raw SQL on the same journal) and the load average beside
# its figures: compare a figure with its yardstick, not with another run's figure.
# SKIP_BUILD=1 reuses target/ as it is. YEARS=40 runs the in-process window benchmarks (sleep, body,
# training, trends, report, switch) and `cli` on a 40-year demo journal instead (DESIGN.md: a 40-year
# journal stays within every budget); its labels still say "10 years" where they name the range "all".
set -euo pipefail
cd "$(dirname "$0")/../../.."
name=${1:?usage: src/test/bench/bench.sh switch|sleep|body|training|trends|report|report-range|demo|startup|memory|import|cli|window [ARGS...]}
shift
mkdir -p target/bench
years=${YEARS:-10}
master=target/bench/journal-${years}y.db

if [[ -z ${SKIP_BUILD:-} || ! -f target/bench/test.classpath ]]; then
  mvn -B -q ${MVN_ARGS:-} -DskipTests package
  mvn -B -q ${MVN_ARGS:-} test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test.classpath
fi
[[ -f $master ]] || java -jar target/kip.jar demo --journal "$master" --years "$years" --seed 42
cp="target/test-classes:target/classes:$(cat target/bench/test.classpath)"
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true -Djava.awt.headless=true)

run_on_copy() {  # main class, then extra arguments; $jvm_options (an array) before them
  local main=$1 copy=target/bench/run.db; shift
  rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.lock"
  cp "$master" "$copy"   # the master is closed: a plain copy is safe
  java ${jvm_options[@]+"${jvm_options[@]}"} "${headless[@]}" -cp "$cp" "$main" "$copy" "$@"
}

# The window's benchmarks run with the window's JVM options (heap, collector, compiler), as the app does.
source installer/common.sh
run_in_window_jvm() {
  local jvm_options
  mapfile -t jvm_options < <(window_java_options)
  run_on_copy "$@"
}

case $name in
  sleep) run_in_window_jvm dev.kip.bench.SleepViewBench "$@" ;;
  body) run_in_window_jvm dev.kip.bench.BodyViewBench "$@" ;;
  training) run_in_window_jvm dev.kip.bench.TrainingViewBench "$@" ;;
  trends) run_in_window_jvm dev.kip.bench.TrendsBench "$@" ;;
  report) run_in_window_jvm dev.kip.bench.ReportBench "$@" ;;
  switch) run_in_window_jvm dev.kip.bench.ViewSwitchBench "$@" ;;
  demo) java -cp "$cp" dev.kip.bench.DemoBench "$@" ;;
  geometry)  # the body geometry's cold read, each run in a fresh JVM: geometry [RUNS], 9 by default
    for ((i = 0; i < ${1:-9}; i++)); do java -cp "$cp" dev.kip.bench.GeometryColdBench; done |
      sort -n | awk '{ a[NR] = $1 } END { printf "bench: body geometry cold read, median %.1f ms of %d fresh JVMs (min %.1f, max %.1f)\n", a[int((NR + 1) / 2)], NR, a[1], a[NR] }' ;;
  startup) exec installer/bench-startup.sh "$@" ;;
  memory) exec src/test/bench/bench-memory.sh "$@" ;;
  window)  # the window's benchmarks, one after another, built once; fewer start-up and memory runs
    self=$0
    echo "bench: window benchmarks, $(nproc 2>/dev/null || echo ?) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null), JDK $(java -version 2>&1 | head -n 1)"
    status=0
    for b in "startup 5" "memory 1" switch sleep body training trends report; do
      echo; echo "== $b"
      # shellcheck disable=SC2086
      SKIP_BUILD=1 "$self" $b || status=1
    done
    echo; echo "bench: window benchmarks done, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    exit $status ;;
  import) exec src/test/bench/import-bench.sh "$@" ;;
  cli) exec src/test/bench/cli-bench.sh "$master" "$@" ;;
  report-range) run_on_copy dev.kip.bench.ReportRangeBench "$@" ;;
  *) echo "bench.sh: unknown benchmark '$name'" >&2; exit 2 ;;
esac
