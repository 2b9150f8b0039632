#!/usr/bin/env bash
# Renders every document of every golden meeting (crates/core/tests/golden)
# to PNG pages in docs/pages/, the way a clerk sees them printed:
#   .docx (exported by the golden test) → PDF (LibreOffice headless)
#   → one PNG a page at 70 dpi (pdftoppm), named <meeting>.<kind>-<page>.png;
# and the first (and last) pages of the samples' documents (`bienban demo`)
# under the names README.md shows (bien-ban-first.png, …).
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
cargo build -q -p bienban-core --bin bienban
"${CARGO_TARGET_DIR:-target}/debug/bienban" demo --out "$work/demo" >/dev/null

profile_dir="$work/lo-profile"
timeout 300 soffice -env:UserInstallation="file://$profile_dir" --headless \
    --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx >"$work/soffice.log" 2>&1
timeout 300 soffice -env:UserInstallation="file://$profile_dir" --headless \
    --convert-to pdf --outdir "$work/demo-pdf" "$work"/demo/*.docx >>"$work/soffice.log" 2>&1

mkdir -p docs/pages
for pdf in "$work"/pdf/*.pdf; do
    name="$(basename "$pdf" .pdf)"
    rm -f docs/pages/"$name"-*.png
    pdftoppm -r 70 -png "$pdf" "docs/pages/$name"
    echo "$name: $(ls docs/pages/"$name"-*.png | wc -l) page(s)"
done

# page PDF NAME: one page of a sample's PDF ("last" for its last page).
page() {
    local pdf="$work/demo-pdf/$1.pdf" n="$2"
    [ "$n" = last ] && n="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
    pdftoppm -r 70 -png -f "$n" -l "$n" -singlefile "$pdf" "docs/pages/$3"
}
page duc-giang-2018-02-27-bien-ban 1 bien-ban-first
page duc-giang-2018-02-27-bien-ban last bien-ban-last
page duc-giang-2018-02-27-thong-bao 1 thong-bao-first
page duc-giang-2018-02-27-thong-bao last thong-bao-last
page duc-giang-2018-02-27-nghi-quyet 1 nghi-quyet-first
page duc-giang-2018-02-27-nghi-quyet last nghi-quyet-last
page chi-bo-to-dan-pho-3-2018-03-05-bien-ban 1 chi-bo-bien-ban-first
page quang-ngai-le-hong-phong-2018-01-08-thong-bao 1 ban-thuong-vu-thong-bao-first
echo "samples: 8 pages"
