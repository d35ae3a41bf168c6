package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.handlers.EntryPoints;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.run.Budget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the budget cut: methods approximated past their step limit, and the work left when the
 * module's time ran out. The findings found so far are still reported; this says, once, what
 * may be missing and how to raise the limits.
 */
final class BudgetCuts {

    /** The budget warning names this many of the methods it cut; the count covers the rest. */
    private static final int NAMED_IN_WARNING = 5;

    /** Methods approximated because they went over the step limit. */
    final Set<MethodModel> overStepLimit = new LinkedHashSet<>();
    /** Methods still queued when the time ran out. */
    final Set<MethodModel> unsettled = new LinkedHashSet<>();
    /** Whether the module's time ran out. */
    boolean timedOut;

    /**
     * Warns once about what was cut, naming a few methods and the settings that raise the limits.
     *
     * @param diagnostics where the warning goes
     * @param budget the budget that ran out
     * @param entryPoints which methods are named first
     */
    void report(Diagnostics diagnostics, Budget budget, EntryPoints entryPoints) {
        if (overStepLimit.isEmpty() && unsettled.isEmpty() && !timedOut) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (timedOut) {
            parts.add("it stopped at the module's time limit of " + Budget.format(budget.timeout())
                    + " (privacyflow.timeout) with " + unsettled.size() + " " + (unsettled.size() == 1 ? "method" : "methods")
                    + " not analysed to the end" + named(unsettled, entryPoints));
        }
        if (!overStepLimit.isEmpty()) {
            parts.add(overStepLimit.size() + " " + (overStepLimit.size() == 1 ? "method went" : "methods went")
                    + " over the step limit of " + budget.methodSteps() + " per method (privacyflow.methodSteps) and "
                    + (overStepLimit.size() == 1 ? "was" : "were") + " approximated" + named(overStepLimit, entryPoints));
        }
        diagnostics.warn(null, "privacyflow: the flow analysis ran out of budget: " + String.join("; ", parts)
                + ". The findings it found are reported; flow findings may be missing. Raise the limits with -Dprivacyflow.timeout="
                + Budget.format(budget.timeout().multipliedBy(2)) + " or -Dprivacyflow.methodSteps=" + budget.methodSteps() * 4
                + ", or leave generated code out with <excludes>.");
    }

    /** Names a few of the methods, entry points first, since those are where users look. */
    private static String named(Set<MethodModel> methods, EntryPoints entryPoints) {
        List<MethodModel> ordered = new ArrayList<>(methods);
        ordered.sort(Comparator.comparing((MethodModel method) -> !entryPoints.isEntryPoint(method))
                .thenComparing(MethodModel::signature));
        List<String> names = new ArrayList<>();
        for (MethodModel method : ordered.subList(0, Math.min(NAMED_IN_WARNING, ordered.size()))) {
            names.add((entryPoints.isEntryPoint(method) ? "entry point " : "") + method.displayName());
        }
        if (names.isEmpty()) {
            return "";
        }
        return ": " + String.join(", ", names) + (ordered.size() > names.size() ? " and " + (ordered.size() - names.size())
                + " more" : "");
    }
}
