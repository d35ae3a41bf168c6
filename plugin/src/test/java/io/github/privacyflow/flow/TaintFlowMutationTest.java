package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.policy.PolicyLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow's data goes to the processor an @Sink names, or else to every processor the policy gives its sink kind. */
class TaintFlowMutationTest {

    @Test
    void anAtSinkFlowGoesToTheProcessorItNames() {
        TaintFlow flow = new TaintFlow(null, 3, "Crm.push", null, "Mailchimp", List.of());
        assertEquals(List.of("Mailchimp"), flow.receivingProcessors(PolicyLoader.loadDefault()));
        assertEquals("Crm.push (@Sink processor Mailchimp)", flow.describeSink());
    }

    @Test
    void aSinkKindFlowGoesToThePolicysProcessorsOfThatKind() {
        TaintFlow flow = new TaintFlow(null, 3, "Logger.info", "logging", null, List.of());
        assertEquals(List.of("cloud-log-service"), flow.receivingProcessors(PolicyLoader.loadDefault()));
        assertEquals("Logger.info (logging)", flow.describeSink());
    }
}
