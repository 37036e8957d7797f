#!/usr/bin/env bash
# Makes the app-image's class-data-sharing archive (<app>/kip.jsa), which the launcher maps at start
# (-XX:SharedArchiveFile=$APPDIR/kip.jsa, see build.sh) so classes load pre-parsed and verified.
#
#   installer/train-cds.sh APP_IMAGE     e.g. target/installer/image/Kip
#
# JDK 17 can only write an archive at exit of a run given -XX:ArchiveClassesAtExit, and the launcher
# already names the archive it reads, so the training run uses the image's own java with exactly the
# launcher's class path. With Xvfb (Linux) it opens the window on a demo journal and exits once every
# view is built and Trends shown (-Dkip.startupProbe=memory), so the archive holds the classes of
# Today's data and of the views built right after them; without a display
# it runs a headless `demo`, which still covers the JDK, SQLite and journal classes.
# The archive is only valid for the image at this path with these jars (JDK 17 checks both); when
# they change it is ignored (-Xshare:auto) and start-up is merely slower.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

image=${1:?usage: train-cds.sh APP_IMAGE}
java=$(image_runtime "$image")/bin/java
archive=$(cd "$(image_app_dir "$image")" && pwd -P)/kip.jsa
classpath=$(image_classpath "$image")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { "$java" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" dev.kip.Main "$@"; }

rm -f "$archive"
# Today's view with a year of data behind it exercises more of the code than an empty journal.
run demo --journal "$work/journal.db" --years 1 >"$work/demo.log" 2>&1 || cat "$work/demo.log" >&2
if [[ $os == linux ]] && start_xvfb; then
  trap 'rm -rf "$work"; kill "$xvfb_pid" 2>/dev/null || true' EXIT
  how="every-view window under Xvfb"
  set -- -Dkip.startupProbe=memory dev.kip.Main --journal "$work/journal.db"
else
  how="headless demo"
  set -- dev.kip.Main demo --journal "$work/journal2.db" --years 1
fi
# timeout guards against a window that never shows; coreutils' timeout is absent on macOS.
guard=(); command -v timeout >/dev/null && guard=(timeout 120)
"${guard[@]}" "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$classpath" "$@" >"$work/train.log" 2>&1 || true
if [[ -s $archive ]]; then
  echo "train-cds.sh: $(du -h "$archive" | cut -f1) archive from a $how run: $archive"
else
  # Not fatal: the app runs without it, only slower.
  echo "train-cds.sh: warning: no CDS archive was written; the run printed:" >&2
  tail -n 20 "$work/train.log" >&2
fi
