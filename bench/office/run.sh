#!/usr/bin/env bash
# Office preview benchmark: a typical 10-page 工作页 (.docx) and 20-slide 课件 (.pptx), made by
# make-samples.py, turned into PDF
#   - by plain soffice with a fresh profile each run (as the site runs it: one private profile per job),
#   - by plain soffice with a warm, reused profile (LibreOffice's own floor, start-up included),
#   - by the site's preview path in-process (bench/ResourceHub.Bench office): the same conversion,
#     then the page count (PdfPig) and the first-page thumbnail (Ghostscript, Magick.NET).
#   bench/office/run.sh [work-folder]     (default /tmp/rh-bench-office; BENCH_ROUNDS=3)
# Medians of the rounds; peak memory is /usr/bin/time's largest child RSS (soffice.bin).
# Prints a Markdown table; docs/benchmarks.md records a run. Needs soffice, gs, /usr/bin/time.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/rh-bench-office}
rounds=${BENCH_ROUNDS:-3}
rm -rf "$work"; mkdir -p "$work/src"

echo "making samples, building (Release)…" >&2
python3 "$repo/bench/office/make-samples.py" "$work/src" >&2
dotnet build -c Release "$repo/bench/ResourceHub.Bench" -v q -nologo >/dev/null
bench_dll=$(ls "$repo"/bench/ResourceHub.Bench/bin/Release/net*/ResourceHub.Bench.dll)

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

plain() { # file profile-folder: prints "seconds max-rss-kib"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" soffice --headless --norestore --nolockcheck \
    "-env:UserInstallation=file://$2" --convert-to pdf --outdir "$work/out" "$1" >/dev/null 2>&1
  test -s "$work/out/$(basename "${1%.*}").pdf" || { echo "soffice made no PDF of $1" >&2; exit 1; }
  cat "$work/time.txt"
}

site=$(dotnet "$bench_dll" office "$work/src" "$rounds")

echo "| file | pages | site's preview path (convert + count + thumbnail) | soffice, fresh profile | soffice, warm profile | soffice peak RSS |"
echo "|---|---|---|---|---|---|"
for file in "$work"/src/*.docx "$work"/src/*.pptx; do
  name=$(basename "$file")
  fresh=(); warm=(); rss=()
  plain "$file" "$work/warm-profile" >/dev/null   # warms the reused profile
  for _ in $(seq 1 "$rounds"); do
    read -r s m < <(plain "$file" "$work/fresh-$RANDOM$RANDOM"); fresh+=("$s"); rss+=("$m")
    read -r s m < <(plain "$file" "$work/warm-profile"); warm+=("$s"); rss+=("$m")
  done
  read -r pages site_s < <(awk -F'\t' -v n="$name" '$1 == n {print $2, $3}' <<<"$site")
  echo "| $name | $pages | ${site_s} s | $(printf '%s\n' "${fresh[@]}" | median) s | $(printf '%s\n' "${warm[@]}" | median) s | $(( $(printf '%s\n' "${rss[@]}" | sort -n | tail -1) / 1024 )) MiB |"
done
