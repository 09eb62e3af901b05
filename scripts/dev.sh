#!/usr/bin/env bash
# The project's one entry point for developers and CI:
#   scripts/dev.sh deps          install the Debian packages that are missing (root or sudo)
#   scripts/dev.sh build         configure (once) and build, Release by default
#   scripts/dev.sh test          deps, build, then every test with ctest on the offscreen platform
#   scripts/dev.sh demo          deps, build, open the console on the embedded sandbox
#   scripts/dev.sh bench         deps, build, run every benchmark in tests/bench and print figures
#   scripts/dev.sh translations  refresh translations/*.ts from the sources and translations/fr/*.tsv
# Environment: BUILD_DIR (default ./build), BUILD_TYPE (default Release), JOBS.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
build_type=${BUILD_TYPE:-Release}
jobs=${JOBS:-$(nproc)}

packages=(
    g++ cmake ninja-build ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev libxkbcommon-dev libphonenumber-dev qtkeychain-qt6-dev libgl-dev
    xvfb xauth poppler-utils fonts-dejavu-core
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        log "configuring $build_dir ($build_type)"
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
    fi
    log "building"
    cmake --build "$build_dir" --parallel "$jobs"
}

run_tests() {
    log "running the tests"
    export QT_QPA_PLATFORM=offscreen
    cd "$build_dir"
    ctest --output-on-failure --parallel "$jobs" --timeout 900 "$@"
}

demo() {
    local console=("$build_dir/bin/peere-console" --demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "no display: running the console under Xvfb (xvfb-run)"
        exec xvfb-run -a -s "-screen 0 1440x900x24" "${console[@]}"
    fi
    exec "${console[@]}"
}

bench() {
    local status=0
    for program in "$build_dir"/bench/bench_*; do
        [ -x "$program" ] || continue
        log "$(basename "$program")"
        QT_QPA_PLATFORM=offscreen "$program" "$@" || status=1
    done
    return $status
}

translations() {
    # lupdate, then fill the French from translations/fr/*.tsv (one file per area of the code, so
    # that parallel work never conflicts; a translation made in Qt Linguist is kept).
    cmake --build "$build_dir" --target update_translations
    cat "$root"/translations/fr/*.tsv > "$build_dir/fr-pairs.tsv"
    python3 "$root/scripts/ts_fill.py" "$root/translations/peere-console_fr.ts" "$build_dir/fr-pairs.tsv"
    python3 "$root/scripts/ts_fill.py" --missing "$root/translations/peere-console_fr.ts"
}

command=${1:-}
shift || true
case "$command" in
    deps) deps ;;
    build) deps; build ;;
    test) deps; build; run_tests "$@" ;;
    demo) deps; build; demo ;;
    bench) deps; build; bench "$@" ;;
    translations) deps; build; translations ;;
    *)
        sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
        exit 2
        ;;
esac
