package io.github.privacyflow.flow;

import io.github.privacyflow.engine.Anchor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One step of how a label reached a value, linked to the step before it; the chain from a
 * source to a sink is the path a flow finding prints. Immutable and shared between values.
 */
public final class Step {

    /** Paths longer than this keep their start and end: the middle of a long chain explains little. */
    static final int MAX_LENGTH = 24;

    private final String description;
    private final Anchor anchor;
    private final Step previous;
    private final int length;
    private final int omittedBefore;

    private Step(String description, Anchor anchor, Step previous, int omittedBefore) {
        this.description = description;
        this.anchor = anchor;
        this.previous = previous;
        this.length = previous == null ? 1 : previous.length + 1;
        this.omittedBefore = omittedBefore;
    }

    /**
     * Starts a chain.
     *
     * @param description what happens, e.g. "reads Participant.email"
     * @param anchor where
     * @return the first step
     */
    public static Step start(String description, Anchor anchor) {
        return new Step(description, anchor, null, 0);
    }

    /**
     * Appends a step.
     *
     * @param previous the chain so far, or {@code null} to start one
     * @param description what happens
     * @param anchor where
     * @return the longer chain
     */
    public static Step then(Step previous, String description, Anchor anchor) {
        if (previous != null && previous.length >= MAX_LENGTH) {
            // Keep the chain bounded under recursion: drop the newest middle step, and count it.
            return new Step(description, anchor, previous.previous, previous.omittedBefore + 1);
        }
        return new Step(description, anchor, previous, 0);
    }

    /**
     * Appends another chain (a callee's, rooted at a parameter) after this one, dropping that
     * chain's root step, which only said "parameter i".
     *
     * @param prefix the chain up to the call, may be {@code null}
     * @param suffix the callee's chain, may be {@code null}
     * @return the combined chain
     */
    public static Step append(Step prefix, Step suffix) {
        if (suffix == null) {
            return prefix;
        }
        List<Step> tail = suffix.steps();
        Step combined = prefix;
        for (int i = 1; i < tail.size(); i++) {
            combined = then(combined, tail.get(i).description, tail.get(i).anchor);
        }
        return combined;
    }

    /** @return what happens at this step */
    public String description() {
        return description;
    }

    /** @return where it happens */
    public Anchor anchor() {
        return anchor;
    }

    /**
     * Returns the chain from its first step to this one.
     *
     * @return the steps, oldest first
     */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>(length + 1);
        for (Step cursor = this; cursor != null; cursor = cursor.previous) {
            steps.add(cursor);
            if (cursor.omittedBefore > 0) {
                steps.add(new Step("… " + cursor.omittedBefore + (cursor.omittedBefore == 1 ? " step" : " steps")
                        + " omitted", cursor.anchor, null, 0));
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    @Override
    public String toString() {
        return description;
    }
}
