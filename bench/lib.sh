# Shared by the bench harnesses (sourced, after `set -euo pipefail` and setting $work, $port and
# $site_dll): timing, the site's process and the API, and a clean-up that never leaves a server behind.

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

site_pid=; nginx_pid=
bench_cleanup() {
  local code=$?
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  rm -rf "$work"
  [ "$code" = 0 ] || echo "$0 FAILED (exit $code)" >&2
  exit "$code"
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

start_site() { # data-folder [Setting=value…]: the Release build on $port, on an empty data folder, until ready
  local data=$1; shift
  env ResourceHub__DataPath="$data" ResourceHub__Setup__AdminPassword=Bench-Passw0rd Logging__LogLevel__Default=Warning "$@" \
    dotnet "$site_dll" --urls "http://127.0.0.1:$port" --contentRoot "$repo" >"$data.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.5; done
  echo "site did not start" >&2; cat "$data.log" >&2; exit 1
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=; }

sign_in() { # user password: a bearer token
  curl -fsS "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | jq -er .accessToken
}
