#!/usr/bin/env bash
# Installs what the test suites need when it is missing; quiet and quick when everything is there.
#   - npm dependencies (npm ci when node_modules is missing or older than the lock file)
#   - Debian packages: chromium (UI tests), ripgrep (seeds code-server's rg), libkrb5-dev
#     (code-server's native modules), wine64 + wine (the registry the apply tests write to),
#     locales (the ko_KR source the code-page Wine test compiles into a scratch folder),
#     fonts-nanum (Hangul glyphs for the Korean UI test's screenshots)
#   - code-server (= VS Code 1.100.3, the last release on Node 20) in .vscode-test/code-server/
# Non-interactive: safe in CI without a terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
CODE_SERVER_DIR=.vscode-test/code-server
APT_PACKAGES=(chromium ripgrep libkrb5-dev wine64 wine locales fonts-nanum)

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# --- Debian packages ---------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- code-server -------------------------------------------------------------------------------
installed_version() {
  node -p "require('./$CODE_SERVER_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true
}
if [ "$(installed_version)" != "$CODE_SERVER_VERSION" ] || [ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ]; then
  echo "setup: installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR (about a minute)" >&2
  mkdir -p "$CODE_SERVER_DIR"
  # @vscode/ripgrep's postinstall downloads rg from the internet; hand it Debian's binary instead.
  rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$rg_archive" ]; then
    mkdir -p "$rg_cache"
    rg_stage="$(mktemp -d)"
    cp /usr/bin/rg "$rg_stage/rg"
    tar -czf "$rg_archive" -C "$rg_stage" rg
    rm -rf "$rg_stage"
  fi
  # Its own package.json keeps it out of the project's dependency tree.
  if [ ! -f "$CODE_SERVER_DIR/package.json" ]; then
    printf '{ "name": "expedited-apps-code-server", "private": true }\n' >"$CODE_SERVER_DIR/package.json"
  fi
  # As root the postinstall refuses without unsafe-perm; node-pty's postinstall runs npx node-gyp,
  # which an npmrc with yes=false would cancel.
  (cd "$CODE_SERVER_DIR" &&
    npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null)
  if [ "$(installed_version)" != "$CODE_SERVER_VERSION" ]; then
    echo "setup: code-server@$CODE_SERVER_VERSION did not install" >&2
    exit 1
  fi
fi
