#!/usr/bin/env bash
# Exports every sample meeting as all three Party documents (`bienban demo`)
# and checks each .docx the way a user's software will read it:
#   - openxml-audit -f microsoft365: zero schema errors (Word opens it
#     without a repair prompt);
#   - LibreOffice headless converts it to a PDF with at least one page
#     (soffice exits 0 even when it cannot load a file, so the PDF is checked).
# Prints "N passed, M failed" and exits non-zero on any failure.
# Usage: scripts/check-documents.sh [OUT_DIR]   (default: a fresh temp dir)
set -uo pipefail

cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d -t bienban-documents.XXXXXX)}"
mkdir -p "$out"

for tool in openxml-audit soffice pdfinfo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-documents: $tool is not installed" >&2
        exit 2
    fi
done

cargo build -q -p bienban-core --bin bienban || { echo "check-documents: build failed" >&2; exit 2; }
bin="${CARGO_TARGET_DIR:-target}/debug/bienban"

mapfile -t files < <("$bin" demo --out "$out")
if [ "${#files[@]}" -eq 0 ]; then
    echo "check-documents: bienban demo wrote no documents" >&2
    exit 1
fi

pdf_dir="$out/pdf"
mkdir -p "$pdf_dir"
# One LibreOffice run for all files: starting it costs more than converting.
# A private profile keeps it from clashing with a running instance.
profile_dir="$(mktemp -d -t bienban-lo.XXXXXX)"
timeout 300 soffice -env:UserInstallation="file://$profile_dir" --headless \
    --convert-to pdf --outdir "$pdf_dir" "${files[@]}" >"$out/soffice.log" 2>&1
rm -rf "$profile_dir"

passed=0
failed=0
for file in "${files[@]}"; do
    name="$(basename "$file" .docx)"
    problems=()
    if ! audit="$(openxml-audit -q -f microsoft365 "$file" 2>&1)"; then
        problems+=("openxml-audit: $(printf '%s' "$audit" | head -n 12)")
    fi
    pdf="$pdf_dir/$name.pdf"
    if [ ! -s "$pdf" ]; then
        problems+=("LibreOffice produced no PDF (see $out/soffice.log)")
    else
        pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
        if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
            problems+=("PDF has no pages")
        fi
    fi
    if [ "${#problems[@]}" -eq 0 ]; then
        passed=$((passed + 1))
        echo "ok   $name (${pages} page(s))"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        printf '     %s\n' "${problems[@]}"
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
