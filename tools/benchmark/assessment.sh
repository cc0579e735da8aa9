#!/usr/bin/env bash
# Assessments at volume (issue 11): server time (p50, p95, p99) of the pages and APIs that show ~1,500 answers,
# against the home page in the same run. Starts the jar with the profile `benchdata` (one organisation: an
# initiative in comparison and selection with 10 candidates × ~150 answered items, 200 initiatives, 5 years of
# audit ledger) on a fresh data directory, signs in as the executive, warms up, then runs wrk with 1 and with 4
# connections per address. Only 127.0.0.1 is contacted. See docs/benchmarks.md, "Assessments at volume".
#
#   tools/benchmark/assessment.sh                      # build, generate (minutes), measure
#   SKIP_BUILD=1 DATA_DIR=/tmp/mekiki-bench tools/benchmark/assessment.sh   # keep the generated data between runs
#
# Settings (environment): DURATION (15s per address and connection count), WARMUP (5s, two passes),
# CONNECTIONS ("1 4"), SKIP_BUILD, JAR, DATA_DIR (reused when it holds bench data, kept afterwards; default: a
# fresh temporary directory, removed), SEED (11), PORT (free port), JAVA_OPTS.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-"1 4"}

for tool in wrk curl jq java; do
    command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install $tool)" >&2; exit 1; }
done

if [[ -z "${SKIP_BUILD:-}" ]]; then
    ./mvnw -B -q package -DskipTests
fi
JAR=${JAR:-$(ls target/mekiki-*.jar | grep -v -- '-plain' | head -n 1)}

PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-60000 -n 1)}
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d -t mekiki-assessment-bench.XXXXXX)
DATA=${DATA_DIR:-${WORK}/data}
PASSWORD=${MEKIKI_BENCHDATA_PASSWORD:-bench-$(date +%s)-password}
if [[ -n "${DATA_DIR:-}" && -f "${DATA_DIR}/.bench-password" ]]; then PASSWORD=$(cat "${DATA_DIR}/.bench-password"); fi
LOG="${WORK}/mekiki.log"
APP_PID=""

stop() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ -z "${KEEP_LOG:-}" ]]; then rm -rf "$WORK"; else echo "log kept in $WORK"; fi
}
trap stop EXIT

echo "starting $JAR on port $PORT (data in $DATA); load before start: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$DATA"
MEKIKI_DATA_DIR="$DATA" PORT="$PORT" MEKIKI_BENCHDATA_PASSWORD="$PASSWORD" MEKIKI_BENCHDATA_SEED="${SEED:-11}" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE= \
    java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=benchdata >"$LOG" 2>&1 &
APP_PID=$!
# the generator runs after the server has started: wait for its line, not only for the health check
for _ in $(seq 1 1800); do
    if grep -qE 'Bench data (generated|already present)' "$LOG"; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "Mekiki stopped; log:" >&2; tail -n 40 "$LOG" >&2; exit 1; }
    sleep 1
done
GENERATED=$(grep -oE 'Bench data (generated in [0-9.]+ s: .*\(seed [0-9]+\)|already present)' "$LOG" | head -n 1)
[[ -n "$GENERATED" ]] || { echo "no bench data after 30 minutes" >&2; exit 1; }
grep -q 'another organisation' "$LOG" && { echo "DATA_DIR holds another organisation" >&2; exit 1; }
[[ -n "${DATA_DIR:-}" ]] && echo "$PASSWORD" >"${DATA_DIR}/.bench-password"
echo "bench data: ${GENERATED}"

EXECUTIVE=$(curl -fs -X POST "${BASE}/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"email\":\"executive@bench.mekiki.test\",\"password\":\"${PASSWORD}\",\"name\":\"benchmark\"}" | jq -r .token)
[[ -n "$EXECUTIVE" && "$EXECUTIVE" != null ]] || { echo "could not get a token" >&2; exit 1; }
JAR_FILE="${WORK}/cookies"
csrf=$(curl -fs -c "$JAR_FILE" -b "$JAR_FILE" "${BASE}/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$JAR_FILE" -b "$JAR_FILE" -X POST "${BASE}/login" \
    --data-urlencode "email=executive@bench.mekiki.test" --data-urlencode "password=${PASSWORD}" --data-urlencode "_csrf=${csrf}"
SESSION=$(awk '$6 == "MEKIKI_SESSION" { print $7 }' "$JAR_FILE" | tail -n 1)
[[ -n "$SESSION" ]] || { echo "could not sign in" >&2; exit 1; }

api() { curl -fs -H "Authorization: Bearer ${EXECUTIVE}" "${BASE}$1"; }
INITIATIVE=$(api "/api/v1/initiatives?phase=SELECTION&size=500" \
    | jq -r '[(.items? // .)[] | select(.title | startswith("基幹業務のクラウド移行"))][0].id')
[[ -n "$INITIATIVE" && "$INITIATIVE" != null ]] || { echo "the compared initiative is missing" >&2; exit 1; }
CANDIDATE=$(api "/api/v1/initiatives/${INITIATIVE}/candidates" | jq -r '.items[0].id')
MATRIX=$(api "/api/v1/initiatives/${INITIATIVE}/assessment")
echo "initiative ${INITIATIVE}: $(jq -r '"\(.candidates | length) candidates, \(.items | length) items, \(.answers) answers"' <<<"$MATRIX");" \
    "candidate ${CANDIDATE}: $(api "/api/v1/assessments/${CANDIDATE}" | jq -r '"\(.total) items, \(.answered) answered"')"

# name | path | credential (page: session cookie, api: token) | target (yes: p95 <= 150 ms and <= 4x home)
TARGETS=(
    "home page|/|page|"
    "initiative assessment page (items x candidates)|/initiatives/${INITIATIVE}/assessment|page|yes"
    "initiative assessment API|/api/v1/initiatives/${INITIATIVE}/assessment|api|"
    "candidate assessment page|/candidates/${CANDIDATE}/assessment|page|"
    "candidate assessment API|/api/v1/assessments/${CANDIDATE}|api|"
    "comparison page|/initiatives/${INITIATIVE}/comparison|page|yes"
    "comparison API|/api/v1/initiatives/${INITIATIVE}/comparison|api|"
)

header_for() {
    case "$1" in
        page) echo "Cookie: MEKIKI_SESSION=${SESSION}" ;;
        api) echo "Authorization: Bearer ${EXECUTIVE}" ;;
    esac
}

MEASURED=()
for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path credential goal <<<"$target"
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$(header_for "$credential")" "${BASE}${path}")
    if [[ "$status" == 404 ]]; then
        echo "skipped (404, not built yet): ${name} ${path}"
        continue
    fi
    [[ "$status" == 200 ]] || { echo "${path} answered ${status}, not 200" >&2; exit 1; }
    MEASURED+=("$target")
done

# CPU time (user + system, in clock ticks) of Mekiki's JVM and of its embedded PostgreSQL's processes: on a busy
# machine the latency grows with the others' load, the CPU spent per request much less.
cpu_ticks() {
    local total=0 pid postmaster
    postmaster=$(grep -l -s -F "${DATA}/postgres" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3 | head -n 1)
    for pid in "$APP_PID" $postmaster $(awk -v pm="${postmaster:-none}" '$4 == pm { print $1 }' /proc/[0-9]*/stat 2>/dev/null); do
        [[ -r "/proc/${pid}/stat" ]] || continue
        # utime + stime, and for the postmaster also the time of its children that have ended
        total=$((total + $(awk -v pm="${postmaster:-none}" '{ print $14 + $15 + ($1 == pm ? $16 + $17 : 0) }' "/proc/${pid}/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')

run_wrk() { # connections duration path header
    wrk -t1 -c"$1" -d"$2" --timeout 10s -s "${ROOT}/tools/benchmark/latency.lua" -H "$4" \
        -H 'Accept-Encoding: gzip' -H 'Accept: text/html,application/json' "${BASE}$3"
}

echo "warming up"
for _ in 1 2; do
    for target in "${MEASURED[@]}"; do
        IFS='|' read -r name path credential goal <<<"$target"
        run_wrk 1 "$WARMUP" "$path" "$(header_for "$credential")" >/dev/null
    done
done

echo "measuring ${DURATION} per address and connection count; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A P95
ROWS=()
for connections in $CONNECTIONS; do
    for target in "${MEASURED[@]}"; do
        IFS='|' read -r name path credential goal <<<"$target"
        before=$(cpu_ticks)
        out=$(run_wrk "$connections" "$DURATION" "$path" "$(header_for "$credential")" | grep '^RESULT')
        after=$(cpu_ticks)
        read -r p50 p95 p99 max requests rps non2xx < <(sed -E 's/[a-z0-9]+=//g; s/RESULT //' <<<"$out")
        # a PostgreSQL backend that ends during the run takes its time with it: then there is no figure
        cpu=$(awk -v t="$((after - before))" -v ms="$TICK_MS" -v n="$requests" 'BEGIN { if (t < 0) print "n/a"; else printf "%.1f", t * ms / n }')
        [[ "$non2xx" == 0 ]] || echo "  ${name}: ${non2xx} answers not 2xx" >&2
        P95["$connections|$name"]=$p95
        ROWS+=("$connections|$name|$path|$rps|$p50|$p95|$p99|$cpu|$goal")
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

echo
printf '| %-48s | %5s | %7s | %7s | %7s | %7s | %9s | %9s | %s |\n' "what" "conns" "req/s" "p50 ms" "p95 ms" "p99 ms" "p95÷home" "CPU ms/req" "target (p95 ≤ 150 ms, ≤ 4× home)"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "--------------------------------------------------" "------:" "--------:" "--------:" "--------:" "--------:" "----------:" "----------:" "---"
for row in "${ROWS[@]}"; do
    IFS='|' read -r connections name path rps p50 p95 p99 cpu goal <<<"$row"
    home=${P95["$connections|home page"]}
    ratio=$(awk -v a="$p95" -v b="$home" 'BEGIN { printf "%.1f", a / b }')
    verdict=""
    if [[ "$goal" == yes ]]; then
        verdict=$(awk -v a="$p95" -v r="$ratio" 'BEGIN { print (a <= 150 ? "150 ms: met" : "150 ms: **not met**") ", " (r <= 4 ? "4×: met" : "4×: **not met**") }')
    fi
    printf '| %-48s | %5s | %7s | %7s | %7s | %7s | %9s | %9s | %s |\n' "$name" "$connections" "$rps" "$p50" "$p95" "$p99" "${ratio}×" "$cpu" "$verdict"
done
echo
echo "$(nproc) cores; load before the measurements and after: see above / ${LOAD_AFTER}; $(java -version 2>&1 | head -n 1);" \
    "bench data: ${GENERATED}"
