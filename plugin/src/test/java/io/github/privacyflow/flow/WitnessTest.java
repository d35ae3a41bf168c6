package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Witness chains are shared, spelled out only when reported, and spelled out the same way however they were built. */
class WitnessTest {

    private static List<String> texts(Witness step) {
        return step.steps().stream().map(Witness::description).toList();
    }

    private static Witness chain(String prefix, int length) {
        Witness step = Witness.start(prefix + 0, null);
        for (int i = 1; i < length; i++) {
            step = Witness.then(step, prefix + i, null);
        }
        return step;
    }

    @Test
    void aCallStepIsFollowedByTheCalleesChainWithoutItsRoot() {
        Witness callee = Witness.then(Witness.then(Witness.start("argument 0", null), "stores it in A.f", null), "sends it to Logger.info", null);
        Witness caller = Witness.then(Witness.start("reads User.email", null), "concatenates", null);
        Witness combined = Witness.call(caller, "passes it to A.log()", null, callee);
        assertEquals(List.of("reads User.email", "concatenates", "passes it to A.log()", "stores it in A.f", "sends it to Logger.info"),
                texts(combined));
        assertEquals(5, combined.length());
    }

    @Test
    void theCalleesChainIsSharedNotCopied() {
        Witness callee = chain("callee ", 10);
        Witness first = Witness.call(Witness.start("a", null), "passes", null, callee);
        Witness second = Witness.call(Witness.start("b", null), "passes", null, callee);
        assertEquals(texts(first).subList(2, 11), texts(second).subList(2, 11));
        assertEquals(11, first.length());
    }

    @Test
    void aLongPathShowsItsFirstAndLastStepsAndCountsTheRest() {
        Witness path = chain("step ", 100);
        List<String> shown = texts(path);
        assertEquals(Witness.MAX_LENGTH, shown.size());
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
        Witness path = Witness.start("argument 0", null);
        for (int level = 0; level < 2000; level++) {
            Witness inner = Witness.call(Witness.start("argument 0", null), "passes it to f" + level + "()", null, path);
            path = Witness.call(Witness.start("argument 0", null), "passes it to g" + level + "()", null, inner);
        }
        Witness reported = Witness.then(Witness.call(Witness.start("reads User.email", null), "passes it to top()", null, path),
                "sends it to Logger.info", null);
        List<String> shown = texts(reported);
        assertEquals("reads User.email", shown.get(0));
        assertEquals("sends it to Logger.info", shown.get(shown.size() - 1));
        assertEquals(Witness.MAX_LENGTH, shown.size());
    }

    @Test
    void chainsStayBoundedInDepthUnderRecursion() {
        Witness path = chain("step ", 10_000);
        assertEquals(10_000, path.length());
        assertSame(path, path);
        assertEquals(Witness.MAX_LENGTH, texts(path).size());
    }
}
