#!/usr/bin/env bash
# Builds QuickFIX/C++'s "executor" example (a FIX acceptor that fills every limit order at its price) into
# <repo>/.tools/quickfix-executor/executor, for the FIX interop tests (tests/interop/README.md).
#
# Sources: the Debian package libquickfix-doc ships them under /usr/share/doc/libquickfix-doc/examples/executor/C++
# (Application.cpp is gzipped there, and the example expects an autotools config.h, for which an empty one will do);
# headers and library come from libquickfix-dev. Both are installed by ./scripts/install-prerequisites.sh.
#
# Idempotent: does nothing when the binary is newer than its sources and this script. Safe to run concurrently
# (test processes may call it at the same time): the build holds a lock and installs the binary atomically.
#
# Exit codes: 0 built or already up to date (the binary's path is the last line printed);
#             3 a prerequisite is missing (tests treat this as "QuickFIX/C++ executor not available" and skip);
#             anything else: the build itself failed (a real error, shown in full).
# Environment: QUICKFIX_EXECUTOR_SOURCES overrides the example folder; CXX overrides the compiler (default g++).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sources="${QUICKFIX_EXECUTOR_SOURCES:-/usr/share/doc/libquickfix-doc/examples/executor/C++}"
out="$root/.tools/quickfix-executor"
binary="$out/executor"
cxx="${CXX:-g++}"

log() { printf '[quickfix-executor] %s\n' "$*" >&2; }
unavailable() { log "not available: $*"; exit 3; }

command -v "$cxx" >/dev/null 2>&1 || unavailable "C++ compiler '$cxx' not found (apt-get install g++, or run ./scripts/install-prerequisites.sh)"
[ -f /usr/include/quickfix/Session.h ] || unavailable "QuickFIX/C++ headers not found in /usr/include/quickfix (apt-get install libquickfix-dev)"
application_source=""
for candidate in "$sources/Application.cpp" "$sources/Application.cpp.gz"; do
  [ -f "$candidate" ] && { application_source="$candidate"; break; }
done
[ -n "$application_source" ] && [ -f "$sources/Application.h" ] && [ -f "$sources/executor.cpp" ] \
  || unavailable "executor example sources not found in $sources (apt-get install libquickfix-doc)"
inputs=("$application_source" "$sources/Application.h" "$sources/executor.cpp" "$0")

up_to_date() {
  [ -x "$binary" ] || return 1
  for input in "${inputs[@]}"; do
    [ "$binary" -nt "$input" ] || return 1
  done
}

mkdir -p "$out"
exec 9>"$out/.build.lock"
flock 9

if up_to_date; then
  log "up to date: $binary"
  echo "$binary"
  exit 0
fi

work="$(mktemp -d "$out/build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$sources/Application.h" "$sources/executor.cpp" "$work/"
case "$application_source" in
  *.gz) gzip -dc "$application_source" > "$work/Application.cpp" ;;
  *) cp "$application_source" "$work/Application.cpp" ;;
esac
# The example includes an autotools "config.h" outside MSVC; nothing in it is needed for a plain socket acceptor.
: > "$work/config.h"

# -std=c++11: the example uses dynamic exception specifications (throw(...)), removed in C++17.
# -pthread: QuickFIX's socket threads (a no-op on glibc >= 2.34, where libpthread is part of libc).
log "building $binary from $sources"
"$cxx" -std=c++11 -O2 -Wno-deprecated -pthread -I"$work" \
  "$work/Application.cpp" "$work/executor.cpp" \
  -o "$work/executor" -lquickfix
mv -f "$work/executor" "$binary"
log "built $binary"
echo "$binary"
