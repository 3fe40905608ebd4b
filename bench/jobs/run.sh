#!/usr/bin/env bash
# Jobs benchmark: how soon a new package's file words are searchable after its approval.
# A teacher uploads N Word/PowerPoint/PDF files (make-files.py: a word in each found nowhere else)
# to a new package and submits it; a reviewer of the school approves it through the API at once;
# then anonymous searches (GET /api/v1/search) poll for every file's word until all are found.
# The site runs with its media worker (text extraction, thumbnails, LibreOffice previews) as configured.
#
#   bench/jobs/run.sh [work-folder]       (default /tmp/rh-bench-jobs; needs curl, jq, soffice)
#
# Settings (environment): BENCH_FILES (10), BENCH_PORT (5393), BENCH_WORKERS (the site's default
# when empty). Prints a Markdown table with the date and the 1-minute load; exits non-zero on error
# or when the words are not all found within BENCH_TIMEOUT seconds (180).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/rh-bench-jobs}
port=${BENCH_PORT:-5393}
count=${BENCH_FILES:-10}
timeout=${BENCH_TIMEOUT:-180}
for tool in curl jq python3 soffice; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }; done

source "$repo/bench/lib.sh"
rm -rf "$work"; mkdir -p "$work/src" "$work/data"

echo "making $count files, building (Release)…" >&2
python3 "$repo/bench/jobs/make-files.py" "$work/src" "$count" >"$work/words.txt"
dotnet build -c Release "$repo/src/ResourceHub.Web" -v q -nologo >/dev/null
site_dll=$(ls "$repo"/src/ResourceHub.Web/bin/Release/net*/ResourceHub.Web.dll)

start_site "$work/data" ${BENCH_WORKERS:+ResourceHub__Media__Workers=$BENCH_WORKERS}

as() { # token method path [curl args…]
  local token=$1 method=$2 path=$3; shift 3
  curl -fsS -X "$method" "http://127.0.0.1:$port$path" -H "Authorization: Bearer $token" "$@"
}
admin=$(sign_in admin Bench-Passw0rd)
school=$(as "$admin" POST /api/v1/schools -H 'Content-Type: application/json' \
  -d '{"name":"基准测试技师学院","kind":"TechnicianCollege","region":"内蒙古自治区"}' | jq -er .id)
for user in teacher:Teacher reviewer:Reviewer; do
  as "$admin" POST /api/v1/users -H 'Content-Type: application/json' \
    -d "{\"userName\":\"bench-${user%%:*}\",\"password\":\"Bench-Passw0rd\",\"displayName\":\"基准\",\"roles\":[\"${user##*:}\"],\"schoolId\":\"$school\"}" >/dev/null
done
teacher=$(sign_in bench-teacher Bench-Passw0rd)
reviewer=$(sign_in bench-reviewer Bench-Passw0rd)
package=$(as "$teacher" POST /api/v1/packages -H 'Content-Type: application/json' \
  -d '{"title":"数控车削教学课件","description":"检索时效基准","specialtyCode":"0101","resourceType":"Courseware","tags":[]}' | jq -er .id)

t_upload=$(now)
while read -r name _; do
  as "$teacher" POST "/api/v1/packages/$package/files" -F "file=@$work/src/$name;filename=$name" >/dev/null
done <"$work/words.txt"
as "$teacher" POST "/api/v1/packages/$package/submit" >/dev/null
review=$(as "$reviewer" GET '/api/v1/reviews?mine=true' | jq -er --arg p "$package" '[.[] | select(.packageId == $p)][0].id')
t_approve=$(now)
as "$reviewer" POST "/api/v1/reviews/$review/decision" -H 'Content-Type: application/json' -d '{"decision":"Approve","comment":"同意"}' >/dev/null
t_approved=$(now)
status=$(curl -fsS "http://127.0.0.1:$port/api/v1/packages/$package" | jq -er .status)
[ "$status" = Published ] || { echo "package is $status after approval, not Published" >&2; exit 1; }

# Every word, searched anonymously (the published view), until each finds the package.
declare -A found=()
first=
while [ "${#found[@]}" -lt "$count" ]; do
  while read -r name marker; do
    [ -n "${found[$name]:-}" ] && continue
    if curl -fsS -G "http://127.0.0.1:$port/api/v1/search" --data-urlencode "q=$marker" | jq -e --arg p "$package" 'any(.items[]; .id == $p)' >/dev/null; then
      found[$name]=$(now); first=${first:-${found[$name]}}
    fi
  done <"$work/words.txt"
  [ "$(secs "$t_approve" "$(now)" | cut -d. -f1)" -lt "$timeout" ] || { echo "only ${#found[@]} of $count words found after ${timeout} s" >&2; exit 1; }
  [ "${#found[@]}" -lt "$count" ] && sleep 0.1
done
t_all=$(now)

# For comparison: when the slower work (previews, thumbnails) was done for every file.
while as "$teacher" GET "/api/v1/packages/$package" | jq -e 'any(.files[]; .processing.state != "Done" and .processing.state != "Failed")' >/dev/null; do
  [ "$(secs "$t_approve" "$(now)" | cut -d. -f1)" -lt "$timeout" ] || { echo "processing not done after ${timeout} s" >&2; exit 1; }
  sleep 0.2
done
t_processed=$(now)
failed=$(as "$teacher" GET "/api/v1/packages/$package" | jq '[.files[] | select(.processing.state == "Failed")] | length')

echo "jobs, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load (1 min) $(cut -d' ' -f1 /proc/loadavg), media workers ${BENCH_WORKERS:-default}"
echo
echo "| measurement | $count files (Word, PowerPoint, PDF) |"
echo "|---|---|"
echo "| upload of the files and submission (before the clock) | $(secs "$t_upload" "$t_approve") s |"
echo "| approval request itself | $(secs "$t_approve" "$t_approved") s |"
echo "| first file's word searchable, after approval | $(secs "$t_approve" "$first") s |"
echo "| **every file's word searchable, after approval** | **$(secs "$t_approve" "$t_all") s** |"
echo "| every file's previews and thumbnails done, after approval | $(secs "$t_approve" "$t_processed") s ($failed failed) |"
