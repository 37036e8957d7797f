#!/usr/bin/env bash
# Kills Kip with kill -9 at random moments while it writes, and checks what is left (issue 16).
#
#   src/test/bench/kill-loops.sh saves|import|backup|restore|export|all [RUNS]
#
#   saves    a loop saving nights (dev.kip.bench.SaveLoop): every save that returned is in the journal
#   import   `kip import` of a 200,000-set Strong CSV: the import is in the journal whole or not at all
#   backup   `kip backup`: no backup or temporary is ever readable by others, and what a kill leaves
#            behind is gone after the next open; every finished backup passes the full check
#   restore  `kip restore`: the journal is the old one or the backup, whole, and the old one is kept
#   export   `kip export all`: the folder is complete or absent, and the next export removes leftovers
#
# After every kill the journal must open and pass `kip check`. RUNS is per loop (20 by default).
# Prints one line per loop: runs, kills that landed while the process was still running, failures.
set -euo pipefail
cd "$(dirname "$0")/../../.."
what=${1:?usage: src/test/bench/kill-loops.sh saves|import|backup|restore|export|all [RUNS]}
runs=${2:-20}

if [[ -z ${SKIP_BUILD:-} ]]; then  # SKIP_BUILD=1 reuses target/ as it is
  mvn -B -q ${MVN_ARGS:-} -DskipTests package
fi
[[ -f target/bench/test.classpath && -n ${SKIP_BUILD:-} ]] || mvn -B -q ${MVN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test.classpath
work=target/bench/kill
rm -rf "$work" && mkdir -p "$work"
cp="target/test-classes:target/classes:$(cat target/bench/test.classpath)"
# A command, not a function: kill -9 must reach the JVM itself, not a shell around it.
kip=(java -jar target/kip.jar --journal "$work/journal.db")
kip() { "${kip[@]}" "$@"; }
failures=0
fail() { echo "  FAIL: $*" >&2; failures=$((failures + 1)); }

# A random delay in seconds, from 0 to $1 (a decimal), for sleep.
random_delay() { awk -v max="$1" -v r="$RANDOM" 'BEGIN { printf "%.3f", r / 32767 * max }'; }

# Runs "$@" in the background and kills it with -9 after a random delay of up to $max seconds.
# Returns 0 when the kill landed while it ran (it died of SIGKILL), 1 when it had finished first.
kill_during() {
  local max=$1; shift
  "$@" >"$work/out.log" 2>&1 &
  local pid=$! status=0
  sleep "$(random_delay "$max")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || status=$?
  [[ $status == 137 ]]
}

# Runs "$@" once to the end and prints 1.2 times its wall time in seconds (at least 0.5): the span for a
# kill's delay, so that most kills land while the command runs however quick it has become here (fixed
# spans of 5 to 14 s let most runs finish first once imports, restores and exports took a second or two).
span_of() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "kill-loops: the untimed run of $* failed" >&2; return 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { d = (b - a) * 1.2; printf "%.2f", d < 0.5 ? 0.5 : d }'
}

fresh_journal() {
  rm -rf "$work"/journal.db* "$work/backups"
  kip demo --years 1 --seed 7 >/dev/null
}

sound() {
  kip check >"$work/check.log" 2>&1 || { fail "kip check after the kill: $(head -3 "$work/check.log")"; return 1; }
}

count() { sqlite3 -readonly "file:$work/journal.db?immutable=1" "$1"; }

others_can_read() {  # prints files under $1 that group or others can read
  find "$1" -perm /044 -type f 2>/dev/null || true
}

loop_saves() {
  local landed=0 saved=0
  fresh_journal
  local first=2030-01-01
  for ((i = 0; i < runs; i++)); do
    first=$(date -d "$first + 400 days" +%F)
    if kill_during 2.5 java -cp "$cp" dev.kip.bench.SaveLoop "$work/journal.db" "$first"; then landed=$((landed + 1)); fi
    cp "$work/out.log" "$work/acknowledged.txt"
    sound || continue
    local missing=0
    while read -r day; do
      [[ $day =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || continue
      saved=$((saved + 1))
      [[ $(count "SELECT count(*) FROM nights WHERE date = '$day'") == 1 ]] || missing=$((missing + 1))
    done <"$work/acknowledged.txt"
    [[ $missing == 0 ]] || fail "run $i: $missing acknowledged save(s) missing"
  done
  echo "saves:   $runs runs, $landed kills during the loop, $saved acknowledged saves, all present unless reported above"
}

loop_import() {
  local landed=0 whole=0 writing=0 csv=$work/strong.csv
  java -cp "$cp" dev.kip.exchange.StrongCsvGenerator "$csv" 200000 >/dev/null 2>&1 \
    || { echo "import: cannot generate the CSV" >&2; return 1; }
  fresh_journal
  local max
  max=$(span_of "${kip[@]}" import "$csv") || return 1
  for ((i = 0; i < runs; i++)); do
    fresh_journal
    local before
    before=$(count "SELECT count(*) FROM sets")
    if kill_during "$max" "${kip[@]}" import "$csv"; then
      landed=$((landed + 1))
      # The preview is printed before the write starts: a kill after it landed in the write.
      grep -q '^To add' "$work/out.log" && writing=$((writing + 1))
    fi
    sound || continue
    local after
    after=$(count "SELECT count(*) FROM sets")
    [[ $after == $((before + 200000)) ]] && whole=$((whole + 1))
    [[ $after == "$before" || $after == $((before + 200000)) ]] || fail "run $i: $((after - before)) sets of 200,000 imported"
  done
  echo "import:  $runs runs, kills within ${max} s, $landed during the import ($writing while writing); afterwards $whole imported whole, $((runs - whole)) not at all, none partial unless reported above"
}

loop_backup() {
  local landed=0 max
  fresh_journal
  umask 022  # the usual umask: anything not made private on purpose would be readable by others
  max=$(span_of "${kip[@]}" backup) || return 1
  for ((i = 0; i < runs; i++)); do
    kill_during "$max" "${kip[@]}" backup &
    local bg=$!
    # Look while it runs: nothing in backups/ may be readable by others at any moment.
    for _ in $(seq 40); do
      [[ -z $(others_can_read "$work/backups") ]] || fail "run $i: readable by others: $(others_can_read "$work/backups")"
      sleep 0.1
    done
    if wait "$bg"; then landed=$((landed + 1)); fi
    sound || continue
    local left
    left=$(find "$work" -name '.*.tmp*' | head -3)
    [[ -z $left ]] || fail "run $i: temporaries left after the next open: $left"
    for b in "$work"/backups/*.db; do
      [[ -e $b ]] || continue
      [[ $(sqlite3 -readonly "file:$b?immutable=1" "PRAGMA integrity_check") == ok ]] || fail "run $i: $b fails the check"
    done
  done
  echo "backup:  $runs runs, kills within ${max} s, $landed during the backup, $(ls "$work/backups" 2>/dev/null | wc -l) finished backups, all sound and private"
}

loop_restore() {
  local landed=0 restored=0
  fresh_journal
  kip backup --out "$work/backup.db" >/dev/null
  kip sleep add --date 2000-01-01 --bed 23:00 --try 23:10 --sol 10 --awakenings 1 --waso 5 --final-wake 06:30 \
    --out-of-bed 06:40 --quality 3 --rested 3 >/dev/null
  local newer old
  newer=$(count "SELECT count(*) FROM nights")
  old=$(sqlite3 -readonly "file:$work/backup.db?immutable=1" "SELECT count(*) FROM nights")
  # One restore timed to the end, then back to the newer journal from the copy it kept.
  local max
  max=$(span_of "${kip[@]}" restore "$work/backup.db") || return 1
  kip restore "$(ls -t "$work"/backups/*before-restore*.db | head -1)" >/dev/null
  for ((i = 0; i < runs; i++)); do
    if kill_during "$max" "${kip[@]}" restore "$work/backup.db"; then landed=$((landed + 1)); fi
    sound || continue
    local now
    now=$(count "SELECT count(*) FROM nights")
    [[ $now == "$newer" || $now == "$old" ]] || fail "run $i: the journal holds $now nights, neither $newer nor $old"
    # Back to the newer journal for the next run, from the backup the restore kept (when it got that far).
    if [[ $now == "$old" ]]; then
      restored=$((restored + 1))
      local kept
      kept=$(ls -t "$work"/backups/*before-restore*.db 2>/dev/null | head -1)
      [[ -n $kept ]] || { fail "run $i: restored, but the journal as it was is kept nowhere"; continue; }
      [[ $(sqlite3 -readonly "file:$kept?immutable=1" "SELECT count(*) FROM nights") == "$newer" ]] \
        || fail "run $i: $kept does not hold the journal as it was"
      kip restore "$kept" >/dev/null
    fi
  done
  echo "restore: $runs runs, kills within ${max} s, $landed during the restore; $restored restored, the others left as they were; never a mix"
}

loop_export() {
  local landed=0 complete=0
  fresh_journal
  mkdir -p "$work/exports"
  local max
  max=$(span_of "${kip[@]}" export all --out "$work/exports/timed") || return 1
  rm -rf "$work/exports/timed"
  for ((i = 0; i < runs; i++)); do
    local out=$work/exports/all-$i
    if kill_during "$max" "${kip[@]}" export all --out "$out"; then landed=$((landed + 1)); fi
    if [[ -e $out ]]; then
      complete=$((complete + 1))
      [[ $(ls "$out" | wc -l) == 7 && -s $out/manifest.json ]] || fail "run $i: $out is incomplete: $(ls "$out")"
    fi
    sound || continue
  done
  kip export all --out "$work/exports/last" >/dev/null
  local left
  left=$(find "$work/exports" -maxdepth 1 -name '.*' | head -3)
  [[ -z $left ]] || fail "temporaries left after the next export: $left"
  echo "export:  $runs runs, kills within ${max} s, $landed during the export, $complete folders complete, the others absent, no leftovers"
}

case $what in
  saves|import|backup|restore|export) "loop_$what" ;;
  all) for l in saves import backup restore export; do "loop_$l"; done ;;
  *) echo "kill-loops.sh: unknown loop '$what'" >&2; exit 2 ;;
esac
if [[ $failures -gt 0 ]]; then
  echo "kill-loops: $failures failure(s)" >&2
  exit 1
fi
echo "kill-loops: no failures"
