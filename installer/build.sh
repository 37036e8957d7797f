#!/usr/bin/env bash
# Builds Kip's installers for the system it runs on:
#
#   installer/build.sh                   jar, runtime, app-image, then .deb (+ .rpm when rpmbuild
#                                        exists) on Linux, .msi on Windows, .dmg on macOS
#   installer/build.sh --app-image-only  stop after the app-image (CI)
#   installer/build.sh --skip-mvn        reuse target/kip.jar and target/lib/ as they are
#
# Extra Maven flags go in MVN_ARGS (e.g. MVN_ARGS=-o for an offline build).
# Everything lands in target/installer/: runtime/ (jlink), image/Kip (app-image), packages/.
#
# How the runtime is made: jlink takes the JDK's own jmods plus the JavaFX jars from Maven Central
# (they are modular jars; jlink accepts them, platform native libraries included as resources).
# JavaFX then lives in the runtime as named modules, not on the class path. JavaFX looks for its
# native libraries in the runtime's lib/ (bin\ on Windows) before unpacking them from its jar into
# ~/.openjfx/cache, so we copy them there: no files written to the home folder at first start.
# Only the modules jdeps finds in the app and its libraries go in (no javafx.web, no javafx.media).
set -euo pipefail

app_image_only=0 skip_mvn=0
for arg in "$@"; do
  case $arg in
    --app-image-only) app_image_only=1 ;;
    --skip-mvn) skip_mvn=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source installer/common.sh

if [[ $skip_mvn == 0 ]]; then
  # shellcheck disable=SC2086  # MVN_ARGS is a list of flags
  mvn -B -q ${MVN_ARGS:-} -DskipTests package
fi
[[ -f target/kip.jar ]] || { echo "build.sh: target/kip.jar is missing; run without --skip-mvn" >&2; exit 1; }

version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -n 1)
[[ -n $version ]] || { echo "build.sh: no <version> found in pom.xml" >&2; exit 1; }
out=target/installer
rm -rf "$out" && mkdir -p "$out/input/lib" "$out/packages"

# --- runtime -----------------------------------------------------------------------------------
modules=$(app_modules)
# Beyond what jdeps sees: jdk.localedata so dates and numbers follow the user's locale, not only
# English; java.prefs for Preferences (recent journals, theme) reached through java.desktop.
modules="$modules,jdk.localedata,java.prefs"
echo "build.sh: runtime modules: $modules"
# No --compress: compressed classes start slower, and start-up time is what matters here.
# --generate-cds-archive gives the runtime its base CDS archive, which the app's archive extends.
jlink --module-path "$(fx_module_path)" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime" >"$out/jlink.log" 2>&1 || { cat "$out/jlink.log" >&2; exit 1; }
copy_fx_natives "$out/runtime"

# --- app-image ---------------------------------------------------------------------------------
cp target/kip.jar "$out/input/"
for jar in target/lib/*.jar; do
  [[ $(basename "$jar") == javafx-* ]] || cp "$jar" "$out/input/lib/"   # JavaFX is in the runtime
done

common=(--name Kip --app-version "$version" --vendor "Kip"
        --description "Private recovery journal for lifters: sleep, soreness, pain and strength in one local file.")
# $APPDIR is expanded by the launcher. -Xshare:auto: a missing or stale archive only costs speed;
# -Xlog:cds...=off keeps a stale archive's warning out of the command line's output.
# Then the window's heap and collector (installer/window-java-options).
java_options=('-XX:SharedArchiveFile=$APPDIR/kip.jsa' -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
mapfile -t -O ${#java_options[@]} java_options < <(window_java_options)
# JavaFX is a named module of the runtime while ControlsFX is on the class path and reaches into its
# internals (auto-completion, range slider…): the same list as the pom's javafx:run options.
for p in javafx.base/com.sun.javafx.event javafx.base/com.sun.javafx.collections javafx.base/com.sun.javafx.runtime \
         javafx.controls/com.sun.javafx.scene.control javafx.controls/com.sun.javafx.scene.control.behavior \
         javafx.controls/com.sun.javafx.scene.control.inputmap javafx.graphics/com.sun.javafx.scene \
         javafx.graphics/com.sun.javafx.scene.traversal javafx.graphics/com.sun.javafx.css; do
  java_options+=("--add-exports=$p=ALL-UNNAMED")
done
java_options+=(--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED)
# sqlite-jdbc unpacks its native library to the temp folder at every start (~75 ms of CPU, beside the
# window's own start-up); the image carries this platform's copy unpacked where Kip looks for it
# (native/ beside kip.jar, as `mvn package` leaves it in target/: dev.kip.journal.SqliteNativeLibrary).
sqlite_entry=$(sqlite_native_entry)
if [[ -n $sqlite_entry && -f target/native/$sqlite_entry ]]; then
  mkdir -p "$out/input/native/$(dirname "$sqlite_entry")"
  cp "target/native/$sqlite_entry" "$out/input/native/$sqlite_entry"
fi
opts=()
for o in "${java_options[@]}"; do opts+=(--java-options "$o"); done
# The command line's own launcher, kip-cli: the same jars with the options of installer/cli-java-options
# and a class archive of its own (made below); it keeps JavaFX's access options, since with no command
# it opens the window.
cli_options=()
for o in "${java_options[@]}"; do [[ $o == --add-* ]] && cli_options+=("$o"); done
while read -r o; do [[ -z $o || $o == \#* ]] || cli_options+=("$o"); done <installer/cli-java-options
cli_options+=('-XX:SharedArchiveFile=$APPDIR/kip-cli.jsa')
printf 'java-options=%s\n' "${cli_options[*]}" >"$out/kip-cli.properties"
opts+=(--add-launcher "kip-cli=$out/kip-cli.properties")
[[ $os == mac ]] && opts+=(--mac-package-identifier dev.kip.Kip --mac-package-name Kip)

jpackage --type app-image "${common[@]}" --icon "$(icon_file)" \
  --input "$out/input" --main-jar kip.jar --main-class dev.kip.Main \
  --runtime-image "$out/runtime" "${opts[@]}" --dest "$out/image"
image=$(app_image_dir "$out/image")
echo "build.sh: app-image in $image"

# --- CDS archive for the app's classes ---------------------------------------------------------
installer/train-cds.sh "$image"
installer/train-cli-cds.sh "$(cd "$(image_app_dir "$image")" && pwd -P)/kip-cli.jsa" "$(image_runtime "$image")/bin/java" \
  -cp "$(image_classpath "$image")" dev.kip.Main

[[ $app_image_only == 1 ]] && exit 0

# --- installers --------------------------------------------------------------------------------
package() {
  echo "build.sh: building $1"
  jpackage --type "$1" "${common[@]}" --app-image "$image" --dest "$out/packages" "${@:2}"
}
case $os in
  linux)
    linux_opts=(--icon assets/icons/kip-256.png --resource-dir installer/linux
                --linux-package-name kip --linux-shortcut --linux-menu-group "Office;Utility;"
                --linux-app-category misc --install-dir /opt)
    # JavaFX opens GTK 3 with dlopen at run time, so jpackage's scan of the image's libraries misses
    # it, and on a system without it Kip does not start. Debian's package (libgtk-3-0t64 since the
    # 64-bit time_t transition, which still provides the old name); on RPM systems the library
    # itself, which names the package on Fedora, RHEL and openSUSE alike.
    package deb "${linux_opts[@]}" --linux-package-deps "$(deb_gtk_dependency)"
    if command -v rpmbuild >/dev/null; then package rpm "${linux_opts[@]}" --linux-package-deps "$(rpm_gtk_dependency)"; fi ;;
  windows)
    package msi --icon assets/icons/kip.ico --win-menu --win-menu-group Kip --win-shortcut \
      --win-dir-chooser --win-upgrade-uuid 6f4f3c1e-5b7a-4c5e-9a55-2f0c6b1d4b01 ;;
  mac)
    package dmg --icon assets/icons/kip.icns --mac-package-identifier dev.kip.Kip ;;
esac
ls -l "$out/packages"
