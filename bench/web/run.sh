#!/usr/bin/env bash
# Portal pages under load: wrk against the home page, a browse page and a package page, and
# against a static file (the theme's CSS bundle) of the same server in the same run.
#   bench/web/run.sh [work-folder]      (default /tmp/rh-bench-web; needs curl, wrk, python3)
# The site is a Release build started as the README says (embedded defaults: SQLite, local disk,
# local index) on a throw-away data folder with the demo recipe, so the pages have content.
# Visitors are anonymous (no cookie), as most of the zone's are. With BENCH_UNCACHED=1 (default)
# the home page is measured again on a second start with ResourceHub__PageCache__Enabled=false.
# Prints a Markdown table (date, load, req/s, latency p50/p99, ratio to the static file);
# exits non-zero on any error or non-2xx answer.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/rh-bench-web}
port=${BENCH_PORT:-5392}
duration=${BENCH_DURATION:-15s}
uncached=${BENCH_UNCACHED:-1}
base="http://127.0.0.1:$port"
rm -rf "$work"; mkdir -p "$work"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

echo "building (Release)…" >&2
dotnet build -c Release "$repo/src/ResourceHub.Web" -v q -nologo >/dev/null
site_dll=$(ls "$repo"/src/ResourceHub.Web/bin/Release/net*/ResourceHub.Web.dll)

site_pid=""
stop_site() { if [[ -n "$site_pid" ]]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; site_pid=""; fi; }
trap stop_site EXIT

start_site() { # data folder, extra VAR=value settings…
  local data=$1; shift
  mkdir -p "$data"
  env ResourceHub__Setup__Recipe=demo ResourceHub__DataPath="$data" ResourceHub__Setup__AdminPassword=Bench-Passw0rd \
    ResourceHub__Media__WorkerEnabled=false Logging__LogLevel__Default=Warning "$@" \
    dotnet "$site_dll" --urls "$base" --contentRoot "$repo" >"$data.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$base/health/ready" >/dev/null && return
    kill -0 "$site_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "site did not become ready" >&2; cat "$data.log" >&2; exit 1
}

# wrk's figures for one address: "req/s p50_ms p99_ms KiB-per-answer"; fails on errors or non-2xx answers.
measure() {
  local url=$1 out
  curl -fs -o /dev/null "$url" || { echo "GET $url failed" >&2; exit 1; }
  out=$(wrk -t2 -c16 -d"$duration" --latency "$url")
  echo "$out" >>"$work/wrk.log"
  # A failed answer or a broken connection fails the run; timeouts on a loaded machine are only reported.
  if grep -q "Non-2xx or 3xx responses" <<<"$out" || grep -Eq "Socket errors: connect [1-9]|read [1-9]|write [1-9]" <<<"$out"; then
    echo "errors under load for $url:" >&2; echo "$out" >&2; exit 1
  fi
  grep -h "Socket errors" <<<"$out" >&2 || true
  python3 - "$out" <<'PY'
import re, sys
text = sys.argv[1]
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
count, amount, unit = re.search(r"(\d+) requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read", text).groups()
kib = float(amount) * {"B": 1 / 1024, "KB": 1, "MB": 1024, "GB": 1024 * 1024}[unit] / int(count)
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {kib:.1f}")
PY
}

start_site "$work/site"
home=$(curl -fs "$base/")
css=$(grep -o '/_content/ResourceHub.Theme.Default/css/site.css[^"]*' <<<"$home" | head -1)
icon=$(grep -o '/_content/ResourceHub.Theme.Default/icons/icon-32.png[^"]*' <<<"$home" | head -1)
package=$(grep -o '/packages/[0-9a-f-]\{36\}' <<<"$home" | head -1)
browse=$(curl -fs "$base/browse" | grep -o '/browse/[0-9A-Za-z]\+' | head -1)
[[ -n "$css" && -n "$icon" && -n "$package" && -n "$browse" ]] || { echo "home page lacks a stylesheet, an icon, a package or a specialty (css='$css' icon='$icon' package='$package' browse='$browse')" >&2; exit 1; }

declare -A result
load_before=$(cut -d' ' -f1 /proc/loadavg)
result[css]=$(measure "$base$css")
result[icon]=$(measure "$base$icon")
result[home]=$(measure "$base/")
result[browse]=$(measure "$base$browse")
result[package]=$(measure "$base$package")
stop_site
if [[ "$uncached" == 1 ]]; then
  start_site "$work/site-uncached" ResourceHub__PageCache__Enabled=false
  result[uncached]=$(measure "$base/")
  stop_site
fi

load_after=$(cut -d' ' -f1 /proc/loadavg)
# The ratio is taken to the faster of the two static files (the stricter comparison).
static_rps=$(python3 -c "print(max(${result[css]%% *}, ${result[icon]%% *}))")
row() { # label key
  read -r rps p50 p99 kib <<<"${result[$2]}"
  echo "| $1 | $kib | $rps | $p50 | $p99 | $(python3 -c "print(f'{$rps/$static_rps:.2f}')") |"
}
echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), 1-minute load $load_before before → $load_after after (\`uptime\` at the end: $(uptime | sed 's/.*load average: //')), wrk -t2 -c16 -d$duration --latency, anonymous visitors, $(nproc) CPUs"
echo
echo "| address | KiB per answer | req/s | p50 ms | p99 ms | ratio to the faster static file |"
echo "|---|---|---|---|---|---|"
row "static file \`${css%%\?*}\`" css
row "static file \`${icon%%\?*}\`" icon
row "home \`/\` (cached)" home
row "browse \`$browse\` (cached)" browse
row "package \`/packages/…\` (cached)" package
if [[ "$uncached" == 1 ]]; then row "home \`/\`, cache off" uncached; fi
