#!/usr/bin/env bash
# Proves `azora new service` end to end without touching this checkout: copies the repository to a temporary folder,
# scaffolds azora-demo there, then builds and tests the generated service and checks the deploy files still agree.
# Set KEEP=1 to keep the copy for a look afterwards.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/azora-generator.XXXXXX")"
if [[ "${KEEP:-}" == "1" ]]; then
  echo "keeping the copy in $work"
else
  trap 'rm -rf "$work"' EXIT
fi

echo "== copying $repo to $work"
tar -C "$repo" --exclude=./.git --exclude=bin --exclude=obj --exclude=./data -cf - . | tar -C "$work" -xf -
cd "$work"

echo "== azora new service azora-demo --domain education --port 3199"
dotnet run --project src/Azora -- new service azora-demo --domain education --port 3199 --purpose "Demo notes service made by scripts/check-generator.sh."

echo "== building and testing the generated service"
dotnet build tests/Azora.Demo.Tests/Azora.Demo.Tests.csproj
dotnet test tests/Azora.Demo.Tests/Azora.Demo.Tests.csproj --no-build

echo "== the catalog, compose and k8s files agree after generation"
dotnet test tests/Azora.Deploy.Tests/Azora.Deploy.Tests.csproj

grep -q '"id": "azora-demo"' catalog.json
grep -q 'AZORA_SERVICE: azora-demo' deploy/compose/docker-compose.education.yml
echo "== generated service azora-demo builds, passes its tests and is in the catalog and deploy files"
