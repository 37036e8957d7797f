#!/usr/bin/env bash
# Start-up benchmark: JVM start → Kip's window showing Today on a 10-year demo journal, against a
# bare JavaFX window (a Label in a Stage, the same JavaFX) in the same run, under a private Xvfb.
#
#   installer/bench-startup.sh [RUNS]     default 10 runs of each, alternating
#
# Three pairs: `java -jar target/kip.jar` and installer/kip (the jar with the window's options and its
# class archive) vs the bare window on the JDK with the same JavaFX jars, and
# the app-image launcher vs the bare window on the app-image's own runtime; a fourth, the installed
# launcher (/opt/kip, or $KIP_INSTALLED) vs the bare window on its runtime, when Kip is installed. Both sides report the
# first post-layout pulse of their window (Kip: -Dkip.startupProbe=true; bare: BareWindow.java).
# Kip's first frame shows the shell and Today's heading and buttons; Today's cards and figures follow
# from the journal thread, and the budget applies to that frame (KIP_TODAY_DATA_MS, "a usable Today"):
# prints each pair's medians and ratios, PASS when the median time to Today's data is at most 1.5 ×
# the bare window's first frame. The load average is printed before and after: compare ratios.
# Builds what is missing (jar, app-image, demo journal) first; exits 1 when a pair fails the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

runs=${1:-10}
budget=1.5
bench=target/bench
mkdir -p "$bench"

[[ -f target/kip.jar ]] || mvn -B -q ${MVN_ARGS:-} -DskipTests package
image=$(app_image_dir target/installer/image)
# (Re)builds the app-image when it is missing or older than the jar, so it runs the same code.
if [[ ! -x $(image_launcher "$image") || target/kip.jar -nt $(image_app_dir "$image")/kip.jar ]]; then
  installer/build.sh --app-image-only --skip-mvn
fi
journal=$bench/journal-10y.db
if [[ ! -f $journal ]]; then
  echo "bench: writing a 10-year demo journal to $journal"
  java -jar target/kip.jar demo --journal "$journal" --years 10 >/dev/null
fi

fx_cp=$(fx_jars | paste -sd "$path_sep" -)
javac -nowarn -cp "$fx_cp" -d "$bench/classes" installer/bench/BareWindow.java

if ! command -v Xvfb >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0 >/dev/null
fi
start_xvfb || { echo "bench: needs Xvfb (apt-get install -y xvfb)" >&2; exit 1; }

# Runs a command and prints the number after its probe line (fails when there is none); with a
# file after --data, also appends the number after Kip's KIP_TODAY_DATA_MS line there.
probe() {
  local tag=$1 data= out; shift
  [[ $1 == --data ]] && { data=$2; shift 2; }
  out=$(timeout 120 "$@" 2>&1) || true
  [[ -z $data ]] || sed -n "s/^KIP_TODAY_DATA_MS \([0-9]*\)$/\1/p" <<<"$out" >>"$data"
  sed -n "s/^[A-Z]*_CPU_MS \([0-9]*\)$/\1/p" <<<"$out" >>"$cpu_file"
  sed -n "s/^$tag \([0-9]*\)$/\1/p" <<<"$out" | grep . || { echo "bench: no $tag from: $*" >&2; echo "$out" | tail -n 5 >&2; return 1; }
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

verdict=0
compare() {  # name, then bare command and Kip command separated by --
  local name=$1; shift
  local bare=() kip=() i b k
  while [[ $1 != -- ]]; do bare+=("$1"); shift; done; shift
  kip=("$@")
  : >"$bench/$name.bare" ; : >"$bench/$name.kip" ; : >"$bench/$name.data" ; : >"$bench/$name.bare-cpu" ; : >"$bench/$name.kip-cpu"
  for ((i = 1; i <= runs; i++)); do
    cpu_file=$bench/$name.bare-cpu probe BARE_FIRST_FRAME_MS "${bare[@]}" >>"$bench/$name.bare"
    cpu_file=$bench/$name.kip-cpu probe KIP_FIRST_FRAME_MS --data "$bench/$name.data" "${kip[@]}" >>"$bench/$name.kip"
  done
  b=$(median <"$bench/$name.bare"); k=$(median <"$bench/$name.kip"); d=$(median <"$bench/$name.data")
  awk -v n="$name" -v b="$b" -v k="$k" -v d="$d" -v max="$budget" -v r="$runs" -v l="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)" 'BEGIN {
    ratio = d / b; ok = ratio <= max
    printf "%-10s bare window %6.0f ms  Kip first frame %6.0f ms (%.2f x)  Today'"'"'s data %6.0f ms = %.2f x  (budget %.1f x, median of %d; load %s)  %s\n",
      n, b, k, k / b, d, ratio, max, r, l, ok ? "PASS" : "FAIL"
    exit !ok }' || verdict=1
  echo "           bare runs: $(paste -sd ' ' "$bench/$name.bare")"
  echo "           kip first frames: $(paste -sd ' ' "$bench/$name.kip")"
  echo "           Today's data:     $(paste -sd ' ' "$bench/$name.data")"
  # CPU time used by all threads up to the frame: less moved by other work on the machine than wall time.
  awk -v b="$(median <"$bench/$name.bare-cpu")" -v k="$(median <"$bench/$name.kip-cpu")" 'BEGIN {
    printf "           CPU time to the frame (all threads): bare %.0f ms, Kip to Today'"'"'s data %.0f ms = %.2f x\n", b, k, k / b }'
}

# Kip's preferences (window size, theme) come from a fresh data folder, not the person's own: its
# window then has the default size, which the bare window copies (1200 x 800).
rm -rf "$bench/xdg" && mkdir -p "$bench/xdg"
export XDG_DATA_HOME=$PWD/$bench/xdg
runtime=$(image_runtime "$image")
load() { [[ -r /proc/loadavg ]] && echo " (load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
echo "bench: $runs runs each on $DISPLAY, journal $journal$(load)"
compare jar \
  java -cp "$bench/classes$path_sep$fx_cp" BareWindow -- \
  java $(window_java_options | paste -sd ' ') -Dkip.startupProbe=true -jar target/kip.jar --journal "$journal"
# The jar through installer/kip: the same options and a class archive of the window's own classes,
# which the script writes at the end of its first window after a build (made here by one start).
JAVA_TOOL_OPTIONS=-Dkip.startupProbe=true installer/kip --journal "$journal" >/dev/null 2>&1 || true
# Its yardstick is launched as the script launches the window, with no GPU (gpu_less_rendering).
read -ra no_gpu <<<"$(gpu_less_rendering)"
compare kip-script \
  env "${no_gpu[@]:0:1}" java "${no_gpu[@]:1}" -cp "$bench/classes$path_sep$fx_cp" BareWindow -- \
  env JAVA_TOOL_OPTIONS=-Dkip.startupProbe=true installer/kip --journal "$journal"
compare app-image \
  "$runtime/bin/java" -cp "$bench/classes" BareWindow -- \
  env JAVA_TOOL_OPTIONS=-Dkip.startupProbe=true "$(image_launcher "$image")" --journal "$journal"
# The installed launcher too, when Kip is installed from the .deb (its archive made by the postinst).
installed=${KIP_INSTALLED:-/opt/kip}
if [[ -x $installed/bin/Kip ]]; then
  compare installed \
    "$installed/lib/runtime/bin/java" -cp "$bench/classes" BareWindow -- \
    env JAVA_TOOL_OPTIONS=-Dkip.startupProbe=true "$installed/bin/Kip" --journal "$journal"
fi
echo "bench: done$(load); figures taken next to other work on the same cores mean little"
exit $verdict
