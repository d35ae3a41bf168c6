package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Witness chains are shared, spelled out only when reported, and spelled out the same way however they were built. */
class StepTest {

    private static List<String> texts(Step step) {
        return step.steps().stream().map(Step::description).toList();
    }

    private static Step chain(String prefix, int length) {
        Step step = Step.start(prefix + 0, null);
        for (int i = 1; i < length; i++) {
            step = Step.then(step, prefix + i, null);
        }
        return step;
    }

    @Test
    void aCallStepIsFollowedByTheCalleesChainWithoutItsRoot() {
        Step callee = Step.then(Step.then(Step.start("argument 0", null), "stores it in A.f", null), "sends it to Logger.info", null);
        Step caller = Step.then(Step.start("reads User.email", null), "concatenates", null);
        Step combined = Step.call(caller, "passes it to A.log()", null, callee);
        assertEquals(List.of("reads User.email", "concatenates", "passes it to A.log()", "stores it in A.f", "sends it to Logger.info"),
                texts(combined));
        assertEquals(5, combined.length());
    }

    @Test
    void theCalleesChainIsSharedNotCopied() {
        Step callee = chain("callee ", 10);
        Step first = Step.call(Step.start("a", null), "passes", null, callee);
        Step second = Step.call(Step.start("b", null), "passes", null, callee);
        assertEquals(texts(first).subList(2, 11), texts(second).subList(2, 11));
        assertEquals(11, first.length());
    }

    @Test
    void aLongPathShowsItsFirstAndLastStepsAndCountsTheRest() {
        Step path = chain("step ", 100);
        List<String> shown = texts(path);
        assertEquals(Step.MAX_LENGTH, shown.size());
        assertEquals("step 0", shown.get(0));
        assertEquals("step 99", shown.get(shown.size() - 1));
        long shownSteps = shown.stream().filter(text -> text.startsWith("step ")).count();
        long omitted = shown.stream().filter(text -> text.startsWith("…"))
                .mapToLong(text -> Long.parseLong(text.replaceAll("[^0-9]", ""))).sum();
        assertEquals(100, shownSteps + omitted, shown.toString());
    }

    @Test
    void aShortPathIsShownWhole() {
        assertEquals(List.of("step 0", "step 1", "step 2"), texts(chain("step ", 3)));
    }

    @Test
    @Timeout(10)
    void chainsNestedThousandsOfCallsDeepAreSpelledOutQuickly() {
        // Each level splices the level below twice over, so the whole path has 2^2000 steps: only its ends are walked.
        Step path = Step.start("argument 0", null);
        for (int level = 0; level < 2000; level++) {
            Step inner = Step.call(Step.start("argument 0", null), "passes it to f" + level + "()", null, path);
            path = Step.call(Step.start("argument 0", null), "passes it to g" + level + "()", null, inner);
        }
        Step reported = Step.then(Step.call(Step.start("reads User.email", null), "passes it to top()", null, path),
                "sends it to Logger.info", null);
        List<String> shown = texts(reported);
        assertEquals("reads User.email", shown.get(0));
        assertEquals("sends it to Logger.info", shown.get(shown.size() - 1));
        assertEquals(Step.MAX_LENGTH, shown.size());
    }

    @Test
    void chainsStayBoundedInDepthUnderRecursion() {
        Step path = chain("step ", 10_000);
        assertEquals(10_000, path.length());
        assertSame(path, path);
        assertEquals(Step.MAX_LENGTH, texts(path).size());
    }
}
