#!/usr/bin/env bash
# Copies the UI tests' screenshots (test-results/e2e/*.png, written by `npm run test:e2e`) into
# docs/images/, where the README shows them, and the Korean run's (test-results/e2e/ko/) into
# docs/screenshots/ko/. Run the e2e suites first; commit both folders after.
set -euo pipefail
cd "$(dirname "$0")/.."

shots=(01-diagnostics 02-hover 03-quick-fix-menu 04-quick-fix-applied 05-preview 06-apply-confirmation 07-apply-done
  08-empty-reg-completion 09-eu-quick-fix 10-code-lens-apply 11-compare-identical 12-preview-side-panel 14-extension-page)
korean_shots=(01-squiggle-hover 02-key-hover 03-command-palette 04-preview)
missing=()
for shot in "${shots[@]}"; do
  [ -s "test-results/e2e/$shot.png" ] || missing+=("$shot.png")
done
for shot in "${korean_shots[@]}"; do
  [ -s "test-results/e2e/ko/$shot.png" ] || missing+=("ko/$shot.png")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "update-screenshots: missing in test-results/e2e/: ${missing[*]} (run npm run test:e2e first)" >&2
  exit 1
fi
mkdir -p docs/images
for shot in "${shots[@]}"; do
  cp "test-results/e2e/$shot.png" "docs/images/$shot.png"
done
mkdir -p docs/screenshots/ko
for shot in "${korean_shots[@]}"; do
  cp "test-results/e2e/ko/$shot.png" "docs/screenshots/ko/$shot.png"
done
echo "update-screenshots: copied ${#shots[@]} screenshots into docs/images/ and ${#korean_shots[@]} into docs/screenshots/ko/"
