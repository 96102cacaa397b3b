#!/usr/bin/env bash
# Runs every test suite (unit, LSP, CLI, Wine, Windows' Node under Wine, end-to-end), installing what they need first.
# This is the README's test command (`npm test`) and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
stage() {
  echo
  echo "== $1 ($((SECONDS - started)) s)"
}

stage "setup"
bash scripts/setup.sh
stage "build, typecheck, lint, generated docs"
npm run -s build
npm run -s typecheck
npm run -s lint
node --import tsx scripts/gen-rule-table.ts --check README.md
stage "unit"
node scripts/run-tests.mjs test/unit
stage "differential: Microsoft's Test-UpdaterRegistration (oracle) vs the core"
node scripts/run-tests.mjs test/oracle
stage "language server over stdio"
node scripts/run-tests.mjs test/lsp
stage "CLI"
node scripts/run-tests.mjs test/cli
stage "Wine's registry"
node scripts/run-tests.mjs test/wine
stage "Windows' own Node.js under Wine (--target local)"
bash scripts/test-windows.sh
stage "end-to-end in VS Code (code-server)"
bash scripts/test-e2e.sh
stage "all suites passed"
