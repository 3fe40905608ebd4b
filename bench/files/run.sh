#!/usr/bin/env bash
# Files and media benchmark, one command, ResourceHub and its peers side by side in the same run:
#   upload of a large file (multipart with SHA-256, and tus in one PATCH) against `cp` + sync,
#   download to /dev/null against nginx (Debian nginx-light, sendfile on) serving the same blob file,
#   download to a file against `cat >`, the server's peak memory, thumbnails against ImageMagick.
#
#   bench/files/run.sh [work-folder]      (default /tmp/rh-bench; needs curl, jq, nginx, convert)
#
# Settings (environment): BENCH_SIZES_MIB (default "512"), BENCH_ROUNDS (3: each figure is the best
# of this many, ours and the peer's taken in turn), BENCH_DOWNLOAD_ROUNDS (7: the same for the
# download to /dev/null, a third of a second a round, where one preempted round on either side moves
# the ratio by 0.2), BENCH_PORT / BENCH_NGINX_PORT (5391 / 5392), BENCH_THUMBNAILS=0 skips the
# thumbnail row. Upload and download to a file run with `sync` inside the timing on both sides, so
# that page-cache write-back is paid by each. Prints a Markdown table with the date and the 1-minute
# load; exits non-zero on any error. docs/benchmarks.md records runs.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/rh-bench}
port=${BENCH_PORT:-5391}
nginx_port=${BENCH_NGINX_PORT:-5392}
sizes_mib=${BENCH_SIZES_MIB:-512}
rounds=${BENCH_ROUNDS:-3}
download_rounds=${BENCH_DOWNLOAD_ROUNDS:-7}
# Debian's ImageMagick 6 (apt imagemagick); a `convert` earlier on PATH may be something else.
convert=${BENCH_CONVERT:-/usr/bin/convert}
nginx=${BENCH_NGINX:-/usr/sbin/nginx}
for tool in curl jq python3 "$nginx"; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }; done

source "$repo/bench/lib.sh"
rm -rf "$work"; mkdir -p "$work/src"

echo "building (Release)…" >&2
dotnet build -c Release "$repo/src/ResourceHub.Web" -v q -nologo >/dev/null
[ "${BENCH_THUMBNAILS:-1}" = 0 ] || dotnet build -c Release "$repo/bench/ResourceHub.Bench" -v q -nologo >/dev/null
site_dll=$(ls "$repo"/src/ResourceHub.Web/bin/Release/net*/ResourceHub.Web.dll)

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
best() { printf '%s\n' "$@" | sort -g | head -1; }
timed() { # command…: prints the seconds it took
  local t0 t1; t0=$(now); "$@"; t1=$(now); secs "$t0" "$t1"
}
synced() { sync; "$@"; sync; }

hwm_kib() { awk '/VmHWM/ {print $2}' "/proc/$site_pid/status"; }

# nginx as Debian ships it, on a throw-away configuration: one worker, sendfile, the blob folder as its root.
start_nginx() { # root folder
  local conf="$work/nginx"; mkdir -p "$conf"
  cat >"$conf/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $conf/nginx.pid;
error_log $conf/error.log;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $conf/body;
  proxy_temp_path $conf/proxy;
  fastcgi_temp_path $conf/fastcgi;
  uwsgi_temp_path $conf/uwsgi;
  scgi_temp_path $conf/scgi;
  default_type application/octet-stream;
  server { listen 127.0.0.1:$nginx_port; root $1; }
}
EOF
  "$nginx" -p "$conf" -c "$conf/nginx.conf" -e "$conf/error.log" &
  nginx_pid=$!
  # The root has no index page: any HTTP answer (403/404) means it listens.
  for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port/" || true)" != 000 ] && return
    kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1
  done
  echo "nginx did not start" >&2; cat "$conf/error.log" >&2; exit 1
}
stop_nginx() { kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=; }

api() { # method path [curl args…]
  local method=$1 path=$2; shift 2
  curl -fsS -X "$method" "http://127.0.0.1:$port$path" -H "Authorization: Bearer $token" "$@"
}
prepare_teacher() {
  token=$(sign_in admin Bench-Passw0rd)
  school=$(api POST /api/v1/schools -H 'Content-Type: application/json' -d '{"name":"基准测试技师学院","kind":"TechnicianCollege","region":"内蒙古自治区"}' | jq -er .id)
  api POST /api/v1/users -H 'Content-Type: application/json' \
    -d "{\"userName\":\"bench\",\"password\":\"Bench-Passw0rd\",\"displayName\":\"基准\",\"roles\":[\"Teacher\"],\"schoolId\":\"$school\"}" >/dev/null
  token=$(sign_in bench Bench-Passw0rd)
  package=$(api POST /api/v1/packages -H 'Content-Type: application/json' \
    -d '{"title":"基准资源包","description":"","specialtyCode":"0101","resourceType":"Video","tags":[]}' | jq -er .id)
}
upload_multipart() { # file name → file id in $file_id
  file_id=$(api POST "/api/v1/packages/$package/files" -H 'Expect:' -F "file=@$1;filename=$2" | jq -er .id)
}
upload_tus() { # file name: creation, then the whole file in one PATCH
  local b64name b64package location
  b64name=$(printf '%s' "$2" | base64 -w0); b64package=$(printf '%s' "$package" | base64 -w0)
  location=$(api POST /api/v1/uploads -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $(stat -c %s "$1")" \
    -H "Upload-Metadata: filename $b64name,packageId $b64package" -D - -o /dev/null | awk 'tolower($1)=="location:" {print $2}' | tr -d '\r')
  [ -n "$location" ] || { echo "tus creation gave no Location" >&2; exit 1; }
  api PATCH "$location" -H 'Expect:' -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' \
    -T "$1" -D "$work/tus-headers" -o /dev/null
  grep -qi '^ResourceHub-File-Id:' "$work/tus-headers" || { echo "tus upload did not become a file" >&2; exit 1; }
}
check_sha256() { # file id, local file
  local want got
  want=$(sha256sum "$2" | cut -d' ' -f1)
  got=$(api GET "/api/v1/packages/$package" | jq -er --arg id "$1" '.files[] | select(.id == $id) | .sha256')
  [ "$want" = "$got" ] || { echo "SHA-256 differs: $got, want $want" >&2; exit 1; }
}

echo "files and media, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load (1 min) at start $(cut -d' ' -f1 /proc/loadavg); best of $rounds (downloads to /dev/null: of $download_rounds)"
echo
echo "| measurement | size | ResourceHub | peer, same run | ratio |"
echo "|---|---|---|---|---|"
for mib in $sizes_mib; do
  file="$work/src/data-$mib.zip"
  { printf 'PK\003\004'; head -c $((mib * 1048576 - 4)) /dev/urandom; } >"$file"
  data="$work/site-$mib"; mkdir -p "$data"
  start_site "$data" ResourceHub__Media__WorkerEnabled=false; prepare_teacher
  upload_multipart "$repo/appsettings.json" warm.txt
  base_kib=$(hwm_kib)

  cp_runs=(); up_runs=(); tus_runs=()
  for round in $(seq 1 "$rounds"); do
    cp_runs+=("$(timed synced cp "$file" "$work/copy-$mib.zip")"); rm "$work/copy-$mib.zip"
    up_runs+=("$(timed synced upload_multipart "$file" "课程视频-$mib-$round.zip")")
    tus_runs+=("$(timed synced upload_tus "$file" "续传视频-$mib-$round.zip")")
  done
  upload_multipart "$file" "课程视频-$mib.zip"
  check_sha256 "$file_id" "$file"
  peak_kib=$(hwm_kib)

  # The same blob file for both servers, warm in the page cache for both.
  blob=$(find "$data/blobs/f" -type f -size "$((mib * 1024))k")
  [ "$(printf '%s\n' "$blob" | head -1)" ] || { echo "blob file not found" >&2; exit 1; }
  blob=$(printf '%s\n' "$blob" | head -1)
  start_nginx "$(dirname "$blob")"
  nginx_url="http://127.0.0.1:$nginx_port/$(basename "$blob")"
  curl -fsS "$nginx_url" -o /dev/null; api GET "/api/v1/files/$file_id" -o /dev/null
  down_runs=(); nginx_runs=()
  for round in $(seq 1 "$download_rounds"); do
    nginx_runs+=("$(timed curl -fsS "$nginx_url" -o /dev/null)")
    down_runs+=("$(timed api GET "/api/v1/files/$file_id" -o /dev/null)")
  done
  stop_nginx
  api GET "/api/v1/files/$file_id" -o "$work/down-$mib.zip"
  cmp -s "$file" "$work/down-$mib.zip" || { echo "download differs" >&2; exit 1; }
  rm "$work/down-$mib.zip"
  downfile_s=$(timed synced api GET "/api/v1/files/$file_id" -o "$work/down-$mib.zip"); rm "$work/down-$mib.zip"
  catw_s=$(timed synced sh -c "cat '$file' >'$work/cat-$mib.zip'"); rm "$work/cat-$mib.zip"
  stop_site

  cp_s=$(best "${cp_runs[@]}"); up_s=$(best "${up_runs[@]}"); tus_s=$(best "${tus_runs[@]}")
  down_s=$(best "${down_runs[@]}"); nginx_s=$(best "${nginx_runs[@]}")
  echo "| upload, multipart with SHA-256, to disk + sync | $mib MiB | ${up_s} s | cp + sync ${cp_s} s | $(ratio "$up_s" "$cp_s") |"
  echo "| upload, tus in one PATCH, to disk + sync | $mib MiB | ${tus_s} s | cp + sync ${cp_s} s | $(ratio "$tus_s" "$cp_s") |"
  echo "| download to /dev/null (page cache warm) | $mib MiB | ${down_s} s | nginx, sendfile ${nginx_s} s | $(ratio "$down_s" "$nginx_s") |"
  echo "| download to a file + sync | $mib MiB | ${downfile_s} s | cat > file + sync ${catw_s} s | $(ratio "$downfile_s" "$catw_s") |"
  echo "| server peak RSS (VmHWM) before → after uploads | $mib MiB | $((base_kib / 1024)) → $((peak_kib / 1024)) MiB | | |"
  rm -f "$file"
done

if [ "${BENCH_THUMBNAILS:-1}" != 0 ]; then
  # Thumbnails: the site's Magick.NET path against ImageMagick's own command line, same images.
  images="$work/images"; mkdir -p "$images"
  for i in $(seq 1 "${BENCH_IMAGES:-12}"); do
    "$convert" -size 3000x2000 "plasma:fractal" -seed "$i" -quality 90 "$images/img-$i.jpg" 2>/dev/null || "$convert" -size 3000x2000 xc:gray +noise Random "$images/img-$i.jpg"
  done
  count=$(ls "$images"/*.jpg | wc -l)
  t0=$(now)
  for f in "$images"/*.jpg; do "$convert" "$f" -auto-orient -thumbnail 320x320 -quality 80 "$f.cli-thumb.jpg"; done
  t1=$(now)
  cli_ms=$(python3 -c "print(f'{($t1 - $t0) * 1000 / $count:.0f}')")
  site_ms=$(dotnet "$(ls "$repo"/bench/ResourceHub.Bench/bin/Release/net*/ResourceHub.Bench.dll)" "$images")
  echo "| thumbnail per 3000×2000 JPEG | $count images | ${site_ms} ms | convert -thumbnail ${cli_ms} ms | $(ratio "$site_ms" "$cli_ms") |"
fi
echo
echo "load (1 min) at end $(cut -d' ' -f1 /proc/loadavg); uptime: $(uptime)"
