#!/usr/bin/env bash
# Runs every test of the platform on a fresh machine: installs what the tests need, then prints one line of totals.
set -euo pipefail
cd "$(dirname "$0")"

# What the tests start themselves on loopback: PostgreSQL's binaries (throwaway clusters), RabbitMQ's broker (the split
# lane) and Chromium (the portal's browser tests). Daemons are not started by the packages: the tests run their own.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server || -x /usr/sbin/rabbitmq-server ]] || missing+=(rabbitmq-server)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if (( ${#missing[@]} > 0 )); then
  echo "Installing ${missing[*]}..."
  export DEBIAN_FRONTEND=noninteractive
  no_daemons=/usr/sbin/policy-rc.d   # tells Debian's maintainer scripts not to start services
  if [[ ! -e $no_daemons ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$no_daemons" && chmod +x "$no_daemons"
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

results=$(mktemp -d)
status=0
export AZORA_TEST_RESULTS="$results"   # the browser tests keep their screenshots here
dotnet test Azora.slnx --logger "trx;LogFilePrefix=azora" --results-directory "$results" "$@" || status=$?
echo "Test results and the browser tests' screenshots: $results"

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
