#!/usr/bin/env bash
# Installs what the test suites need when it is missing; quiet and quick when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
