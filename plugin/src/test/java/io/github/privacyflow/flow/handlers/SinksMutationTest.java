package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.policy.PolicyLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether data sent to a sink is kept: by its kind, or by what the agreement says its processor receives. */
class SinksMutationTest {

    private final Sinks sinks = new Sinks(List.of(), PolicyLoader.loadDefault());

    private static SinkSpec processor(String name) {
        return new SinkSpec(null, name, SinkSpec.Sunk.ALL, 0, "test");
    }

    @Test
    void aProcessorStoresWhenTheAgreementGivesItAStorageSink() {
        // mysql receives jdbc and jpa, cloud-object-storage object-storage: all storage.
        assertTrue(sinks.stores(processor("mysql")));
        assertTrue(sinks.stores(processor("cloud-object-storage")));
    }

    @Test
    void aProcessorThatOnlyLogsOrIsUnknownDoesNotStore() {
        assertFalse(sinks.stores(processor("cloud-log-service")));
        assertFalse(sinks.stores(processor("no-such-processor")));
    }

    @Test
    void aSinkWithAKindStoresByItsKind() {
        assertTrue(sinks.stores(new SinkSpec("jdbc", null, SinkSpec.Sunk.ALL, 0, "test")));
        assertFalse(sinks.stores(new SinkSpec("logging", "mysql", SinkSpec.Sunk.ALL, 0, "test")));
    }
}
