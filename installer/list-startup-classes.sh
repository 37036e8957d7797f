#!/usr/bin/env bash
# Rewrites src/main/resources/dev/kip/app/startup-classes.txt: the classes `java -jar target/kip.jar`
# loads from jars and the JDK's modules before Today's data are on screen (the start-up budget's
# frame, after the first one: the cards and body map), in load order, which
# dev.kip.app.ClassPreloader loads on a second core while JavaFX starts. Rerun it (and commit the
# list) after changing what Today shows at start-up; a stale list only makes start-up slower, and
# StartupClassListTest fails when it names a Kip class that no longer exists.
#
#   installer/list-startup-classes.sh        needs Xvfb (Linux), builds the jar and a demo journal first
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

list=src/main/resources/dev/kip/app/startup-classes.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q ${MVN_ARGS:-} -DskipTests package
java -jar target/kip.jar demo --journal "$work/journal.db" --years 10 >/dev/null
start_xvfb || { echo "list-startup-classes: needs Xvfb (apt-get install -y xvfb)" >&2; exit 1; }
trap 'rm -rf "$work"; kill "$xvfb_pid" 2>/dev/null || true' EXIT

# The list in the jar would preload itself: an empty one keeps this run honest.
: >"$list"
mvn -B -q ${MVN_ARGS:-} -DskipTests package
frame=$(timeout 120 java -Xlog:class+load:file="$work/classes.log":uptime -Dkip.startupProbe=true \
  -jar target/kip.jar --journal "$work/journal.db" 2>/dev/null | sed -n 's/^KIP_TODAY_DATA_MS //p')
[[ -n $frame ]] || { echo "list-startup-classes: the window reported no frame with Today's data" >&2; exit 1; }

# Log lines look like "[0.412s] javafx.scene.control.Label source: file:/…/javafx-controls-….jar".
# Kept: classes read from jars or the JDK's modules (not the CDS archive, not generated lambda classes)
# up to Today's data; left out: what runs before the preloader starts (Main, the command line).
awk -v frame="$frame" '{
    t = substr($1, 2) * 1000
    if (t > frame) exit
    if ($3 == "source:" && ($4 ~ /^file:/ || $4 ~ /^jrt:/) && $2 !~ /\$\$Lambda/) print $2
  }' "$work/classes.log" | grep -v -E '^dev\.kip\.(Main|cli\.|app\.KipApp$|app\.ClassPreloader)' >"$list"
mvn -B -q ${MVN_ARGS:-} -DskipTests package
echo "list-startup-classes: $(wc -l <"$list") classes before Today's data at $frame ms -> $list"
