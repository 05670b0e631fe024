#!/usr/bin/env bash
# Start-up benchmark of the packaged app (Linux, under Xvfb): launch -> first window, and launch -> case open.
#
#   bench/startup.sh [-n RUNS] [--app DIR]      measure (default 7 runs of each kind, and of the CLI)
#   bench/startup.sh --record-classlist         record installers/cds/startup.classlist (the CDS training run)
#
# Needs the app image (`mvn verify` on Linux builds target/jpackage/image/Breachdesk) and Xvfb
# (apt-get install xvfb libgtk-3-0). The app reports its first frame through -Dbreachdesk.startupProbe=exit
# (com.breachdesk.app.StartupProbe), which also closes it once the case is open.
#
# Two kinds of start, each in a fresh sandbox home:
#   first  - a new user: no preferences yet, the app creates and opens the demo case;
#   second - the same user again: preferences exist, the app reopens the last case.
# "Cold" here means a new JVM process each time; the OS file cache stays warm (a container cannot drop it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=7
app=target/jpackage/image/Breachdesk
record=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --app) app="$2"; shift 2 ;;
    --record-classlist) record=true; shift ;;
    *) echo "usage: bench/startup.sh [-n RUNS] [--app DIR] [--record-classlist]" >&2; exit 2 ;;
  esac
done
launcher="$app/bin/Breachdesk"
[[ -x "$launcher" ]] || { echo "no packaged app at $app: run mvn verify first" >&2; exit 2; }
command -v Xvfb > /dev/null || { echo "Xvfb is not installed (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2> /dev/null || true; wait "$xvfb_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# One X server for all runs, so its own start-up is not counted.
Xvfb -displayfd 4 -nolisten tcp -screen 0 1600x1000x24 4> "$work/display" 2> /dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
export DISPLAY=":$(tr -dc 0-9 < "$work/display")"

now_ms() { date +%s%3N; }

# launch SANDBOX [extra JVM options...] -> prints "<first-window ms> <case-open ms> <cpu s>"
launch() {
  local sandbox="$1"; shift
  mkdir -p "$sandbox/home/.config"
  local start end out="$sandbox/out.txt"
  start=$(now_ms)
  TIMEFORMAT='%U %S'
  { time env HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/home/.config" \
      JAVA_TOOL_OPTIONS="-Duser.home=$sandbox/home -Dbreachdesk.startupProbe=exit $*" \
      timeout 120 "$launcher" > "$out" 2> "$sandbox/err.txt"; } 2> "$sandbox/cpu.txt"
  local window case
  window=$(awk '/^first-window /{print $2; exit}' "$out")
  case=$(awk '/^case-open /{print $2; exit}' "$out")
  if [[ -z "$window" || -z "$case" ]]; then
    echo "run failed; stderr:" >&2; tail -20 "$sandbox/err.txt" >&2; exit 1
  fi
  echo "$((window - start)) $((case - start)) $(awk '{printf "%.2f", $1 + $2}' "$sandbox/cpu.txt")"
}

if [[ "$record" == true ]]; then
  list="$work/loaded.classlist"
  launch "$work/record" "-XX:DumpLoadedClassList=$list" > /dev/null
  # Only classes of the runtime image (JDK, JavaFX): an archive of the app's own jars would be valid at one path only.
  # Archived lambda proxies (@lambda-proxy) tripled the list's size for no start-up gain we could measure.
  # Sorted, so that re-recording shows only the classes that came or went.
  {
    echo "# Classes Breachdesk loads until its first window shows, recorded by bench/startup.sh --record-classlist"
    echo "# with $("$app/lib/runtime/bin/java" -version 2>&1 | head -1). PackageApp builds the runtime's CDS archive from it."
    grep -E '^((java|javax|jdk|sun|javafx)/|com/sun/|@lambda-form-invoker)' "$list" | grep -v '^jdk/proxy' | LC_ALL=C sort -u
  } > installers/cds/startup.classlist
  echo "wrote installers/cds/startup.classlist ($(grep -vc '^#' installers/cds/startup.classlist) entries)"
  exit 0
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "machine: $(nproc) cpus, $(lscpu | awk -F: '/Model name/{gsub(/^ +/,"",$2); print $2}'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "app: $app ($(du -sh "$app" | cut -f1)); runtime $("$app/lib/runtime/bin/java" -version 2>&1 | head -1)"
printf '%-6s %4s %14s %14s %8s\n' kind run first-window case-open cpu-s
for kind in first second; do
  : > "$work/$kind.window"; : > "$work/$kind.case"; : > "$work/$kind.cpu"
  for i in $(seq "$runs"); do
    sandbox="$work/$kind-$i"
    if [[ "$kind" == second ]]; then
      launch "$sandbox" > /dev/null        # the first start of this user, not counted
    fi
    read -r window case cpu < <(launch "$sandbox")
    printf '%-6s %4d %11d ms %11d ms %8s\n' "$kind" "$i" "$window" "$case" "$cpu"
    echo "$window" >> "$work/$kind.window"; echo "$case" >> "$work/$kind.case"; echo "$cpu" >> "$work/$kind.cpu"
  done
done
# The command line through the same launcher: `info` on the demo case the first start created.
demo="$(find "$work/first-1/home/.config/breachdesk" -name '*.breachcase' | head -1)"
: > "$work/cli"
for i in $(seq "$runs"); do
  start=$(now_ms)
  env HOME="$work/first-1/home" XDG_CONFIG_HOME="$work/first-1/home/.config" JAVA_TOOL_OPTIONS="-Duser.home=$work/first-1/home" \
    "$launcher" info "$demo" > /dev/null 2>&1
  echo $(($(now_ms) - start)) >> "$work/cli"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in first second; do
  echo "median $kind start: first window $(median < "$work/$kind.window") ms, case open $(median < "$work/$kind.case") ms," \
    "cpu $(sort -n "$work/$kind.cpu" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s"
done
echo "median command line (info on the demo case, launch to exit): $(median < "$work/cli") ms"

# Anything the first start wrote outside the preferences folder (GTK's dconf/fontconfig caches are the desktop's own).
echo "files written outside ~/.config/breachdesk by a first start:"
(cd "$work/first-1/home" && find . -type f ! -path './.config/breachdesk/*' | sed 's/^/  /') || true
