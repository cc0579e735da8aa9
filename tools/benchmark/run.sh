#!/usr/bin/env bash
# Measures how many requests per second Mekiki serves for its pages and list APIs, all in one run, each as a
# percentage of GET /api/v1/me (the cheapest signed-in request): builds the jar, starts it with the demo data
# on a fresh data directory and a free port, signs in, warms up, then runs wrk with a fixed number of
# connections for a fixed time per address. Only 127.0.0.1 is ever contacted. See docs/benchmarks.md.
#
#   tools/benchmark/run.sh                 # build, then measure
#   SKIP_BUILD=1 DURATION=20s tools/benchmark/run.sh
#
# Settings (environment): DURATION (10s), WARMUP (3s per address, two passes), CONNECTIONS (4),
# THREADS (2), SKIP_BUILD (unset), JAR (target/mekiki-*.jar), KEEP_DATA (unset: the data directory is removed),
# ONLY (unset: every address; else an extended regular expression on the names, e.g. 'account|api: initiatives$':
# only those are measured, besides GET /api/v1/me first and last), JAVA_OPTS (e.g. to record with JFR).
set -euo pipefail

cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}

for tool in wrk curl jq java; do
    command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install $tool)" >&2; exit 1; }
done

if [[ -z "${SKIP_BUILD:-}" ]]; then
    ./mvnw -B -q package -DskipTests
fi
JAR=${JAR:-$(ls target/mekiki-*.jar | grep -v -- '-plain' | head -n 1)}

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-60000 -n 1)
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d -t mekiki-benchmark.XXXXXX)
PASSWORD="benchmark-$(date +%s)-password"
LOG="${WORK}/mekiki.log"
APP_PID=""

stop() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ -z "${KEEP_DATA:-}" ]]; then rm -rf "$WORK"; else echo "data and log kept in $WORK"; fi
}
trap stop EXIT

echo "starting $JAR on port $PORT (data in $WORK)"
MEKIKI_DATA_DIR="${WORK}/data" PORT="$PORT" MEKIKI_DEMO_PASSWORD="$PASSWORD" LOGGING_STRUCTURED_FORMAT_CONSOLE= \
    java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=demo >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    if curl -fs "${BASE}/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "Mekiki stopped; log:" >&2; tail -n 40 "$LOG" >&2; exit 1; }
    sleep 1
done
curl -fs "${BASE}/actuator/health" | grep -q UP || { echo "Mekiki did not start" >&2; exit 1; }

token_for() {
    curl -fs -X POST "${BASE}/api/v1/auth/tokens" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"${PASSWORD}\",\"name\":\"benchmark\"}" | jq -r .token
}

# A browser session: the sign-in form's CSRF token, then the form post; the session cookie is what wrk sends.
JAR_FILE="${WORK}/cookies"
csrf=$(curl -fs -c "$JAR_FILE" -b "$JAR_FILE" "${BASE}/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$JAR_FILE" -b "$JAR_FILE" -X POST "${BASE}/login" \
    --data-urlencode "email=executive@demo.mekiki.test" --data-urlencode "password=${PASSWORD}" --data-urlencode "_csrf=${csrf}"
SESSION=$(awk '$6 == "MEKIKI_SESSION" { print $7 }' "$JAR_FILE" | tail -n 1)
[[ -n "$SESSION" ]] || { echo "could not sign in" >&2; exit 1; }

EXECUTIVE=$(token_for executive@demo.mekiki.test)
ADMIN=$(token_for admin@demo.mekiki.test)
INITIATIVE=$(curl -fs -H "Authorization: Bearer ${EXECUTIVE}" "${BASE}/api/v1/initiatives" | jq -r '(.items? // .)[0].id')
# the demo initiative in selection, with its candidates
CHOOSING=$(curl -fs -H "Authorization: Bearer ${EXECUTIVE}" "${BASE}/api/v1/initiatives?size=100" \
    | jq -r '[(.items? // .)[] | select(.phase == "SELECTION")][0].id')
CANDIDATE=$(curl -fs -H "Authorization: Bearer ${EXECUTIVE}" "${BASE}/api/v1/initiatives/${CHOOSING}/candidates" \
    | jq -r '.items[0].id')
# the demo contract in force (the HR initiative in operation)
CONTRACT=$(curl -fs -H "Authorization: Bearer ${EXECUTIVE}" "${BASE}/api/v1/contracts" \
    | jq -r '[(.items? // .)[] | select(.status == "IN_FORCE")][0].id')

# name | path | credential: "page" (session cookie), "executive" or "admin" (API token)
TARGETS=(
    "GET /api/v1/me|/api/v1/me|executive"
    "page: account|/account|page"
    "page: home|/|page"
    "page: initiative|/initiatives/${INITIATIVE}|page"
    "page: catalogue|/catalog|page"
    "api: decisions|/api/v1/decisions|executive"
    "api: catalogue items|/api/v1/catalog/items|executive"
    "api: catalogue releases|/api/v1/catalog/releases|executive"
    "api: initiatives|/api/v1/initiatives|executive"
    "api: instructions|/api/v1/instructions|executive"
    "api: instruction templates|/api/v1/instruction-templates|executive"
    "api: assets|/api/v1/assets|executive"
    "api: audit entries|/api/v1/audit/entries|executive"
    "api: library references|/api/v1/library/references|executive"
    "api: library risks|/api/v1/library/risks|executive"
    "api: library glossary|/api/v1/library/glossary|executive"
    "api: library sectors|/api/v1/library/sectors|executive"
    "api: my tokens|/api/v1/auth/tokens|executive"
    "api: users|/api/v1/users|admin"
    "api: providers|/api/v1/providers|executive"
    "api: services|/api/v1/services|executive"
    "api: decision choices|/api/v1/decisions/choices|executive"
    "api: ledger head|/api/v1/audit/head|executive"
    "page: decisions|/decisions|page"
    "page: audit ledger|/audit|page"
    "page: providers|/providers|page"
    "page: initiative in selection|/initiatives/${CHOOSING}|page"
    "page: candidate|/initiatives/${CHOOSING}/candidates/${CANDIDATE}|page"
    "api: candidates|/api/v1/initiatives/${CHOOSING}/candidates|executive"
    "api: candidate scoping|/api/v1/initiatives/${CHOOSING}/candidates/${CANDIDATE}/scoping|executive"
    "api: gates with conditions|/api/v1/initiatives/${CHOOSING}/gates|executive"
    "page: contracts|/contracts|page"
    "page: contract|/contracts/${CONTRACT}|page"
    "page: contract SLA|/contracts/${CONTRACT}/sla|page"
    "page: service levels|/service-levels|page"
    "page: incidents|/incidents|page"
    "page: operation findings|/operation-findings|page"
    "page: contingencies|/contingencies|page"
    "api: contracts|/api/v1/contracts|executive"
    "api: contract|/api/v1/contracts/${CONTRACT}|executive"
    "api: service levels|/api/v1/service-levels|executive"
    "api: incidents|/api/v1/incidents|executive"
    "api: operation findings|/api/v1/operation-findings|executive"
    "api: contingencies|/api/v1/contingencies|executive"
    "page: reviews|/reviews|page"
    "page: exits|/exits|page"
    "page: contract attestations|/contracts/${CONTRACT}/attestations|page"
    "page: notifications|/notifications|page"
    "page: CAIQ coverage|/catalog/caiq|page"
    "page: questionnaire links|/questionnaires/settings|page"
    "api: reviews|/api/v1/reviews|executive"
    "api: exits|/api/v1/exits|executive"
    "api: attestation coverage|/api/v1/attestations?contractId=${CONTRACT}|executive"
    "api: notifications|/api/v1/notifications|executive"
    "GET /api/v1/me (again)|/api/v1/me|executive"
)

if [[ -n "${ONLY:-}" ]]; then
    KEPT=("${TARGETS[0]}")
    for target in "${TARGETS[@]:1:${#TARGETS[@]}-2}"; do
        grep -Eq -- "${ONLY}" <<<"${target%%|*}" && KEPT+=("$target")
    done
    KEPT+=("${TARGETS[${#TARGETS[@]}-1]}")
    TARGETS=("${KEPT[@]}")
fi

header_for() {
    case "$1" in
        page) echo "Cookie: MEKIKI_SESSION=${SESSION}" ;;
        executive) echo "Authorization: Bearer ${EXECUTIVE}" ;;
        admin) echo "Authorization: Bearer ${ADMIN}" ;;
    esac
}

# Every address must answer 200 with the credential given, or the figures would measure redirects or errors.
for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path credential <<<"$target"
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$(header_for "$credential")" "${BASE}${path}")
    [[ "$status" == 200 ]] || { echo "${path} answered ${status}, not 200" >&2; exit 1; }
done

run_wrk() { # duration path header
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s -H "$3" -H 'Accept-Encoding: gzip' -H 'Accept: text/html,application/json' "${BASE}$2"
}

echo "warming up"
for _ in 1 2; do
    for target in "${TARGETS[@]}"; do
        IFS='|' read -r name path credential <<<"$target"
        run_wrk "$WARMUP" "$path" "$(header_for "$credential")" >/dev/null
    done
done

# CPU time (user + system, in clock ticks) used so far by Mekiki's JVM and the embedded PostgreSQL server with
# its backends: on a machine shared with other work, CPU per request says more than requests per second.
TICKS=$(getconf CLK_TCK)
cpu_ticks() {
    local postmaster pids
    postmaster=$(head -n 1 "${WORK}/data/postgres/postmaster.pid" 2>/dev/null || true)
    pids="$APP_PID $postmaster $( [[ -n "$postmaster" ]] && ps -o pid= --ppid "$postmaster" )"
    for pid in $pids; do cat "/proc/${pid}/stat" 2>/dev/null || true; done \
        | awk '{ sub(/^.*\) /, ""); total += $12 + $13 } END { print total + 0 }'
}

echo "measuring: ${CONNECTIONS} connections, ${DURATION} each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -a RATES CPU
for i in "${!TARGETS[@]}"; do
    IFS='|' read -r name path credential <<<"${TARGETS[$i]}"
    before=$(cpu_ticks)
    out=$(run_wrk "$DURATION" "$path" "$(header_for "$credential")")
    after=$(cpu_ticks)
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
    [[ -z "$errors" ]] || echo "  ${name}: ${errors}" >&2
    RATES[$i]=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    CPU[$i]=$(awk -v t=$((after - before)) -v hz="$TICKS" -v n="$requests" 'BEGIN { print (n > 0 ? 1000 * t / hz / n : 0) }')
done

# the baseline is GET /api/v1/me measured first and last, so that a drift in the machine's load shows and evens out
LAST=$((${#TARGETS[@]} - 1))
BASELINE=$(awk -v a="${RATES[0]}" -v b="${RATES[$LAST]}" 'BEGIN { print (a + b) / 2 }')
CPU_BASELINE=$(awk -v a="${CPU[0]}" -v b="${CPU[$LAST]}" 'BEGIN { print (a + b) / 2 }')
echo
echo "req/s and its % of me: throughput; ms CPU: Mekiki's and PostgreSQL's CPU time per request, and me's CPU per"
echo "request as a % of it (the same reading, robust when other work shares the machine)"
printf '| %-28s | %-34s | %9s | %8s | %8s | %10s |\n' "what" "path" "req/s" "% of me" "ms CPU" "% by CPU"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------------" "------------------------------------" "----------:" "---------:" "---------:" "-----------:"
for i in "${!TARGETS[@]}"; do
    IFS='|' read -r name path credential <<<"${TARGETS[$i]}"
    path=$(sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/{id}/g' <<<"$path")
    printf '| %-28s | %-34s | %9.1f | %7.0f%% | %8.2f | %9.0f%% |\n' "$name" "$path" "${RATES[$i]}" \
        "$(awk -v a="${RATES[$i]}" -v b="$BASELINE" 'BEGIN { print 100 * a / b }')" "${CPU[$i]}" \
        "$(awk -v a="${CPU[$i]}" -v b="$CPU_BASELINE" 'BEGIN { print (a > 0 ? 100 * b / a : 0) }')"
done
echo
echo "$(nproc) cores; load after: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
