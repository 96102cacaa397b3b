#!/usr/bin/env bash
# Runs every test suite (unit, LSP, CLI, Wine, end-to-end), installing what they need first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
npm run -s build
npm run -s typecheck
npm run -s lint
npm run -s test:unit
node scripts/run-tests.mjs test/lsp
node scripts/run-tests.mjs test/cli
node scripts/run-tests.mjs test/wine
npm run -s test:e2e
