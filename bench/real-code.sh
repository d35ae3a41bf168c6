#!/usr/bin/env bash
# Real-code evaluation (issue 12): privacyflow's check goal on the surveyed applications of
# docs/surveys/, one scratch project each (bench/corpus/real-code.txt), and a findings table per
# project that bench/real-code-score.py scores against the surveys and the committed labels.
# See docs/real-code-evaluation.md, "How it is run".
set -uo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
LIST="$BENCH/corpus/real-code.txt"
WORK="$BENCH/target/real-code-work"
OUT="$BENCH/target/real-code"
ONLY=""
INSTALL=1
TIMEOUT=1200
MVN=mvn

PF_GOAL="io.github.privacyflow:privacyflow-maven-plugin:0.1.0-SNAPSHOT:check"
DEPENDENCY_PLUGIN=3.8.1
RESOURCES_PLUGIN=3.3.1
COMPILER_PLUGIN=3.13.0

usage() {
    cat <<USAGE
usage: bench/real-code.sh [options]
  --only a,b,...   only these projects of $LIST
  --work DIR       scratch projects (default bench/target/real-code-work)
  --out DIR        findings tables and logs (default bench/target/real-code)
  --no-install     use ~/.m2's plugin as it is; do not build and install this tree's
  --timeout SEC    kill a project's run after SEC seconds (default $TIMEOUT)
  --mvn PATH       the Maven executable (default mvn)
Writes OUT/<project>.tsv: file, line, rule, message, repeat lines (file relative to the sources root).
USAGE
}

while [ $# -gt 0 ]; do
    case "$1" in
        --only) ONLY="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        --timeout) TIMEOUT="$2"; shift 2 ;;
        --mvn) MVN="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

mkdir -p "$WORK" "$OUT/logs"
WORK=$(cd "$WORK" && pwd); OUT=$(cd "$OUT" && pwd); LOGS="$OUT/logs"
log() { echo "[real-code $(date +%H:%M:%S)] $*" >&2; }

if [ "$INSTALL" = 1 ]; then
    log "installing the plugin from $ROOT ($(git -C "$ROOT" rev-parse --short HEAD))"
    if ! (cd "$ROOT" && "$MVN" -B -ntp -q install -DskipTests -Dinvoker.skip=true -pl annotations,plugin -am) < /dev/null > "$LOGS/install.log" 2>&1; then
        log "plugin install failed; see $LOGS/install.log"; tail -30 "$LOGS/install.log" >&2; exit 1
    fi
fi

exclusions_xml() { # G:A,G:A
    local e out=""
    [ -z "$1" ] && return 0
    for e in ${1//,/ }; do out="$out<exclusion><groupId>${e%%:*}</groupId><artifactId>${e#*:}</artifactId></exclusion>"; done
    echo "<exclusions>$out</exclusions>"
}

write_pom() { # dir name artifacts exclusions extras includes
    local dir=$1 name=$2 artifacts=$3 excl=$4 extras=$5 includes=$6 deps="" items="" gav g a v classes_filter
    local exclusions; exclusions=$(exclusions_xml "$excl")
    classes_filter="<excludes>META-INF/versions/**</excludes>"
    [ -n "$includes" ] && classes_filter="<includes>$includes</includes>$classes_filter"
    for gav in ${artifacts//,/ }; do
        IFS=: read -r g a v <<< "$gav"
        deps="$deps<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version>$exclusions</dependency>"
        items="$items<artifactItem><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><outputDirectory>\${project.build.outputDirectory}</outputDirectory>$classes_filter</artifactItem>"
        items="$items<artifactItem><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><classifier>sources</classifier><outputDirectory>\${project.basedir}/src/main/java</outputDirectory><includes>**/*.java</includes><excludes>META-INF/**</excludes></artifactItem>"
    done
    for gav in ${extras//,/ }; do
        IFS=: read -r g a v <<< "$gav"
        deps="$deps<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
    done
    cat > "$dir/pom.xml.new" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by bench/real-code.sh: the surveyed application "$name". -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>real-code</groupId>
  <artifactId>$name</artifactId>
  <version>1</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies>$deps</dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>$DEPENDENCY_PLUGIN</version>
        <configuration><artifactItems>$items</artifactItems></configuration>
      </plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>$RESOURCES_PLUGIN</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>$COMPILER_PLUGIN</version></plugin>
    </plugins>
  </build>
</project>
POM
    if cmp -s "$dir/pom.xml.new" "$dir/pom.xml"; then rm "$dir/pom.xml.new"; else mv "$dir/pom.xml.new" "$dir/pom.xml"; rm -f "$dir/.ready"; fi
}

# The report's findings as one tab-separated row each, paths relative to the sources root.
tabulate() { # json tsv
    python3 - "$1" "$2" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    for f in report["findings"]:
        path = f["file"].removeprefix("src/main/java/")
        repeats = ",".join(str(n) for n in f.get("repeatLines", []))
        out.write("%s\t%s\t%s\t%s\t%s\n" % (path, f.get("line", 0), f["ruleId"], f["message"].replace("\t", " "), repeats))
PY
}

status=0
while IFS="|" read -r -u 3 name survey artifacts excl extras includes; do
    case "$name" in ''|'#'*) continue ;; esac
    name=$(echo "$name" | xargs)
    if [ -n "$ONLY" ] && [[ ",$ONLY," != *",$name,"* ]]; then continue; fi
    artifacts=$(echo "$artifacts" | tr -d ' '); excl=$(echo "${excl:-}" | tr -d ' ')
    extras=$(echo "${extras:-}" | tr -d ' '); includes=$(echo "${includes:-}" | tr -d ' ')
    dir="$WORK/$name"; mkdir -p "$dir"
    write_pom "$dir" "$name" "$artifacts" "$excl" "$extras" "$includes"
    if [ ! -f "$dir/.ready" ]; then
        log "$name: setting up (downloads)"
        rm -rf "$dir/target" "$dir/src"
        if ! (cd "$dir" && "$MVN" -B -ntp dependency:unpack dependency:resolve dependency:resolve-plugins) < /dev/null > "$LOGS/$name-setup.log" 2>&1; then
            log "$name: setup failed; see $LOGS/$name-setup.log"; status=1; continue
        fi
        touch "$dir/.ready"
    fi
    rm -rf "$dir/target/privacyflow"
    log "$name: privacyflow check"
    (cd "$dir" && timeout -k 20 "$TIMEOUT" "$MVN" -B -o -ntp "$PF_GOAL" -Dprivacyflow.failOnSeverity=never) < /dev/null > "$LOGS/$name.log" 2>&1
    if [ ! -f "$dir/target/privacyflow/privacyflow.json" ]; then
        log "$name: no report; see $LOGS/$name.log"; status=1; continue
    fi
    tabulate "$dir/target/privacyflow/privacyflow.json" "$OUT/$name.tsv"
    log "$name: $(wc -l < "$OUT/$name.tsv") findings"
done 3< "$LIST"
exit $status
