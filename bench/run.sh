#!/usr/bin/env bash
# Builds the benchmark (and the plugin it measures) and runs it; arguments go to the harness,
# e.g. bench/run.sh --sizes 10k,100k --skip-spotbugs. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -Pbench -pl bench -am package -DskipTests -Dinvoker.skip
exec java -jar bench/target/privacyflow-bench.jar "$@"
