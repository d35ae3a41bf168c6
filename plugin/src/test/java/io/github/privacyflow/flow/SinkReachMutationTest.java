package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** A sink hit stays unconsented only while no caller on its way passed a consent gate. */
class SinkReachMutationTest {

    private static final List<MethodModel> METHODS = methods();
    private static final SinkSpec LOGGING = new SinkSpec("logging", null, SinkSpec.Sunk.ALL, 0, "built-in");

    private static List<MethodModel> methods() {
        ClassNode node = new ClassNode();
        node.version = Opcodes.V17;
        node.access = Opcodes.ACC_PUBLIC;
        node.name = "org/example/Service";
        node.superName = "java/lang/Object";
        for (String name : List.of("sink", "caller", "outer")) {
            node.methods.add(new MethodNode(Opcodes.ACC_PUBLIC, name, "()V", null, null));
        }
        return new ClassModel(node, Path.of("Service.class")).methods();
    }

    private final LabelTable table = new LabelTable();
    private final LabelSet labels = LabelSet.of(table.parameter(1), Witness.start("argument 1", null));

    private SinkReach hit(boolean unconsented) {
        return SinkReach.at(METHODS.get(0), 12, "Logger.info", LOGGING, labels, unconsented);
    }

    @Test
    void aHitKeepsWhetherItWasConsented() {
        assertTrue(hit(true).unconsented());
        assertFalse(hit(false).unconsented());
    }

    @Test
    void consentAtTheCallEndsUnconsentedness() {
        assertFalse(hit(true).fromCaller(METHODS.get(1), labels, true).unconsented());
        assertTrue(hit(true).fromCaller(METHODS.get(1), labels, false).unconsented());
        assertFalse(hit(false).fromCaller(METHODS.get(1), labels, false).unconsented());
        assertFalse(hit(false).fromCaller(METHODS.get(1), labels, true).unconsented());
    }

    @Test
    void aHitSeenFromCallersGrowsItsChainCallerFirst() {
        SinkReach seen = hit(true).fromCaller(METHODS.get(1), labels, false).fromCaller(METHODS.get(2), labels, false);
        assertEquals(List.of(METHODS.get(2), METHODS.get(1), METHODS.get(0)), seen.chain());
        assertEquals(hit(true).siteKey(), seen.siteKey());
    }

    @Test
    void theSameLabelsGiveTheSameHitAndOtherLabelsANewOne() {
        SinkReach hit = hit(true);
        assertSame(hit, hit.withLabels(labels));
        LabelSet other = LabelSet.of(table.parameter(2), Witness.start("argument 2", null));
        SinkReach relabelled = hit.withLabels(other);
        assertNotSame(hit, relabelled);
        assertSame(other, relabelled.labels());
        assertSame(labels, hit.labels());
        assertEquals(hit.siteKey(), relabelled.siteKey());
        assertTrue(relabelled.unconsented());
    }
}
