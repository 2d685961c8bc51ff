#!/usr/bin/env bash
# The whole test suite, one command: installs what the tests need (idempotently), builds the solution,
# runs every test project under tests/, and ends with one line "N passed, M failed" over all of them.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

configuration="${CONFIGURATION:-Release}"
results="$root/.data/test-results"

./scripts/install-prerequisites.sh
dotnet build OrleansTrading.sln -c "$configuration" -nologo -clp:ErrorsOnly

rm -rf "$results" && mkdir -p "$results"
projects=()
while IFS= read -r p; do projects+=("$p"); done < <(find tests -name '*.Tests.csproj' -o -name '*IntegrationTests.csproj' | sort)

broken=0
for project in "${projects[@]}"; do
  name="$(basename "$project" .csproj)"
  echo "=== $name"
  if ! dotnet test "$project" -c "$configuration" --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000; then
    broken=1
  fi
done

passed=0; failed=0; skipped=0; ran=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  attr() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(attr passed)))
  failed=$((failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
  skipped=$((skipped + $(attr notExecuted)))
  ran=$((ran + 1))
done
if [ "$ran" -ne "${#projects[@]}" ]; then
  echo "only $ran of ${#projects[@]} test projects produced results"
  broken=1
fi
echo "test projects: $ran; skipped: $skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$broken" -eq 0 ]
