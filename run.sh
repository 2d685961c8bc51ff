#!/usr/bin/env bash
# Runs the platform with the embedded default: one local silo (role all) with durable SQLite storage in
# .data/platform, the paper venue fed by a simulated quote feed, and the gRPC API on 127.0.0.1:5080.
# Extra arguments go to the host (e.g. --grpc-port 6000, --durability process-crash-safe). Ctrl+C stops it.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/OrleansTrading.Host -c Release -nologo -clp:ErrorsOnly
mkdir -p .data/platform
exec dotnet src/OrleansTrading.Host/bin/Release/net10.0/OrleansTrading.Host.dll --data-dir "$root/.data/platform" "$@"
