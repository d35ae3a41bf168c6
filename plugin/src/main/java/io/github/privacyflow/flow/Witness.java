package io.github.privacyflow.flow;

import io.github.privacyflow.finding.Anchor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * One step of how a label reached a value, linked to the step before it; the chain from a
 * source to a sink is the path a flow finding prints. Immutable and shared between values.
 *
 * <p>A step made at a call may also hold the callee's chain, which follows it in the path. The
 * callee's chain is shared, never copied: binding a summary at a call costs one step per label,
 * whatever the length of the callee's paths. The path is spelled out only when a finding is
 * reported ({@link #steps()}), and then only its first and last steps.
 */
public final class Witness {

    /** Paths longer than this show their start and end: the middle of a long chain explains little. */
    static final int MAX_LENGTH = 24;
    /** Chains deeper than this drop their middle steps as they grow, so recursion cannot grow them. */
    private static final int MAX_DEPTH = MAX_LENGTH;
    /** Nodes one materialisation may visit; shared chains nested very deep are cut rather than walked. */
    private static final int MAX_VISITS = 100_000;

    private final String description;
    private final Anchor anchor;
    private final Witness previous;
    private final Witness callee;
    private final long omittedBefore;
    private final long length;
    private final int depth;

    private Witness(String description, Anchor anchor, Witness previous, long omittedBefore, Witness callee) {
        this.description = description;
        this.anchor = anchor;
        this.previous = previous;
        this.omittedBefore = omittedBefore;
        this.callee = callee;
        this.length = saturatedSum(previous == null ? 0 : previous.length, omittedBefore, ownLength(callee));
        this.depth = previous == null ? 1 : previous.depth + 1;
    }

    private static long ownLength(Witness callee) {
        return 1 + (callee == null ? 0 : callee.length - 1);
    }

    private static long saturatedSum(long a, long b, long c) {
        long sum = a + b + c;
        return sum < 0 || sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : sum;
    }

    /**
     * Starts a chain.
     *
     * @param description what happens, e.g. "reads Participant.email"
     * @param anchor where
     * @return the first step
     */
    public static Witness start(String description, Anchor anchor) {
        return new Witness(description, anchor, null, 0, null);
    }

    /**
     * Appends a step.
     *
     * @param previous the chain so far, or {@code null} to start one
     * @param description what happens
     * @param anchor where
     * @return the longer chain
     */
    public static Witness then(Witness previous, String description, Anchor anchor) {
        return call(previous, description, anchor, null);
    }

    /**
     * Appends a call step followed by the callee's chain, rooted at a parameter; the callee's
     * root step, which only said "argument i", is left out. The callee's chain is shared.
     *
     * @param previous the chain up to the call, or {@code null}
     * @param description what the call does with the value, e.g. "passes it to Mailer.send()"
     * @param anchor where the call is
     * @param callee the callee's chain from its parameter, or {@code null}
     * @return the longer chain
     */
    public static Witness call(Witness previous, String description, Anchor anchor, Witness callee) {
        if (previous != null && previous.depth >= MAX_DEPTH) {
            // Keep the chain bounded under recursion and loops: drop the newest middle step, and count it.
            return new Witness(description, anchor, previous.previous,
                    saturatedSum(previous.omittedBefore, ownLength(previous.callee), 0), callee);
        }
        return new Witness(description, anchor, previous, 0, callee);
    }

    /** @return what happens at this step */
    public String description() {
        return description;
    }

    /** @return where it happens */
    public Anchor anchor() {
        return anchor;
    }

    /** @return the number of steps the whole path has, middle steps dropped on the way included */
    public long length() {
        return length;
    }

    /**
     * Spells out the chain from its first step to this one. A path longer than
     * {@value #MAX_LENGTH} steps shows its first and last steps with one step in between that
     * says how many were left out; only those steps are visited.
     *
     * @return the steps, oldest first
     */
    public List<Witness> steps() {
        List<Witness> head = walk(true, MAX_LENGTH + 1);
        if (head.size() <= MAX_LENGTH && shown(head) >= length) {
            return head;
        }
        List<Witness> first = new ArrayList<>(head.subList(0, Math.min(head.size(), MAX_LENGTH / 2)));
        List<Witness> last = walk(false, MAX_LENGTH / 2 - 1);
        Collections.reverse(last);
        long omitted = Math.max(1, length - shown(first) - shown(last));
        List<Witness> steps = new ArrayList<>(MAX_LENGTH);
        steps.addAll(first);
        steps.add(gap(omitted, last.isEmpty() ? anchor : last.get(0).anchor));
        steps.addAll(last);
        return steps;
    }

    /** How many path steps a list stands for: a gap stands for the steps it left out. */
    private static long shown(List<Witness> steps) {
        long count = 0;
        for (Witness step : steps) {
            count += step.omittedBefore < 0 ? -step.omittedBefore : 1;
        }
        return count;
    }

    /** A marker step for left-out steps; its negative count tells it apart from a real step. */
    private static Witness gap(long omitted, Anchor anchor) {
        return new Witness("… " + omitted + (omitted == 1 ? " step" : " steps") + " omitted", anchor, null, -omitted, null);
    }

    /** A step still to spell out: a chain whose root step is left out, or a gap of left-out steps. */
    private record Pending(Witness chain, boolean withoutRoot, Witness emit) {
    }

    /**
     * Spells out up to {@code limit} steps, from the first (forward) or from the last.
     * An explicit stack, so shared chains nested deep cannot overflow Java's.
     */
    private List<Witness> walk(boolean forward, int limit) {
        List<Witness> out = new ArrayList<>(Math.min(limit, MAX_LENGTH + 1));
        Deque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(this, false, null));
        int visits = 0;
        while (!stack.isEmpty() && out.size() < limit && visits++ < MAX_VISITS) {
            Pending next = stack.pop();
            if (next.emit != null) {
                out.add(next.emit);
                continue;
            }
            Witness node = next.chain;
            boolean isRoot = node.previous == null;
            // A chain spelled out in order is: previous steps, the gap, this step, the callee's steps.
            List<Pending> parts = new ArrayList<>(4);
            if (node.previous != null) {
                parts.add(new Pending(node.previous, next.withoutRoot, null));
            }
            if (node.omittedBefore > 0) {
                parts.add(new Pending(null, false, gap(node.omittedBefore, node.anchor)));
            }
            if (!(isRoot && next.withoutRoot)) {
                parts.add(new Pending(null, false, node));
            }
            if (node.callee != null) {
                parts.add(new Pending(node.callee, true, null));
            }
            if (forward) {
                for (int i = parts.size() - 1; i >= 0; i--) {
                    stack.push(parts.get(i));
                }
            } else {
                for (Pending part : parts) {
                    stack.push(part);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return description;
    }
}
