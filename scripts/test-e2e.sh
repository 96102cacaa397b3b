#!/usr/bin/env bash
# End-to-end tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, headless Chromium):
#   1. extension-host tests (test/e2e/suite) through @vscode/test-electron and test/e2e/launcher
#   2. UI tests (test/e2e/ui) on expedited-apps.vsix installed into code-server; screenshots
#      of every step land in test-results/e2e/. One of them, korean.ui.test.ts, runs a workbench
#      in VS Code's Korean display language (--locale ko with a language pack packed from
#      test/e2e/fixtures/ at test time); its screenshots land in test-results/e2e/ko/
# Installs what it needs first (scripts/setup.sh), then builds and packages.
# E2E_VSCODE=desktop runs the extension-host tests in a downloaded desktop VS Code instead.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
bash scripts/setup.sh

mkdir -p test-results
# A production build and the .vsix the UI tests install (vsce lists every file: keep it in a log).
if ! npm run -s package </dev/null >test-results/package.log 2>&1; then
  cat test-results/package.log >&2
  echo "e2e: npm run package failed" >&2
  exit 1
fi

status=0
echo "e2e: extension-host tests"
node --import tsx test/e2e/runExtensionTests.ts || status=1
echo "e2e: UI tests"
node scripts/run-tests.mjs test/e2e/ui || status=1

echo "e2e: $([ $status -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - started)) s; screenshots in test-results/e2e/ (Korean: test-results/e2e/ko/)"
exit $status
