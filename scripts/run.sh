#!/usr/bin/env bash
# The README's first command: starts the desktop app; on a machine without a
# display, runs the command-line demo (all three documents of every sample
# meeting, written to out/demo/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  scripts/setup.sh desktop
  (cd ui && npm run build)
  exec cargo run -p bienban-desktop --release
fi

echo "No display (DISPLAY/WAYLAND_DISPLAY unset): running the command-line demo instead of the window."
scripts/setup.sh core
exec cargo run -q -p bienban-core --release --bin bienban -- demo --out out/demo
