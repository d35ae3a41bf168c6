#!/usr/bin/env python3
"""Scores bench/real-code.sh's findings against the surveys and the judged labels (issue 12).

usage: bench/real-code-score.py FINDINGS_DIR [--labels DIR] [--misses KIND|all] [--unlabelled]

FINDINGS_DIR holds <project>.tsv (file, line, rule, message, repeat lines) as bench/real-code.sh writes them.
Labels (default docs/surveys/labels/) hold <project>.tsv: file, line, rule, TP|FP, cause, message.
A finding takes the label of the row with its file, line, rule and message; a finding without one
is unlabelled and counts as neither. Recall follows LABELLING.md: a survey item is found when a
true finding lands in the same file within 3 lines of it, at its line or at one of the later lines
it folds as repeats of the same fact (the report's repeatLines).
"""
import argparse, collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FLOW_RULES = {"PF003", "PF004", "PF005"}
ITEM = re.compile(r"^\|\s*([A-Z]{2}-\d+)\s*\|\s*(\w+)\s*\|\s*`?([^|`]+?\.java):(\d+)`?\s*\|(.*)\|\s*$")


def projects():
    """(name, survey file) in the order of bench/corpus/real-code.txt."""
    for line in open(os.path.join(HERE, "corpus", "real-code.txt")):
        if line.strip() and not line.startswith("#"):
            cols = [c.strip() for c in line.split("|")]
            yield cols[0], cols[1]


def survey_items(survey):
    items = []
    for line in open(os.path.join(ROOT, "docs", "surveys", survey)):
        m = ITEM.match(line)
        if m:
            items.append((m.group(1), m.group(2), m.group(3).strip(), int(m.group(4)), m.group(5).strip()))
    return items


_NOT_REPORTABLE = []


def reportable_items():
    """The survey items no rule can report (marked N in docs/surveys/reportable-items.txt), or None."""
    if not _NOT_REPORTABLE:
        path = os.path.join(ROOT, "docs", "surveys", "reportable-items.txt")
        if not os.path.exists(path):
            return None
        ids = set()
        for line in open(path):
            cols = [c.strip() for c in line.split(",")]
            if len(cols) > 1 and not line.startswith("#") and cols[1] == "N":
                ids.add(cols[0])
        _NOT_REPORTABLE.append(ids)
    return _NOT_REPORTABLE[0]


def read_tsv(path, width):
    rows = []
    if os.path.exists(path):
        for line in open(path):
            if line.strip() and not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                rows.append(cols + [""] * (width - len(cols)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("findings")
    ap.add_argument("--labels", default=os.path.join(ROOT, "docs", "surveys", "labels"))
    ap.add_argument("--misses", help="list the survey items no true finding lands on: a kind or 'all'")
    ap.add_argument("--unlabelled", action="store_true", help="list the findings no label row matches")
    ap.add_argument("--false", action="store_true", help="list the false findings")
    args = ap.parse_args()

    by_survey = collections.OrderedDict()
    for name, survey in projects():
        by_survey.setdefault(survey, []).append(name)

    total = collections.Counter()
    rules = collections.defaultdict(collections.Counter)
    kinds = collections.defaultdict(collections.Counter)
    causes = collections.Counter()
    print("| survey (items) | findings | true | unlabelled | flow true/labelled | recall |")
    print("|---|---|---|---|---|---|")
    for survey, names in by_survey.items():
        items = survey_items(survey)
        findings, labelled = [], {}
        for name in names:
            findings += read_tsv(os.path.join(args.findings, name + ".tsv"), 5)
            for row in read_tsv(os.path.join(args.labels, name + ".tsv"), 6):
                labelled[(row[0], row[1], row[2], row[5])] = (row[3], row[4])
        c = collections.Counter()
        true_at = collections.defaultdict(list)
        true_at_by_rule = collections.defaultdict(list)
        for f in findings:
            label = labelled.get((f[0], f[1], f[2], f[3]))
            c["findings"] += 1
            if label is None:
                c["unlabelled"] += 1
                if args.unlabelled:
                    print("  unlabelled %s: %s:%s %s %s" % (names[0], f[0], f[1], f[2], f[3]))
                continue
            tp = label[0] == "TP"
            rules[f[2]]["labelled"] += 1
            rules[f[2]]["true"] += tp
            if f[2] in FLOW_RULES:
                c["flow"] += 1
                c["flow true"] += tp
            if tp:
                c["true"] += 1
                lines = [int(f[1])] + [int(n) for n in f[4].split(",") if n]
                true_at[f[0]].extend(lines)
                true_at_by_rule[(f[0], f[2])].extend(lines)
            else:
                causes[label[1].split(":")[0].strip()] += 1
                if args.false:
                    print("  false %s: %s:%s %s %s -- %s" % (names[0], f[0], f[1], f[2], f[3], label[1]))
        found = 0
        for item_id, kind, path, line, text in items:
            hit = any(abs(line - at) <= 3 for at in true_at.get(path, ()))
            for (rule_path, rule), lines in true_at_by_rule.items():
                if rule_path == path and any(abs(line - at) <= 3 for at in lines):
                    rules[rule]["found"] += 1
            found += hit
            if reportable_items() is None or item_id not in reportable_items():
                total["reportable"] += 1
                total["found reportable"] += hit
            kinds[kind]["items"] += 1
            kinds[kind]["found"] += hit
            if not hit and args.misses in ("all", kind):
                print("  miss %s %s %s:%d %s" % (item_id, kind, path, line, text[:140]))
        labelled_n = c["findings"] - c["unlabelled"]
        print("| %s (%d) | %d | %d (%s) | %d | %d/%d | %d (%s) |" % (
            survey, len(items), c["findings"], c["true"], pct(c["true"], labelled_n), c["unlabelled"],
            c["flow true"], c["flow"], found, pct(found, len(items))))
        for k in ("findings", "true", "unlabelled", "flow", "flow true"):
            total[k] += c[k]
        total["items"] += len(items)
        total["found"] += found
    labelled_n = total["findings"] - total["unlabelled"]
    print("| **all (%d)** | %d | %d (%s) | %d | %d/%d (%s) | %d (%s) |" % (
        total["items"], total["findings"], total["true"], pct(total["true"], labelled_n), total["unlabelled"],
        total["flow true"], total["flow"], pct(total["flow true"], total["flow"]), total["found"],
        pct(total["found"], total["items"])))
    print()
    print("per rule: " + ", ".join("%s %d/%d" % (r, rules[r]["true"], rules[r]["labelled"]) for r in sorted(rules)))
    # An item a true finding of several rules lands on counts for each of them.
    print("survey items each rule's true findings land on: " + ", ".join("%s %d" % (r, rules[r]["found"]) for r in sorted(rules)))
    reportable = reportable_items()
    if reportable is not None:
        print("recall on the items some rule can report (docs/surveys/reportable-items.txt): %d of %d (%s)" % (
            total["found reportable"], total["reportable"], pct(total["found reportable"], total["reportable"])))
    print("recall per kind: " + ", ".join("%s %d/%d" % (k, kinds[k]["found"], kinds[k]["items"]) for k in kinds))
    print("false by cause: " + ", ".join("%s %d" % kv for kv in causes.most_common()))


def pct(a, b):
    return "%d %%" % round(100.0 * a / b) if b else "-"


if __name__ == "__main__":
    sys.exit(main())
