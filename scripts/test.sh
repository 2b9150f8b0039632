#!/usr/bin/env bash
# The README's second command: every test. Installs what is missing first
# (scripts/setup.sh), then runs, in order:
#   1. the core's tests (store, interchange, CLI, crash test, documents), rustfmt and clippy
#   2. the UI's Vitest tests, type check and prettier
#   3. the Windows build's workflow (action-validator) and Tauri config (the CLI's schema)
#   4. every sample document through openxml-audit and LibreOffice
#   5. the desktop app's tests and the end-to-end tests of the real window
#      (which also fail when the generated TypeScript types are stale)
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${XDG_CACHE_HOME:-$HOME/.cache}/bienban-tools"
export PATH="$HOME/.cargo/bin:$tools/venv/bin:$tools/node/node_modules/.bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

scripts/setup.sh test

step "core: cargo test -p bienban-core"
cargo test -p bienban-core

step "rust: cargo fmt --check (every crate)"
if cargo fmt --version >/dev/null 2>&1; then
  cargo fmt --all --check
else
  echo "rustfmt is not installed (rustup component add rustfmt): format check skipped"
fi

step "core: clippy (warnings are errors)"
if cargo clippy --version >/dev/null 2>&1; then
  cargo clippy -q -p bienban-core --all-targets -- -D warnings
else
  echo "clippy is not installed (rustup component add clippy): lint skipped"
fi

step "ui: vitest and svelte-check"
(cd ui && npm test && npm run check)

step "windows: .github/workflows (action-validator), tauri.conf.json (the Tauri CLI's schema)"
for workflow in .github/workflows/*.yml; do action-validator "$workflow"; done
# Any Tauri CLI command that reads the config validates it; this one builds nothing.
ui/node_modules/.bin/tauri inspect wix-upgrade-code >/dev/null

step "documents: openxml-audit and LibreOffice on every sample document"
scripts/check-documents.sh

step "desktop: app tests and end-to-end tests under Xvfb"
scripts/e2e.sh
