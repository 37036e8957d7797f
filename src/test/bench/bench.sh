#!/usr/bin/env bash
# Runs one of Kip's benchmarks on a 10-year demo journal (DESIGN.md's performance budgets).
#
#   src/test/bench/bench.sh switch|sleep|body|training|trends|report|report-range|demo|startup|import|cli [ARGS...]
#
# Builds the jar and test classes, writes target/bench/journal-10y.db once with `kip demo`, and
# gives each run a fresh copy of it (benchmarks save entries). UI benchmarks run headless on
# Monocle. `demo` times writing the demo journal itself (`demo [YEARS [SEED]]`, 10 and 42 by default);
# `cli [RUNS]` runs the command line end to end through `java -jar` and installer/kip (cli-bench.sh);
# `report-range` times the report's model over 1, 5 and 10 years;
# `startup` runs installer/bench-startup.sh (Xvfb); `import` runs the import benchmark.
set -euo pipefail
cd "$(dirname "$0")/../../.."
name=${1:?usage: src/test/bench/bench.sh switch|sleep|body|training|trends|report|report-range|demo|startup|import|cli [ARGS...]}
shift
mkdir -p target/bench
master=target/bench/journal-10y.db

mvn -B -q ${MVN_ARGS:-} -DskipTests package
mvn -B -q ${MVN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test.classpath
[[ -f $master ]] || java -jar target/kip.jar demo --journal "$master" --years 10 --seed 42
cp="target/test-classes:target/classes:$(cat target/bench/test.classpath)"
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true -Djava.awt.headless=true)

run_on_copy() {  # main class, then extra arguments
  local main=$1 copy=target/bench/run.db; shift
  rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.lock"
  cp "$master" "$copy"   # the master is closed: a plain copy is safe
  java "${headless[@]}" -cp "$cp" "$main" "$copy" "$@"
}

case $name in
  sleep) run_on_copy dev.kip.bench.SleepViewBench "$@" ;;
  body) run_on_copy dev.kip.bench.BodyViewBench "$@" ;;
  training) run_on_copy dev.kip.bench.TrainingViewBench "$@" ;;
  trends) run_on_copy dev.kip.bench.TrendsBench "$@" ;;
  report) run_on_copy dev.kip.bench.ReportBench "$@" ;;
  switch) run_on_copy dev.kip.bench.ViewSwitchBench "$@" ;;
  demo) java -cp "$cp" dev.kip.bench.DemoBench "$@" ;;
  startup) exec installer/bench-startup.sh "$@" ;;
  import) exec src/test/bench/import-bench.sh "$@" ;;
  cli) exec src/test/bench/cli-bench.sh "$master" "$@" ;;
  report-range) run_on_copy dev.kip.bench.ReportRangeBench "$@" ;;
  *) echo "bench.sh: unknown benchmark '$name'" >&2; exit 2 ;;
esac
