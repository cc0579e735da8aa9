#!/usr/bin/env bash
# Service levels at the volume of issue 12 (50 contracts in force, 20 metrics each, a year of daily
# measurements): builds the data through the API and prints p50/p95 of the dashboard page and API, a metric's
# page, a contract's SLA page and the home page (lines starting "SLA volume:"). Not part of the test suite.
# Usage: tools/benchmark/service-levels.sh   (from the project root; run it on an idle machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -o verify -Dtest=SlaVolumeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true >/tmp/mekiki-service-levels.log 2>&1 || { tail -40 /tmp/mekiki-service-levels.log; exit 1; }
# the tests' output goes to surefire's report files
grep -h "SLA volume:" target/surefire-reports/io.mekiki.operation.SlaVolumeBenchmark-output.txt
