#!/usr/bin/env bash
# The benchmark: builds in Release, starts the platform in one process with demo data, measures it against its
# baselines in the same run, and writes bench/results/latest.md and latest.json. Arguments go to azora-bench
# (--duration <s>, --connections <n>, --only catalog,quiz,...). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The platform is published ReadyToRun (native code compiled ahead of time beside the IL, for this machine's runtime
# identifier), so its cold start does not wait for the JIT to compile everything a start runs; the tools are built.
dotnet publish src/Azora -c Release --use-current-runtime --no-self-contained -p:PublishReadyToRun=true \
  -o artifacts/bench/azora -v quiet -nologo
dotnet build bench/Azora.Bench.Micro -c Release -o artifacts/bench/micro -v quiet -nologo
dotnet build bench/Azora.Bench -c Release -o artifacts/bench/tool -v quiet -nologo
dotnet artifacts/bench/tool/azora-bench.dll --azora artifacts/bench/azora/azora.dll --micro artifacts/bench/micro/Azora.Bench.Micro.dll "$@"
