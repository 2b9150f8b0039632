#!/usr/bin/env bash
# Renders every document of every golden meeting (crates/core/tests/golden)
# to PNG pages in docs/pages/, the way a clerk sees them printed:
#   .docx (exported by the golden test) → PDF (LibreOffice headless)
#   → one PNG a page at 70 dpi (pdftoppm), named <meeting>.<kind>-<page>.png.
# Usage: scripts/render-pages.sh   (CARGO_TARGET_DIR is honoured)
set -euo pipefail

cd "$(dirname "$0")/.."
for tool in soffice pdftoppm; do
    command -v "$tool" >/dev/null 2>&1 || { echo "render-pages: $tool is not installed" >&2; exit 2; }
done

work="$(mktemp -d -t bienban-pages.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# The golden test exports each document and, with this variable, keeps it.
BIENBAN_GOLDEN_DOCX="$work/docx" cargo test -q -p bienban-core --test documents_golden >/dev/null

profile_dir="$work/lo-profile"
timeout 300 soffice -env:UserInstallation="file://$profile_dir" --headless \
    --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx >"$work/soffice.log" 2>&1

mkdir -p docs/pages
for pdf in "$work"/pdf/*.pdf; do
    name="$(basename "$pdf" .pdf)"
    rm -f docs/pages/"$name"-*.png
    pdftoppm -r 70 -png "$pdf" "docs/pages/$name"
    echo "$name: $(ls docs/pages/"$name"-*.png | wc -l) page(s)"
done
