#!/usr/bin/env bash
# Checks the app-image as a user would get it, with no display:
#   - its launcher answers --version, writes a demo journal, and `check` finds that journal sound;
#   - its command-line launcher kip-cli answers --version and writes a report, with its classes
#     from its own class archive;
#   - its runtime holds every module jdeps finds in the app and its libraries;
#   - SQLite's native library loads from the image, not from a copy unpacked at every start;
#   - the Linux packages (when built) depend on GTK 3, which JavaFX opens with dlopen so no scan
#     of the image finds it, and on a package for every library the image's native code links.
#
#   installer/check-app-image.sh             build the jar and app-image first (installer/build.sh)
#   installer/check-app-image.sh --reuse     use target/installer/ as it is (checks packages found there)
#   installer/check-app-image.sh --packages  build the installers too, and check their dependencies
#
# Exits non-zero on the first failure, saying what failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

case ${1:-} in
  --reuse) ;;
  --packages) installer/build.sh --skip-mvn ;;
  *) installer/build.sh --app-image-only --skip-mvn ;;
esac
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
    echo "check-app-image: ok   $(basename "$launcher") $*"
  else
    fail "$(basename "$launcher") $* exited $?:"; sed 's/^/    /' "$work/$name.log" >&2
  fi
}
run version --version
grep -q . "$work/version.log" || fail "--version printed nothing"
run demo demo --journal "$work/j.db" --years 1
# With no temp folder to unpack into, sqlite-jdbc works only from the library the image carries.
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/no-such-folder" run check check --journal "$work/j.db"

# The command line's launcher: same answers, and its classes come from its class archive.
cli_launcher=$(image_cli_launcher "$image")
if [[ -x $cli_launcher ]]; then
  launcher=$cli_launcher
  run cli-version --version
  grep -q "^Kip " "$work/cli-version.log" || fail "kip-cli --version did not print the version"
  # No temp folder here either: the report runs on the SQLite library the image carries.
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/cli-classes.log -Djava.io.tmpdir=$work/no-such-folder" \
    run cli-report report --journal "$work/j.db" \
    --from "$(date -d '-89 days' +%F 2>/dev/null || date -v-89d +%F)" --out "$work/summary.pdf"
  [[ -s $work/summary.pdf ]] || fail "kip-cli report wrote no PDF"
  shared=$(grep -c "source: shared objects file" "$work/cli-classes.log" || true)
  [[ $shared -gt 1000 ]] || fail "kip-cli loaded $shared classes from its class archive (kip-cli.jsa); expected most of them"
  echo "check-app-image: kip-cli loaded $shared classes from its class archive"
else
  fail "no command-line launcher at $cli_launcher"
fi

# --- packages: what a system must have installed for Kip to start -------------------------------
# The libraries the image's native code is linked against (ELF NEEDED entries), but not its own.
needed_libraries() {
  local own
  own=$(find "$image" -name '*.so*' -printf '%f\n' | sort -u)
  find "$image" -name '*.so*' -type f -exec readelf -d {} + 2>/dev/null \
    | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u | comm -23 - <(echo "$own")
}

check_deb() {
  local deb=$1 depends pkg lib unknown=()
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "check-app-image: $(basename "$deb") depends on: $depends"
  grep -Eq '(^|[ ,|])libgtk-3-0(t64)?([ ,|(]|$)' <<<"$depends" \
    || fail "$(basename "$deb") does not depend on GTK 3 ($(deb_gtk_dependency)): without it Kip does not start"
  # Each linked library's package (as installed on this machine) must be a dependency, or come with
  # one: GTK 3 brings X11, GLib, Pango and Cairo, and every system has libc.
  local gtk_closure
  gtk_closure=$(apt-cache depends --recurse --important libgtk-3-0 2>/dev/null | sed -n 's/^\([a-z0-9][^ <>]*\)$/\1/p' | sort -u)
  for lib in $(needed_libraries); do
    pkg=$(dpkg -S "*/$lib" 2>/dev/null | head -1 | cut -d: -f1)
    if [[ -z $pkg ]]; then
      unknown+=("$lib")
      continue
    fi
    [[ $pkg == libc6 ]] && continue
    grep -Eq "(^|[ ,|])${pkg%t64}(t64)?([ ,|(]|\$)" <<<"$depends" && continue
    grep -qx "$pkg" <<<"$gtk_closure" && continue
    fail "$(basename "$deb"): the image links $lib (package $pkg), which is not among its dependencies"
  done
  [[ ${#unknown[@]} == 0 ]] || echo "check-app-image: not installed here, so not checked: ${unknown[*]}"
}

check_rpm() {
  local rpm=$1
  rpm -qpR "$rpm" 2>/dev/null | grep -qF "$(rpm_gtk_dependency)" \
    || fail "$(basename "$rpm") does not require GTK 3 ($(rpm_gtk_dependency)): without it Kip does not start"
}

for deb in target/installer/packages/*.deb; do
  [[ -e $deb ]] && check_deb "$deb"
done
for rpm in target/installer/packages/*.rpm; do
  [[ -e $rpm ]] && { command -v rpm >/dev/null && check_rpm "$rpm" || echo "check-app-image: rpm is not installed; $rpm not checked"; }
done

if [[ $failures -gt 0 ]]; then
  echo "check-app-image: $failures check(s) failed" >&2
  exit 1
fi
echo "check-app-image: the app-image and its runtime are sound"
