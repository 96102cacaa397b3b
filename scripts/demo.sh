#!/usr/bin/env bash
# The quick start (`npm run demo`): installs, builds, packages, and opens examples/ in VS Code
# with the extension.
#   - `code` on PATH: a desktop VS Code window with the extension loaded from this folder.
#   - otherwise: code-server (VS Code 1.100.3 in the browser, installed by scripts/setup.sh) on
#     127.0.0.1 with the freshly built .vsix installed into a demo profile under .vscode-test/demo/;
#     prints the local URL and runs until Ctrl+C.
# Environment: DEMO_PORT (default 8080, or a free port when that one is taken),
# DEMO_CODE_SERVER=1 (code-server even when `code` is installed),
# DEMO_EXIT_AFTER_READY=1 (stop as soon as code-server answers: for CI and tests).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

echo "demo: building and packaging the extension"
mkdir -p .vscode-test/demo
if ! npm run -s package </dev/null >.vscode-test/demo/package.log 2>&1; then
  cat .vscode-test/demo/package.log >&2
  exit 1
fi

if command -v code >/dev/null 2>&1 && [ "${DEMO_CODE_SERVER:-}" != 1 ] && [ "${DEMO_EXIT_AFTER_READY:-}" != 1 ]; then
  echo "demo: opening examples/ in VS Code"
  exec code --extensionDevelopmentPath="$root" "$root/examples"
fi

bash scripts/setup.sh
code_server="$root/.vscode-test/code-server/node_modules/.bin/code-server"
profile="$root/.vscode-test/demo"
mkdir -p "$profile/user-data/User" "$profile/extensions" "$profile/wineprefix"
# Apply writes to a Wine prefix of the demo's own, never to ~/.wine.
cat >"$profile/user-data/User/settings.json" <<EOF
{
  "workbench.startupEditor": "none",
  "expeditedApps.target": "auto",
  "expeditedApps.wine.prefix": "$profile/wineprefix"
}
EOF
config="$profile/config.yaml"
printf 'auth: none\ncert: false\n' >"$config"

echo "demo: installing expedited-apps.vsix into code-server"
"$code_server" --config "$config" --user-data-dir "$profile/user-data" --extensions-dir "$profile/extensions" \
  --install-extension "$root/expedited-apps.vsix" --force >/dev/null

port="${DEMO_PORT:-8080}"
port="$(node -e '
  const net = require("node:net");
  const wanted = Number(process.argv[1]);
  const probe = (port) => new Promise((ok) => {
    const s = net.createServer().once("error", () => ok(false)).listen(port, "127.0.0.1", () => s.close(() => ok(s)));
  });
  (async () => {
    if (await probe(wanted)) return console.log(wanted);
    const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => console.log(p)); });
  })();' "$port")"

# Its own session (setsid), so stopping it also stops the extension host and the language server.
setsid "$code_server" --config "$config" --auth none --bind-addr "127.0.0.1:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --user-data-dir "$profile/user-data" --extensions-dir "$profile/extensions" \
  "$root/examples" >"$profile/code-server.log" 2>&1 &
server_pid=$!
stop_server() {
  kill -TERM -- "-$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# Wait for /healthz (polled, with a deadline) unless code-server dies first.
if ! node -e '
  const [url, pid] = process.argv.slice(1);
  const deadline = Date.now() + 60000;
  const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
  const poll = async () => {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) process.exit(0);
    if (!alive() || Date.now() > deadline) process.exit(1);
    setTimeout(poll, 100);
  };
  poll();' "http://127.0.0.1:$port/healthz" "$server_pid"; then
  echo "demo: code-server did not start; its log:" >&2
  cat "$profile/code-server.log" >&2
  exit 1
fi

url="http://127.0.0.1:$port/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$root/examples")"
echo
echo "  Expedited Apps is ready: open $url"
echo "  (VS Code in the browser with examples/; try a file in examples/invalid/, then"
echo "   \"Expedited Apps: Preview Priority Order\" from the command palette)"
echo

if [ "${DEMO_EXIT_AFTER_READY:-}" = 1 ]; then
  exit 0
fi
echo "demo: press Ctrl+C to stop"
wait "$server_pid"
