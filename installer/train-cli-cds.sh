#!/usr/bin/env bash
# Makes the class archive of Kip's command line: the classes its commands load, pre-parsed and
# verified, so a command starts without loading them from the jars.
#
#   installer/train-cli-cds.sh ARCHIVE JAVA LAUNCH...
#     e.g. installer/train-cli-cds.sh target/kip-cli.jsa java -jar target/kip.jar          (installer/kip)
#          installer/train-cli-cds.sh IMAGE/lib/app/kip-cli.jsa IMAGE/lib/runtime/bin/java -cp CP dev.kip.Main   (build.sh)
#
# JDK 17 writes a dynamic archive from one run only, and a command is one run, so this lists the
# classes each training command loads (-XX:DumpLoadedClassList), one run per command on a demo
# journal, and dumps one static archive from all the lists. Run with the launcher's own options and
# class path: JDK 17 uses an archive only with the jars at the paths, sizes and times it was made with.
set -euo pipefail
archive=${1:?usage: train-cli-cds.sh ARCHIVE JAVA LAUNCH...}
java=${2:?usage: train-cli-cds.sh ARCHIVE JAVA LAUNCH...}
shift 2
options=()
while read -r option; do
  [[ -z $option || $option == \#* ]] || options+=("$option")
done <"$(dirname "$0")/cli-java-options"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=0
train() {
  runs=$((runs + 1))
  "$java" "${options[@]}" -XX:DumpLoadedClassList="$work/$runs.classes" "$@" >>"$work/train.log" 2>&1 \
    || echo "train-cli-cds.sh: a training command failed (its classes are archived all the same): $*" >&2
}
j=$work/journal.db
from=$(date -d '-89 days' +%F 2>/dev/null || date -v-89d +%F)   # GNU, else BSD date
train "$@" --version
train "$@" demo --journal "$j" --years 1
train "$@" report --journal "$j" --from "$from" --out "$work/summary.pdf"
train "$@" export sleep --journal "$j" --out "$work/sleep.csv"
train "$@" export all --journal "$j" --out "$work/all"
train "$@" trends --journal "$j" --json
train "$@" import --dry-run --journal "$j" --format kip-sleep "$work/sleep.csv"
train "$@" check --journal "$j"
# Each class once, but each lambda line as often as one command wrote it: two call sites of the same
# lambda (Comparator.comparing from two places, say) each take an archived class of their own, and
# one copy left the second to be spun at every run.
awk '{ n = ++seen[FILENAME, $0]; if (n > most[$0]) most[$0] = n }
     END { for (line in most) for (i = 0; i < most[line]; i++) print line }' "$work"/*.classes | sort >"$work/classes.lst"
# -Xshare:dump archives and exits (the main class is not run); written beside under a name of its own,
# then moved in, so a command starting meanwhile (or a second training) never maps half a file.
tmp=$archive.$$.tmp
"$java" "${options[@]}" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$tmp" \
  "$@" >>"$work/train.log" 2>&1 || true
if [[ -s $tmp ]]; then
  mv -f "$tmp" "$archive"
  # The list stays beside the archive: the .deb's postinst dumps the archive again from it for the
  # installed paths, where the packaging-time one is refused.
  cp "$work/classes.lst" "${archive%.jsa}.classlist"
  echo "train-cli-cds.sh: $(du -h "$archive" | cut -f1) archive of $(wc -l <"$work/classes.lst") classes from $runs commands: $archive"
else
  rm -f "$tmp"
  echo "train-cli-cds.sh: warning: no archive was written (the commands run without it, only slower):" >&2
  tail -n 20 "$work/train.log" >&2
fi
