#!/usr/bin/env bash
# Profiles privacyflow's check goal on one scratch project of bench/corpus.sh with JFR and prints
# the hottest methods. usage: bench/corpus-profile.sh ARTIFACT_ID [SECONDS] [WORK_DIR]
set -uo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
AID=${1:?usage: bench/corpus-profile.sh ARTIFACT_ID [SECONDS] [WORK_DIR]}
SECONDS_MAX=${2:-240}
WORK=${3:-$BENCH/target/corpus-work}
DIR="$WORK/$AID"
OUT="$BENCH/target/corpus/profile"
[ -f "$DIR/.ready" ] || { echo "no scratch project in $DIR: run bench/corpus.sh --setup-only first" >&2; exit 1; }
mkdir -p "$OUT"
JFR="$OUT/$AID.jfr"
rm -f "$JFR"

# duration= makes JFR write the file itself, so a run that the timeout ends still leaves a recording.
(cd "$DIR" && MAVEN_OPTS="-XX:StartFlightRecording=filename=$JFR,settings=profile,duration=${SECONDS_MAX}s" \
    timeout -k 20 $((SECONDS_MAX + 15)) mvn -B -o -ntp \
    io.github.privacyflow:privacyflow-maven-plugin:0.1.0-SNAPSHOT:check -Dprivacyflow.failOnSeverity=never) \
    < /dev/null > "$OUT/$AID-mvn.log" 2>&1
echo "mvn exit $? (124: ended by the timeout after the recording)" >&2
[ -f "$JFR" ] || { echo "no recording in $JFR" >&2; exit 1; }

jfr print --events jdk.ExecutionSample --stack-depth 200 "$JFR" > "$OUT/$AID-samples.txt"
python3 - "$OUT/$AID-samples.txt" <<'PY'
import collections, re, sys

samples = []
frames = None
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line.startswith("stackTrace = ["):
        frames = []
    elif frames is not None:
        if line.startswith("]"):
            samples.append(frames)
            frames = None
        elif line and line != "...":
            frames.append(re.sub(r"\s+line: \d+.*$", "", line))

def method(frame):
    return re.sub(r"\(.*\)$", "", frame)

total = len(samples)
self_time = collections.Counter(method(s[0]) for s in samples if s)
own = collections.Counter()
inclusive = collections.Counter()
for s in samples:
    ours = [method(f) for f in s if f.startswith("io.github.privacyflow.")]
    if ours:
        own[ours[0]] += 1
    for m in set(ours):
        inclusive[m] += 1

def table(title, counter, n=15):
    print(f"\n{title}\n")
    print("| samples | % | method |")
    print("|---:|---:|---|")
    for m, c in counter.most_common(n):
        print(f"| {c} | {100.0 * c / total:.1f} | `{m}` |")

print(f"{total} execution samples")
table("Top frames (self time)", self_time)
table("Innermost privacyflow frame (self time plus the JDK and library code it calls)", own)
table("privacyflow methods on the stack (inclusive)", inclusive, 25)
PY
