#!/usr/bin/env bash
# Screenshots of every page for the README: runs `peere-console --demo --screenshot-dir` under
# Xvfb (always, so that the pictures do not depend on the desktop's theme or screen) and writes
# the PNGs into docs/screenshots/.
#   scripts/screenshots.sh [--language en|fr] [OUTPUT_DIR]
# Environment: BUILD_DIR (default ./build).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
language=en
if [ "${1:-}" = "--language" ]; then
    language=$2
    shift 2
fi
out_dir=${1:-$root/docs/screenshots}
console="$build_dir/bin/peere-console"

if [ ! -x "$console" ]; then
    echo "screenshots.sh: $console is missing: run scripts/dev.sh build first" >&2
    exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

mkdir -p "$out_dir"
# A private settings and data home: the pictures never show this machine's migrations or keys.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

xvfb-run -a -s "-screen 0 1440x900x24" \
    "$console" --demo --language "$language" --screenshot-dir "$out_dir"
echo "screenshots written to $out_dir" >&2
