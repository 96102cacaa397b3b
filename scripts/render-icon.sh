#!/usr/bin/env bash
# Renders media/icon.svg to media/icon.png (256×256) with headless Chromium. Commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
page="$(mktemp -d)"
trap 'rm -rf "$page"' EXIT
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat media/icon.svg)" >"$page/icon.html"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=256,256 --screenshot="$PWD/media/icon.png" "file://$page/icon.html" >/dev/null 2>&1
echo "render-icon: media/icon.png"
