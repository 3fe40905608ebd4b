#!/usr/bin/env bash
# Files and media benchmark: upload/download of large files against cp/cat on the same disk,
# the server's peak memory during uploads of two sizes, and thumbnail time against ImageMagick.
#   bench/files/run.sh [work-folder]      (default /tmp/rh-bench; needs curl, jq, convert)
# Upload and download run with `sync` inside the timing, on both sides, so that page-cache
# write-back is paid by each. Prints a Markdown table; docs/benchmarks.md records a run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/rh-bench}
port=${BENCH_PORT:-5391}
sizes_mib=${BENCH_SIZES_MIB:-"256 1024"}
# Debian's ImageMagick 6 (apt imagemagick); a `convert` earlier on PATH may be something else.
convert=${BENCH_CONVERT:-/usr/bin/convert}
rm -rf "$work"; mkdir -p "$work/src"

echo "building (Release)…" >&2
dotnet build -c Release "$repo/src/ResourceHub.Web" -v q -nologo >/dev/null
dotnet build -c Release "$repo/bench/ResourceHub.Bench" -v q -nologo >/dev/null
site_dll=$(ls "$repo"/src/ResourceHub.Web/bin/Release/net*/ResourceHub.Web.dll)

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

start_site() { # data folder
  ResourceHub__DataPath="$1" ResourceHub__Setup__AdminPassword=Bench-Passw0rd ResourceHub__Media__WorkerEnabled=false \
    Logging__LogLevel__Default=Warning dotnet "$site_dll" --urls "http://127.0.0.1:$port" --contentRoot "$repo" >"$1.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.5; done
  echo "site did not start" >&2; cat "$1.log" >&2; exit 1
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; }
hwm_kib() { awk '/VmHWM/ {print $2}' "/proc/$site_pid/status"; }

api() { # method path [curl args…]
  local method=$1 path=$2; shift 2
  curl -fsS -X "$method" "http://127.0.0.1:$port$path" -H "Authorization: Bearer $token" "$@"
}
sign_in() {
  curl -fsS "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken
}
prepare_teacher() {
  token=$(sign_in admin Bench-Passw0rd)
  school=$(api POST /api/v1/schools -H 'Content-Type: application/json' -d '{"name":"基准测试技师学院","kind":"TechnicianCollege","region":"内蒙古自治区"}' | jq -r .id)
  api POST /api/v1/users -H 'Content-Type: application/json' \
    -d "{\"userName\":\"bench\",\"password\":\"Bench-Passw0rd\",\"displayName\":\"基准\",\"roles\":[\"Teacher\"],\"schoolId\":\"$school\"}" >/dev/null
  token=$(sign_in bench Bench-Passw0rd)
  package=$(api POST /api/v1/packages -H 'Content-Type: application/json' \
    -d '{"title":"基准资源包","description":"","specialtyCode":"0101","resourceType":"Video","tags":[]}' | jq -r .id)
}

echo "| measurement | size | ResourceHub | plain tool | ratio |"
echo "|---|---|---|---|---|"
for mib in $sizes_mib; do
  file="$work/src/data-$mib.zip"
  { printf 'PK\003\004'; head -c $((mib * 1048576 - 4)) /dev/urandom; } >"$file"
  data="$work/site-$mib"; mkdir -p "$data"
  start_site "$data"; prepare_teacher
  api POST "/api/v1/packages/$package/files" -F "file=@$repo/appsettings.json;filename=warm.txt" >/dev/null
  base_kib=$(hwm_kib)

  sync; t0=$(now); cp "$file" "$work/copy-$mib.zip"; sync; t1=$(now)
  cp_s=$(secs "$t0" "$t1"); rm "$work/copy-$mib.zip"
  sync; t0=$(now)
  file_id=$(api POST "/api/v1/packages/$package/files" -F "file=@$file;filename=课程视频-$mib.zip" | jq -r .id)
  sync; t1=$(now)
  up_s=$(secs "$t0" "$t1")
  peak_kib=$(hwm_kib)

  t0=$(now); cat "$file" >/dev/null; t1=$(now); cat_s=$(secs "$t0" "$t1")
  sync; t0=$(now); api GET "/api/v1/files/$file_id" -o "$work/down-$mib.zip"; sync; t1=$(now); down_s=$(secs "$t0" "$t1")
  cmp -s "$file" "$work/down-$mib.zip" || { echo "download differs" >&2; exit 1; }
  t0=$(now); api GET "/api/v1/files/$file_id" -o /dev/null; t1=$(now); downnull_s=$(secs "$t0" "$t1")
  rm "$work/down-$mib.zip"
  sync; t0=$(now); cat "$file" >"$work/cat-$mib.zip"; sync; t1=$(now); catw_s=$(secs "$t0" "$t1"); rm "$work/cat-$mib.zip"
  stop_site

  echo "| upload (multipart, SHA-256, to disk) | $mib MiB | ${up_s} s | cp ${cp_s} s | $(python3 -c "print(f'{$up_s/$cp_s:.2f}')") |"
  echo "| download to a file | $mib MiB | ${down_s} s | cat > file ${catw_s} s | $(python3 -c "print(f'{$down_s/$catw_s:.2f}')") |"
  echo "| download to /dev/null (cached, no disk write) | $mib MiB | ${downnull_s} s | cat > /dev/null ${cat_s} s | $(python3 -c "print(f'{$downnull_s/$cat_s:.2f}')") |"
  echo "| server peak RSS (VmHWM) before → after upload | $mib MiB | $((base_kib / 1024)) → $((peak_kib / 1024)) MiB | | |"
  rm -f "$file"
done

# Thumbnails: the site's Magick.NET path against ImageMagick's own command line, same images.
images="$work/images"; mkdir -p "$images"
for i in $(seq 1 ${BENCH_IMAGES:-12}); do
  "$convert" -size 3000x2000 "plasma:fractal" -seed "$i" -quality 90 "$images/img-$i.jpg" 2>/dev/null || "$convert" -size 3000x2000 xc:gray +noise Random "$images/img-$i.jpg"
done
count=$(ls "$images"/*.jpg | wc -l)
t0=$(now)
for f in "$images"/*.jpg; do "$convert" "$f" -auto-orient -thumbnail 320x320 -quality 80 "$f.cli-thumb.jpg"; done
t1=$(now)
cli_ms=$(python3 -c "print(f'{($t1 - $t0) * 1000 / $count:.0f}')")
site_ms=$(dotnet "$(ls "$repo"/bench/ResourceHub.Bench/bin/Release/net*/ResourceHub.Bench.dll)" "$images")
echo "| thumbnail per 3000×2000 JPEG | $count images | ${site_ms} ms | convert -thumbnail ${cli_ms} ms | $(python3 -c "print(f'{$site_ms/$cli_ms:.2f}')") |"
rm -rf "$work"
