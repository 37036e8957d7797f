#!/usr/bin/env bash
# Checks the app-image as a user would get it, with no display:
#   - its launcher answers --version, writes a demo journal, and `check` finds that journal sound;
#   - its runtime holds every module jdeps finds in the app and its libraries;
#   - SQLite's native library loads from the image, not from a copy unpacked at every start.
#
#   installer/check-app-image.sh            build the jar and app-image first (installer/build.sh)
#   installer/check-app-image.sh --reuse    use target/installer/image as it is
#
# Exits non-zero on the first failure, saying what failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

if [[ ${1:-} != --reuse ]]; then
  installer/build.sh --app-image-only --skip-mvn
fi
image=$(app_image_dir target/installer/image)
launcher=$(image_launcher "$image")
[[ -x $launcher ]] || { echo "check-app-image: no launcher at $launcher" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "check-app-image: FAIL $*" >&2; failures=$((failures + 1)); }

# Runtime modules: what jdeps needs must be listed in the runtime's release file.
have=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$(image_runtime "$image")/release" | tr ' ' '\n' | sort)
need=$(app_modules | tr ',' '\n' | sort)
missing=$(comm -23 <(echo "$need") <(echo "$have"))
[[ -z $missing ]] || fail "the runtime lacks modules the app uses: $(echo $missing)"
for unwanted in javafx.web javafx.media; do
  grep -qx "$unwanted" <<<"$have" && fail "the runtime holds $unwanted, which the app does not use"
done

# The launcher, as installed: no JAVA_HOME, no display. KIP_JOURNAL must not leak in from outside.
unset KIP_JOURNAL DISPLAY
run() {
  local name=$1; shift
  if "$launcher" "$@" >"$work/$name.log" 2>&1; then
    echo "check-app-image: ok   Kip $*"
  else
    fail "Kip $* exited $?:"; sed 's/^/    /' "$work/$name.log" >&2
  fi
}
run version --version
grep -q . "$work/version.log" || fail "--version printed nothing"
run demo demo --journal "$work/j.db" --years 1
# With no temp folder to unpack into, sqlite-jdbc works only from the library the image carries.
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/no-such-folder" run check check --journal "$work/j.db"

if [[ $failures -gt 0 ]]; then
  echo "check-app-image: $failures check(s) failed" >&2
  exit 1
fi
echo "check-app-image: the app-image and its runtime are sound"
