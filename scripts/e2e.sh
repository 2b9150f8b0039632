#!/usr/bin/env bash
# End-to-end tests of the desktop app: builds the UI, builds the app with the
# test-only `e2e` feature, checks that the generated IPC types are committed
# as regenerated, and drives the real window through tauri-driver under Xvfb.
#
# Needs: node/npm, the system packages of docs/desktop.md, tauri-driver
# (cargo install tauri-driver --locked) and WebKitWebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d ui/node_modules ]]; then
  (cd ui && npm install --no-audit --no-fund)
fi
(cd ui && npm run build)

# Unit tests of the app crate; as a side effect ts-rs rewrites the IPC types
# (CommandError here, the model in the core), which must match what is committed.
cargo test -p bienban-core --lib --quiet
cargo test -p bienban-desktop --lib --quiet
if cargo clippy --version >/dev/null 2>&1; then
  cargo clippy -q -p bienban-desktop --all-targets --features e2e -- -D warnings
fi
if ! git diff --exit-code --stat -- ui/src/lib/api/types; then
  echo "e2e.sh: the generated TypeScript types differ from the committed ones; commit ui/src/lib/api/types" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- ui/src/lib/api/types)
if [[ -n "$untracked" ]]; then
  echo "e2e.sh: new generated types are not committed:" >&2
  echo "$untracked" >&2
  exit 1
fi

export PATH="$HOME/.cargo/bin:$PATH"
# One test at a time: two WebKit instances on two cores make both time out.
xvfb-run -a -s "-screen 0 1366x768x24" \
  cargo test -p bienban-desktop --features e2e --test e2e -- --test-threads=1 "$@"
