#!/usr/bin/env bash
# Runs every test of the platform on a fresh machine: installs what the tests need, then prints one line of totals.
set -euo pipefail
cd "$(dirname "$0")"

# PostgreSQL binaries for the PostgreSQL lane (the tests start their own throwaway cluster on loopback).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL binaries..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi

results=$(mktemp -d)
status=0
dotnet test Azora.slnx --logger "trx;LogFilePrefix=azora" --results-directory "$results" "$@" || status=$?

python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
