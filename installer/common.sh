# Shared by installer/*.sh (sourced, run from the repository root): where things are on each OS.

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "installer: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
# jlink and jdeps on Windows take ';' between path entries.
[[ $os == windows ]] && path_sep=';' || path_sep=':'

# The JavaFX jars with this platform's classifier (e.g. javafx-graphics-21.0.6-linux.jar), which hold
# the classes and the native libraries; the jars without a classifier are empty placeholders.
fx_jars() {
  local jar
  for jar in target/lib/javafx-*-*.jar; do
    if [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then echo "$jar"; fi
  done
}

fx_module_path() { fx_jars | paste -sd "$path_sep" -; }

# Modules the app and its libraries use, as jdeps finds them (comma-separated, reduced list).
app_modules() {
  local others=()
  for jar in target/lib/*.jar; do
    [[ $(basename "$jar") == javafx-* ]] || others+=("$jar")
  done
  jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --module-path "$(fx_module_path)" target/kip.jar "${others[@]}"
}

# Copies JavaFX's native libraries out of its jars to where JavaFX looks first in a runtime image.
copy_fx_natives() {
  local runtime=$1 dest tmp jar
  [[ $os == windows ]] && dest="$runtime/bin" || dest="$runtime/lib"
  tmp=$(mktemp -d)
  for jar in $(fx_jars); do
    (cd "$tmp" && jar xf "$OLDPWD/$jar")
  done
  find "$tmp" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$dest/" \;
  rm -rf "$tmp"
}

# Where sqlite-jdbc keeps its native library for this machine inside its jar (empty when unknown).
sqlite_native_entry() {
  local arch
  case $(uname -m) in
    x86_64|amd64) arch=x86_64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) return 0 ;;
  esac
  case $os in
    linux) echo "org/sqlite/native/Linux/$arch/libsqlitejdbc.so" ;;
    mac) echo "org/sqlite/native/Mac/$arch/libsqlitejdbc.dylib" ;;
    windows) echo "org/sqlite/native/Windows/$arch/sqlitejdbc.dll" ;;
  esac
}

icon_file() {
  case $os in
    linux) echo assets/icons/kip-256.png ;;
    windows) echo assets/icons/kip.ico ;;
    mac) echo assets/icons/kip.icns ;;
  esac
}

# Layout of a jpackage app-image, given the folder jpackage wrote it into.
# The GTK 3 dependency of the Linux packages (build.sh adds it; check-app-image.sh checks it is there).
deb_gtk_dependency() { echo "libgtk-3-0 | libgtk-3-0t64"; }
rpm_gtk_dependency() { echo "libgtk-3.so.0()(64bit)"; }

app_image_dir() { [[ $os == mac ]] && echo "$1/Kip.app" || echo "$1/Kip"; }
image_launcher() {
  case $os in
    linux) echo "$1/bin/Kip" ;;
    windows) echo "$1/Kip.exe" ;;
    mac) echo "$1/Contents/MacOS/Kip" ;;
  esac
}
# The command line's launcher (build.sh adds it with --add-launcher kip-cli=…).
image_cli_launcher() {
  case $os in
    linux) echo "$1/bin/kip-cli" ;;
    windows) echo "$1/kip-cli.exe" ;;
    mac) echo "$1/Contents/MacOS/kip-cli" ;;
  esac
}
image_app_dir() {
  case $os in
    linux) echo "$1/lib/app" ;;
    windows) echo "$1/app" ;;
    mac) echo "$1/Contents/app" ;;
  esac
}
image_runtime() {
  case $os in
    linux) echo "$1/lib/runtime" ;;
    windows) echo "$1/runtime" ;;
    mac) echo "$1/Contents/runtime/Contents/Home" ;;
  esac
}

# The launcher's class path, as its .cfg lists it, with $APPDIR filled in the way the launcher does.
# A CDS archive is only used when the class path matches the one it was made with.
image_classpath() {
  local appdir
  appdir=$(cd "$(image_app_dir "$1")" && pwd -P)
  sed -n 's:^app\.classpath=::p' "$appdir/Kip.cfg" | sed "s|\\\$APPDIR|$appdir|" | paste -sd "$path_sep" -
}

# The window's JVM options, one a line (installer/window-java-options says why each).
window_java_options() {
  grep -v -e '^#' -e '^$' installer/window-java-options
}

# How installer/kip opens the window on a machine with no graphics device (its test, repeated there
# since the script stands alone): the software pipeline, GTK's OpenGL off. Prints the env assignment
# and the option, nothing when there is a GPU; the start-up benchmark gives its yardstick the same.
gpu_less_rendering() {
  if [[ $os == linux && ! -e /dev/dri && ! -e /dev/dxg ]] && ! ls /dev/nvidia[0-9]* >/dev/null 2>&1; then
    echo "GDK_GL=disable -Dprism.order=sw"
  fi
}

# Starts a private Xvfb on a free display and exports DISPLAY; it is stopped when the script exits.
# Returns non-zero when Xvfb is not installed.
start_xvfb() {
  command -v Xvfb >/dev/null || return 1
  local n
  for n in $(seq 150 199); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || break
  done
  Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
  export DISPLAY=":$n"
}
