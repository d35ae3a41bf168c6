package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue names of container and reflection operations, and that the bundled catalogue uses them. */
class ContainerAndReflectionOpsTest {

    @Test
    void everyOperationIsFoundByItsCatalogueName() {
        for (ContainerOp op : ContainerOp.values()) {
            assertEquals(Optional.of(op), ContainerOp.named(op.catalogName()));
        }
        assertEquals("add-element", ContainerOp.ADD_ELEMENT.catalogName());
        assertEquals(Optional.of(ContainerOp.OF_ELEMENTS), ContainerOp.named("of-elements"));
        assertEquals(Optional.empty(), ContainerOp.named("ADD_ELEMENT"));
        assertEquals(Optional.empty(), ContainerOp.named("add"));
        assertEquals(Optional.of(ReflectionOp.FIELD_GET), ReflectionOp.named("field-get"));
        assertEquals(Optional.of(ReflectionOp.METHOD_INVOKE), ReflectionOp.named("method-invoke"));
        assertEquals(Optional.empty(), ReflectionOp.named("field_get"));
    }

    @Test
    void theBundledCatalogueModelsTheCommonContainersAndReflection() {
        FlowCatalogs catalogs = FlowCatalogs.bundled();
        assertTrue(catalogs.containers.stream().anyMatch(entry -> entry.op() == ContainerOp.PUT_ENTRY
                && entry.pattern().internalClass().equals("java/util/Map") && entry.pattern().name().equals("put")));
        assertTrue(catalogs.containers.stream().anyMatch(entry -> entry.op() == ContainerOp.CLEAR
                && entry.pattern().name().equals("setLength")));
        for (ContainerOp op : ContainerOp.values()) {
            assertTrue(catalogs.containers.stream().anyMatch(entry -> entry.op() == op), "no catalogue entry uses " + op);
        }
        for (ReflectionOp op : ReflectionOp.values()) {
            assertTrue(catalogs.reflection.stream().anyMatch(entry -> entry.op() == op), "no catalogue entry uses " + op);
        }
    }
}
