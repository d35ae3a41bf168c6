package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Combining the answers of library models, operand by operand. */
class CallFlowMutationTest {

    @Test
    void anUndecidedResultTakesTheLaterModelsResult() {
        CallFlow undecided = new CallFlow(null, false, false, 0);
        assertEquals(CallFlow.Result.RECEIVER,
                undecided.then(new CallFlow(CallFlow.Result.RECEIVER, false, false, 0)).result());
        assertEquals(CallFlow.Result.NOTHING, new CallFlow(CallFlow.Result.NOTHING, false, false, 0)
                .then(new CallFlow(CallFlow.Result.RECEIVER, false, false, 0)).result());
    }

    @Test
    void eachFlagIsKeptWhenEitherSideSetsIt() {
        CallFlow neither = new CallFlow(null, false, false, 0);
        CallFlow into = new CallFlow(null, true, false, 1);
        CallFlow returns = new CallFlow(null, false, true, 2);

        assertEquals(new CallFlow(null, true, false, 1), into.then(neither));
        assertEquals(new CallFlow(null, true, false, 1), neither.then(into));
        assertEquals(new CallFlow(null, false, true, 2), returns.then(neither));
        assertEquals(new CallFlow(null, false, true, 2), neither.then(returns));
        assertEquals(new CallFlow(null, true, true, 3), into.then(returns));
        assertEquals(new CallFlow(null, false, false, 0), neither.then(new CallFlow(null, false, false, 0)));
    }

}
