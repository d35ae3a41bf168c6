package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.finding.Anchor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact shape of spelled-out paths: where they are cut, what the gaps say, and where a gap points. */
class WitnessMutationTest {

    private static List<String> texts(Witness step) {
        return step.steps().stream().map(Witness::description).toList();
    }

    private static Anchor at(int line) {
        return new Anchor.AtCode(null, line, "line " + line);
    }

    private static Witness chain(int length) {
        Witness step = Witness.start("step 0", at(0));
        for (int i = 1; i < length; i++) {
            step = Witness.then(step, "step " + i, at(i));
        }
        return step;
    }

    private static List<String> steps(int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            texts.add("step " + i);
        }
        return texts;
    }

    @Test
    void aPathOfExactlyTheLongestShownLengthIsShownWhole() {
        assertEquals(steps(0, Witness.MAX_LENGTH - 1), texts(chain(Witness.MAX_LENGTH)));
    }

    @Test
    void aPathOneStepTooLongShowsItsEndsWithGapsForWhatIsLeftOut() {
        // The chain itself dropped step 23 when step 24 joined it (its depth is bounded), so the
        // path shows that dropped step as a gap of its own next to the walk's gap.
        assertEquals(List.of("step 0", "step 1", "step 2", "step 3", "step 4", "step 5", "step 6", "step 7", "step 8", "step 9",
                "step 10", "step 11", "… 2 steps omitted", "step 14", "step 15", "step 16", "step 17", "step 18", "step 19",
                "step 20", "step 21", "step 22", "… 1 step omitted", "step 24"), texts(chain(25)));
        assertEquals(25, chain(25).length());
    }

    @Test
    void aGapPointsAtTheStepThatFollowsIt() {
        List<Witness> shown = chain(40).steps();
        Witness gap = shown.get(Witness.MAX_LENGTH / 2);
        Witness after = shown.get(Witness.MAX_LENGTH / 2 + 1);
        assertEquals("… 2 steps omitted", gap.description());
        assertEquals(after.anchor(), gap.anchor());
    }

    @Test
    void aChainDeeperThanTheVisitBudgetIsCutWithAGap() {
        // Roots that only hand on a callee's chain spell out nothing themselves: a walk through
        // 200,000 of them spends its visits before it reaches the step at the bottom.
        Witness nested = Witness.then(Witness.start("argument 0", at(1)), "deep step", at(2));
        for (int level = 0; level < 200_000; level++) {
            nested = Witness.call(null, "hands on", at(3), nested);
        }
        Witness top = Witness.call(Witness.start("top", at(4)), "passes", at(5), nested);
        assertEquals(List.of("top", "passes", "… 1 step omitted"), texts(top));
        assertEquals(at(5), top.steps().get(2).anchor());
    }

    @Test
    void aStepPrintsAsItsDescription() {
        assertEquals("reads User.email", Witness.start("reads User.email", null).toString());
    }
}
