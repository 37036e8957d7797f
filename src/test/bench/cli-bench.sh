#!/usr/bin/env bash
# The command line end to end (issue 21; DESIGN.md: `kip report` for 90 days ≤ 2 × `kip --version`):
#
#   src/test/bench/bench.sh cli [RUNS]      (7 runs by default; after `mvn package`, on JOURNAL)
#   src/test/bench/cli-bench.sh JOURNAL [RUNS]
#
# Times `kip --version`, `kip report` over the last 90 days and the last 10 years, and `kip export sleep`
# on a copy of the 10-year demo journal, each through two launchers: plain `java -jar target/kip.jar`
# and installer/kip (the command line's launch options and class archive, installer/cli-java-options).
# Runs are interleaved, so a burst of load hits every figure alike; each figure is the median wall
# time and CPU time (user + system, every thread) of RUNS runs, printed with its yardsticks from the
# same run: a bare JVM start (`java -version`) and the launcher's own `kip --version`. The load average
# is printed before and after: compare ratios, not milliseconds, between runs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
master=${1:?usage: cli-bench.sh JOURNAL [RUNS]}
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$master" "$work/journal.db"
last=$(sqlite3 "$work/journal.db" 'SELECT max(date) FROM nights')
days_before() { date -d "$last -$1 days" +%F 2>/dev/null || date -j -v-"$1"d -f %F "$last" +%F; }
installer/kip --version >/dev/null   # makes the class archive when the jar is newer than it

declare -A cmd
cmd[jvm]="java -version"
for launcher in jar kip; do
  [[ $launcher == jar ]] && run="java -jar target/kip.jar" || run="installer/kip"
  cmd[$launcher.version]="$run --version"
  cmd[$launcher.report90]="$run report --journal $work/journal.db --from $(days_before 89) --to $last --out $work/r90.pdf"
  cmd[$launcher.report10y]="$run report --journal $work/journal.db --from $(days_before 3652) --to $last --out $work/r10y.pdf"
  cmd[$launcher.export]="$run export sleep --journal $work/journal.db --out $work/sleep.csv"
done
order=(jvm jar.version kip.version jar.report90 kip.report90 jar.export kip.export jar.report10y kip.report10y)

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
TIMEFORMAT='%R %U %S'
for ((i = 0; i < runs; i++)); do
  for name in "${order[@]}"; do
    # shellcheck disable=SC2086  # each command is a plain word list
    { time ${cmd[$name]} >/dev/null 2>"$work/err"; } 2>>"$work/$name.times" || { cat "$work/err" >&2; exit 1; }
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

median() {  # column: 1 wall, 2 CPU (user + system); in ms
  awk -v c="$1" '{print (c == 1 ? $1 : $2 + $3) * 1000}' "$work/$2.times" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}
row() {  # name, label, yardstick name
  local wall cpu ywall ycpu
  wall=$(median 1 "$1"); cpu=$(median 2 "$1"); ywall=$(median 1 "$3"); ycpu=$(median 2 "$3")
  printf '%-44s %6d ms wall %6d ms CPU   %5.2f × / %5.2f × its launcher'"'"'s --version\n' "$2" "$wall" "$cpu" \
    "$(echo "$wall / $ywall" | bc -l)" "$(echo "$cpu / $ycpu" | bc -l)"
}
echo "median of $runs runs; the ratios are wall / CPU against the same launcher's kip --version of this run"
printf '%-44s %6d ms wall %6d ms CPU   (bare JVM start, yardstick)\n' "java -version" "$(median 1 jvm)" "$(median 2 jvm)"
for launcher in jar kip; do
  [[ $launcher == jar ]] && label="java -jar target/kip.jar" || label="installer/kip"
  row "$launcher.version" "$label --version" "$launcher.version"
  row "$launcher.report90" "$label report, 90 days" "$launcher.version"
  row "$launcher.report10y" "$label report, 10 years" "$launcher.version"
  row "$launcher.export" "$label export sleep ($(($(wc -l <"$work/sleep.csv") - 1)) nights)" "$launcher.version"
done
printf 'budget: installer/kip report, 90 days ≤ 2 × installer/kip --version (wall); a 10-year report ≤ 3 s\n'
