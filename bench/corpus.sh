#!/usr/bin/env bash
# Scale corpus: privacyflow's check goal and SpotBugs on large real jars from Maven Central, one
# scratch project per jar, and one side-by-side table. See bench/README.md, "Scale corpus".
set -uo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
CORPUS="$BENCH/corpus/corpus.txt"
WORK="$BENCH/target/corpus-work"
OUT="$BENCH/target/corpus"
ONLY=""
SPOTBUGS=1
TIMEOUT=600
INSTALL=1
SETUP_ONLY=0
MVN=mvn

PF_VERSION=0.1.0-SNAPSHOT
PF_GOAL="io.github.privacyflow:privacyflow-maven-plugin:$PF_VERSION:check"
SB_VERSION=4.9.8.2
SB_GOAL="com.github.spotbugs:spotbugs-maven-plugin:$SB_VERSION:check"
DEPENDENCY_PLUGIN=3.8.1
RESOURCES_PLUGIN=3.3.1
COMPILER_PLUGIN=3.13.0
STAMPS=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

usage() {
    cat <<EOF
usage: bench/corpus.sh [options]
  --only a,b,...     only these artifactIds of $CORPUS
  --skip-spotbugs    do not run SpotBugs
  --timeout SEC      kill a goal's Maven run after SEC seconds (default $TIMEOUT)
  --work DIR         scratch projects and downloads (default bench/target/corpus-work)
  --out DIR          results.md, results.tsv and logs (default bench/target/corpus)
  --no-install       do not build and install the plugin from this tree; use ~/.m2's as it is
  --setup-only       only download and unpack (online); measure nothing
  --mvn PATH         the Maven executable (default mvn)
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --only) ONLY="$2"; shift 2 ;;
        --skip-spotbugs) SPOTBUGS=0; shift ;;
        --timeout) TIMEOUT="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        --setup-only) SETUP_ONLY=1; INSTALL=0; shift ;;
        --mvn) MVN="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$TIMEOUT" in ''|*[!0-9]*) echo "--timeout needs whole seconds" >&2; exit 2 ;; esac

mkdir -p "$WORK" "$OUT/logs"
WORK=$(cd "$WORK" && pwd)
OUT=$(cd "$OUT" && pwd)
LOGS="$OUT/logs"
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
SAVED="$WORK/installed-plugin"

log() { echo "[corpus $(date +%H:%M:%S)] $*" >&2; }

# --- the plugin under test -------------------------------------------------------------------

# Other worktrees install their own 0.1.0-SNAPSHOT into the same ~/.m2, so the files this run
# installed are kept aside and put back whenever ~/.m2's copy differs.
PF_FILES=(
    "io/github/privacyflow/privacyflow-maven-plugin/$PF_VERSION/privacyflow-maven-plugin-$PF_VERSION.jar"
    "io/github/privacyflow/privacyflow-maven-plugin/$PF_VERSION/privacyflow-maven-plugin-$PF_VERSION.pom"
    "io/github/privacyflow/privacyflow-annotations/$PF_VERSION/privacyflow-annotations-$PF_VERSION.jar"
    "io/github/privacyflow/privacyflow-annotations/$PF_VERSION/privacyflow-annotations-$PF_VERSION.pom"
    "io/github/privacyflow/privacyflow-parent/$PF_VERSION/privacyflow-parent-$PF_VERSION.pom"
)

sha() { sha256sum "$1" 2>/dev/null | cut -c1-64; }

save_plugin() {
    rm -rf "$SAVED"
    local f
    for f in "${PF_FILES[@]}"; do
        if [ -f "$M2/$f" ]; then
            mkdir -p "$SAVED/$(dirname "$f")"
            cp -p "$M2/$f" "$SAVED/$f"
        fi
    done
}

# Prints nothing when ~/.m2 holds what this run installed; otherwise restores it and says so.
ensure_plugin() {
    local f changed=""
    for f in "${PF_FILES[@]}"; do
        [ -f "$SAVED/$f" ] || continue
        if [ "$(sha "$M2/$f")" != "$(sha "$SAVED/$f")" ]; then
            changed="$changed $(basename "$f")"
            mkdir -p "$M2/$(dirname "$f")"
            cp -p "$SAVED/$f" "$M2/$f"
        fi
    done
    [ -n "$changed" ] && echo "restored$changed"
    return 0
}

PLUGIN_JAR="$M2/${PF_FILES[0]}"
COMMIT=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
# bench/ commits do not change what is measured; this names the last commit that could
ENGINE_COMMIT=$(git -C "$ROOT" log -1 --format=%h -- annotations plugin pom.xml 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -v ' bench/' | head -1)
if [ "$INSTALL" = 1 ]; then
    log "installing the plugin from $ROOT (commit $COMMIT)"
    if ! (cd "$ROOT" && "$MVN" -B -ntp -q install -DskipTests -Dinvoker.skip=true -pl annotations,plugin -am) < /dev/null > "$LOGS/install.log" 2>&1; then
        log "plugin install failed; see $LOGS/install.log"
        tail -30 "$LOGS/install.log" >&2
        exit 1
    fi
fi
[ -f "$PLUGIN_JAR" ] || { log "no plugin in $PLUGIN_JAR"; exit 1; }
save_plugin
PLUGIN_SHA=$(sha "$PLUGIN_JAR")
log "plugin jar sha256 $PLUGIN_SHA"

# --- scratch projects ------------------------------------------------------------------------

# The default heap of a JVM on this machine: the Maven JVM that runs privacyflow gets it, and
# SpotBugs' forked JVM is given the same so that neither tool runs short where the other does not.
DEFAULT_HEAP_MB=$(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%d", $4 / 1048576 }')

write_pom() { # dir groupId artifactId version exclusions
    local dir=$1 g=$2 a=$3 v=$4 excl=$5 exclusions="" e
    if [ -n "$excl" ]; then
        exclusions="<exclusions>"
        for e in ${excl//,/ }; do
            exclusions="$exclusions<exclusion><groupId>${e%%:*}</groupId><artifactId>${e#*:}</artifactId></exclusion>"
        done
        exclusions="$exclusions</exclusions>"
    fi
    cat > "$dir/pom.xml.new" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by bench/corpus.sh: $g:$a:$v analysed as one application. -->
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>corpus</groupId>
  <artifactId>$a</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>$g</groupId>
      <artifactId>$a</artifactId>
      <version>$v</version>
      $exclusions
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>$DEPENDENCY_PLUGIN</version>
        <configuration>
          <artifactItems>
            <artifactItem>
              <groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version>
              <outputDirectory>\${project.build.outputDirectory}</outputDirectory>
              <!-- multi-release copies of classes would be the same class twice -->
              <excludes>META-INF/versions/**</excludes>
            </artifactItem>
            <artifactItem>
              <groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><classifier>sources</classifier>
              <outputDirectory>\${project.basedir}/src/main/java</outputDirectory>
              <includes>**/*.java</includes>
              <excludes>META-INF/**</excludes>
            </artifactItem>
          </artifactItems>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>$RESOURCES_PLUGIN</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>$COMPILER_PLUGIN</version>
      </plugin>
      <plugin>
        <groupId>com.github.spotbugs</groupId>
        <artifactId>spotbugs-maven-plugin</artifactId>
        <version>$SB_VERSION</version>
        <configuration>
          <maxHeap>$DEFAULT_HEAP_MB</maxHeap>
          <failOnError>false</failOnError>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
    if cmp -s "$dir/pom.xml.new" "$dir/pom.xml"; then rm "$dir/pom.xml.new"; else mv "$dir/pom.xml.new" "$dir/pom.xml"; rm -f "$dir/.ready"; fi
}

# Online, once per jar: unpack classes and sources, resolve the compile classpath and the plugins.
setup() { # dir aid
    local dir=$1 aid=$2
    [ -f "$dir/.ready" ] && return 0
    rm -rf "$dir/target" "$dir/src"
    log "$aid: setting up (downloads)"
    if ! (cd "$dir" && "$MVN" -B -ntp dependency:unpack dependency:resolve dependency:resolve-plugins) < /dev/null > "$LOGS/$aid-setup.log" 2>&1; then
        return 1
    fi
    touch "$dir/.ready"
}

# --- measuring -------------------------------------------------------------------------------

# Seconds from the first log line of the plugin's goal to BUILD SUCCESS/FAILURE; empty if absent.
goal_seconds() { # log pluginArtifactId
    awk -v plugin="$2" '
        function secs(t,  p) { split(t, p, /[:.]/); return p[1] * 3600 + p[2] * 60 + p[3] + p[4] / 1000 }
        $1 ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]$/ {
            msg = $0; sub(/^[^ ]+ \[[A-Z]+\] /, "", msg)
            if (start == "" && (index(msg, "--- " plugin ":") == 1 || index(msg, ">>> " plugin ":") == 1)) start = secs($1)
            else if (start != "" && msg ~ /^BUILD (SUCCESS|FAILURE)/) { end = secs($1); exit }
        }
        END { if (start != "" && end != "") { d = end - start; if (d < 0) d += 86400; printf "%.1f", d } }
    ' "$1"
}

# "max heap before a GC, max heap after a GC, GC count" in MB from a -Xlog:gc* file.
gc_heap() { # gclog
    [ -f "$1" ] || { echo "  "; return; }
    awk '
        /\[gc *\] +GC\([0-9]+\) Pause/ && match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
            s = substr($0, RSTART, RLENGTH); split(s, p, /M->|M\(|M\)/)
            if (p[1] + 0 > before) before = p[1] + 0
            if (p[2] + 0 > after) after = p[2] + 0
            n++
        }
        # the heap in use when the JVM exits, which no GC saw
        /\[gc,heap,exit *\] +garbage-first heap/ && match($0, /used [0-9]+K/) {
            used = substr($0, RSTART + 5, RLENGTH - 6) / 1024
            if (used > before) before = int(used)
        }
        END { printf "%s %s %s", before + 0, after + 0, n + 0 }
    ' "$1"
}

# "total rule:count,..." from privacyflow.json.
findings() { # json
    [ -f "$1" ] || { echo ""; return; }
    local rules total
    rules=$(grep -oE '"ruleId" *: *"[^"]+"' "$1" | sed -E 's/.*"([^"]+)"$/\1/' | sort | uniq -c | awk '{ printf "%s%s:%s", sep, $2, $1; sep = "," }')
    total=$(grep -cE '"ruleId" *:' "$1")
    echo "$total $rules"
}

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

run_timed() { # log gclog|- dir goal args...
    local logf=$1 gclog=$2 dir=$3
    shift 3
    local opts="${MAVEN_OPTS:-}"
    [ "$gclog" != - ] && opts="$opts -Xlog:gc*:file=$gclog:uptime,tags"
    (cd "$dir" && MAVEN_OPTS="$opts" timeout -k 20 "$TIMEOUT" "$MVN" -B -o -ntp "${STAMPS[@]}" "$@") < /dev/null > "$logf" 2>&1
}

# --- the corpus ------------------------------------------------------------------------------

TSV="$OUT/results.tsv"
printf 'artifactId\tgav\trole\tjar_classes\tclasses\tsources\tpf_status\tpf_goal_s\tpf_wall_s\tpf_heap_before_gc_mb\tpf_heap_after_gc_mb\tpf_gcs\tfindings\tby_rule\tsb_status\tsb_goal_s\tsb_wall_s\tbugs\tplugin_note\n' > "$TSV"
STARTED=$(date '+%Y-%m-%d %H:%M')
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# The corpus is read on fd 3 and Maven gets /dev/null: a forked JVM reading stdin would eat the list.
while IFS="|" read -r -u 3 gav role excl _size; do
    gav=$(echo "$gav" | xargs); role=$(echo "$role" | xargs); excl=$(echo "${excl:-}" | tr -d ' ')
    case "$gav" in ''|'#'*) continue ;; esac
    IFS=: read -r g a v <<< "$gav"
    if [ -n "$ONLY" ] && [[ ",$ONLY," != *",$a,"* ]]; then continue; fi
    dir="$WORK/$a"
    mkdir -p "$dir"
    write_pom "$dir" "$g" "$a" "$v" "$excl"
    if ! setup "$dir" "$a"; then
        log "$a: setup failed; see $LOGS/$a-setup.log"
        printf '%s\t%s\t%s\t\t\t\tsetup failed\t\t\t\t\t\t\t\t\t\t\t\t\n' "$a" "$gav" "$role" >> "$TSV"
        continue
    fi
    [ "$SETUP_ONLY" = 1 ] && continue
    jar="$M2/${g//.//}/$a/$v/$a-$v.jar"
    jar_classes=$(unzip -l "$jar" | grep -c '\.class$')
    classes=$(find "$dir/target/classes" -name '*.class' | wc -l)
    sources=$(find "$dir/src/main/java" -name '*.java' | wc -l)

    note=$(ensure_plugin)
    [ -n "$note" ] && log "$a: ~/.m2 held another build of the plugin: $note"
    rm -rf "$dir/target/privacyflow" "$LOGS/$a-pf-gc.log"
    log "$a: privacyflow check ($classes classes, $sources sources)"
    t0=$(date +%s.%N)
    run_timed "$LOGS/$a-pf.log" "$LOGS/$a-pf-gc.log" "$dir" "$PF_GOAL" -Dprivacyflow.failOnSeverity=never
    rc=$?
    pf_wall=$(since "$t0")
    after=$(ensure_plugin)
    [ -n "$after" ] && note="${note:+$note; }changed during the run, $after"
    pf_goal=$(goal_seconds "$LOGS/$a-pf.log" privacyflow-maven-plugin)
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then pf_status="killed after $TIMEOUT s"; pf_goal=""
    elif grep -q '^[0-9:.]* \[INFO\] BUILD SUCCESS' "$LOGS/$a-pf.log"; then pf_status=ok
    elif grep -q 'OutOfMemoryError' "$LOGS/$a-pf.log"; then pf_status="out of memory"
    else pf_status="failed (exit $rc)"; fi
    read -r heap_before heap_after gcs <<< "$(gc_heap "$LOGS/$a-pf-gc.log")"
    read -r nfind byrule <<< "$(findings "$dir/target/privacyflow/privacyflow.json")"
    [ -f "$dir/target/privacyflow/privacyflow.json" ] && cp "$dir/target/privacyflow/privacyflow.json" "$LOGS/$a-privacyflow.json"
    log "$a: privacyflow $pf_status, goal ${pf_goal:-–} s, heap ${heap_before:-?} MB, ${nfind:-no} findings"

    sb_status=skipped sb_goal="" sb_wall="" bugs=""
    if [ "$SPOTBUGS" = 1 ]; then
        rm -f "$dir/target/spotbugsXml.xml"
        log "$a: spotbugs check"
        t0=$(date +%s.%N)
        run_timed "$LOGS/$a-spotbugs.log" - "$dir" "$SB_GOAL" -Dspotbugs.failOnError=false
        rc=$?
        sb_wall=$(since "$t0")
        sb_goal=$(goal_seconds "$LOGS/$a-spotbugs.log" spotbugs-maven-plugin)
        if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then sb_status="killed after $TIMEOUT s"; sb_goal=""
        elif [ -f "$dir/target/spotbugsXml.xml" ]; then sb_status=ok
        else sb_status="failed (exit $rc)"; fi
        [ -f "$dir/target/spotbugsXml.xml" ] && bugs=$(grep -o '<BugInstance ' "$dir/target/spotbugsXml.xml" | wc -l)
        log "$a: spotbugs $sb_status, goal ${sb_goal:-–} s, ${bugs:-no} bugs"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$a" "$gav" "$role" "$jar_classes" "$classes" "$sources" "$pf_status" "$pf_goal" "$pf_wall" \
        "$heap_before" "$heap_after" "$gcs" "$nfind" "$byrule" "$sb_status" "$sb_goal" "$sb_wall" "$bugs" "$note" >> "$TSV"
done 3< "$CORPUS"

[ "$SETUP_ONLY" = 1 ] && { log "set up in $WORK"; exit 0; }

# --- the table -------------------------------------------------------------------------------

{
    echo "# privacyflow scale corpus, $STARTED"
    echo
    echo "- plugin: built from commit \`$COMMIT\` (annotations/, plugin/ and pom.xml last changed in \`$ENGINE_COMMIT\`)${DIRTY:+, with uncommitted changes outside bench/}; \`privacyflow-maven-plugin-$PF_VERSION.jar\` sha256 \`$PLUGIN_SHA\`"
    echo "- privacyflow: \`mvn -B -o $PF_GOAL -Dprivacyflow.failOnSeverity=never\`, heuristic mode, Maven's default heap (max $DEFAULT_HEAP_MB MB)"
    if [ "$SPOTBUGS" = 1 ]; then
        echo "- SpotBugs: \`mvn -B -o $SB_GOAL -Dspotbugs.failOnError=false\`, defaults, maxHeap $DEFAULT_HEAP_MB MB"
    fi
    echo "- each goal's Maven run killed after $TIMEOUT s; machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo) GiB, load $LOAD_START at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo
    python3 - "$TSV" <<'PY'
import csv, statistics, sys

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))

def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None

def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"

print("| jar | role | classes | sources | privacyflow goal s | peak heap MB (before GC / after GC) | findings | by rule | spotbugs goal s | bugs | spotbugs / privacyflow |")
print("|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|")
ratios = []
for r in rows:
    pf = num(r["pf_goal_s"]) if r["pf_status"] == "ok" else None
    sb = num(r["sb_goal_s"]) if r["sb_status"] == "ok" else None
    pf_cell = fmt(pf) if pf is not None else r["pf_status"] or "–"
    if r["pf_status"] not in ("ok", "setup failed", "") and r["pf_status"].startswith("failed") and r["pf_goal_s"]:
        pf_cell = f'{r["pf_status"]} at {r["pf_goal_s"]} s'
    sb_cell = fmt(sb) if sb is not None else r["sb_status"] or "–"
    ratio = sb / pf if pf and sb else None
    if ratio is not None:
        ratios.append(ratio)
    heap = f'{r["pf_heap_before_gc_mb"]} / {r["pf_heap_after_gc_mb"]}' if r["pf_heap_before_gc_mb"] else "–"
    if r["pf_status"] != "ok" and r["pf_heap_before_gc_mb"]:
        heap += " (so far)"
    print(f'| {r["gav"]} | {r["role"]} | {r["classes"] or "–"} | {r["sources"] or "–"} | {pf_cell} | {heap} | '
          f'{r["findings"] or "–"} | {r["by_rule"] or "–"} | {sb_cell} | {r["bugs"] or "–"} | {fmt(ratio, 2)} |')

ok = [r for r in rows if r["pf_status"] == "ok"]
def col(rs, key):
    return [v for v in (num(r[key]) for r in rs) if v is not None]
def med(values, digits=1):
    return fmt(statistics.median(values), digits) if values else "–"
pf_times = col(ok, "pf_goal_s")
sb_ok = [r for r in rows if r["sb_status"] == "ok"]
sb_times = col(sb_ok, "sb_goal_s")
heaps = col(rows, "pf_heap_before_gc_mb")
print(f'| **total** ({len(rows)} jars) | | {int(sum(col(rows, "classes")))} | {int(sum(col(rows, "sources")))} | '
      f'{fmt(sum(pf_times)) if pf_times else "–"} ({len(ok)} finished) | max {int(max(heaps)) if heaps else "–"} | {int(sum(col(ok, "findings")))} | | '
      f'{fmt(sum(sb_times)) if sb_times else "–"} ({len(sb_ok)} finished) | {int(sum(col(sb_ok, "bugs"))) if sb_ok else "–"} | |')
print(f'| **median** | | {med(col(rows, "classes"), 0)} | {med(col(rows, "sources"), 0)} | {med(pf_times)} | '
      f'{med(heaps, 0)} | {med(col(ok, "findings"), 0)} | | {med(sb_times)} | {med(col(sb_ok, "bugs"), 0)} | {med(ratios, 2)} |')

slow = [r for r in rows if r["pf_status"] != "ok"]
if slow:
    print()
    print("privacyflow did not finish on: " + ", ".join(f'{r["artifactId"]} ({r["pf_status"]})' for r in slow) + ".")
notes = [r for r in rows if r["plugin_note"]]
for r in notes:
    print(f'\n{r["artifactId"]}: ~/.m2 held another build of the plugin ({r["plugin_note"]}); this run\'s was put back before the run.')
print()
print("Times are from the Maven log's time stamps, from the goal's first line to BUILD SUCCESS/FAILURE. "
      "Peak heap is the Maven JVM's largest heap in use just before a GC and the largest just after one "
      "(about the live data), from -Xlog:gc. Totals and medians of times, findings and bugs are over the runs that finished.")
PY
} > "$OUT/results.md"

cat "$OUT/results.md"
log "results: $OUT/results.md, raw: $TSV, logs: $LOGS"
