#!/usr/bin/env bash
# Installs what the test suite needs, idempotently: Debian packages (QuickFIX/C++ for FIX interop tests)
# and the pinned Node tools (Azurite, jspurefix's FIX44.xml, the Node gRPC client) into .tools/node.
# Safe to run again: each step is skipped when what it installs is already present.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

log() { printf '[prerequisites] %s\n' "$*"; }

apt_packages=(libquickfix-dev libquickfix-doc g++ make tzdata)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install: ${missing[*]}"; exit 1; }
    sudo_cmd=(sudo)
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present: ${apt_packages[*]}"
fi

node_dir="$root/.tools/node"
stamp="$node_dir/.installed-lock.sha256"
want="$(sha256sum "$root/tools/node/package-lock.json" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$node_dir/node_modules" ]; then
  log "Node tools present in .tools/node"
else
  command -v npm >/dev/null || { log "npm not found: install Node.js 20"; exit 1; }
  log "npm ci (azurite, jspurefix, @grpc/grpc-js, @grpc/proto-loader) into .tools/node"
  mkdir -p "$node_dir"
  cp "$root/tools/node/package.json" "$root/tools/node/package-lock.json" "$node_dir/"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$want" > "$stamp"
fi
