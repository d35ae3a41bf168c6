package io.github.privacyflow.flow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** What a summary keeps, how two runs' summaries join, and when two summaries are the same to callers. */
class SummaryTest {

    private static final MethodModel SINK = method();
    private static final SinkSpec LOGGING = new SinkSpec("logging", null, SinkSpec.Sunk.ALL, 0, "built-in");
    private static final SinkSpec JDBC = new SinkSpec("jdbc", null, SinkSpec.Sunk.ALL, 0, "built-in");

    private final LabelTable table = new LabelTable();

    private static MethodModel method() {
        ClassNode node = new ClassNode();
        node.version = Opcodes.V17;
        node.access = Opcodes.ACC_PUBLIC;
        node.name = "org/example/Service";
        node.superName = "java/lang/Object";
        node.methods.add(new MethodNode(Opcodes.ACC_PUBLIC, "save", "()V", null, null));
        return new ClassModel(node, Path.of("Service.class")).methods().get(0);
    }

    private LabelSet parameter(int index) {
        return LabelSet.of(table.parameter(index), Witness.start("argument " + index, null));
    }

    private LabelSet data(String name) {
        return LabelSet.of(table.data("field " + name, new DataSource(name, "contact", false, null, null)), Witness.start(name, null));
    }

    private SinkReach hit(int line, SinkSpec spec, LabelSet labels) {
        return SinkReach.at(SINK, line, "Sink.call", spec, labels, true);
    }

    @Test
    void eachParameterKeepsAtMostItsShareOfSinkSitesAndFields() {
        Summary summary = new Summary();
        for (int line = 1; line <= Summary.MAX_SITES_PER_PARAMETER + 5; line++) {
            summary.addParameterHit(hit(line, LOGGING, parameter(0)));
        }
        assertEquals(Summary.MAX_SITES_PER_PARAMETER, summary.parameterHits.size());
        // Another parameter still has its own share.
        summary.addParameterHit(hit(1000, LOGGING, parameter(1)));
        assertEquals(Summary.MAX_SITES_PER_PARAMETER + 1, summary.parameterHits.size());
        // A site already kept takes more labels whatever the share.
        summary.addParameterHit(hit(1, LOGGING, parameter(2)));
        assertTrue(summary.parameterHits.get(hit(1, LOGGING, parameter(0)).siteKey()).labels().contains(table.parameter(2)));

        for (int field = 0; field < Summary.MAX_FIELDS_PER_PARAMETER + 3; field++) {
            summary.addFieldWrite("org/example/A#f" + field, parameter(0));
        }
        assertEquals(Summary.MAX_FIELDS_PER_PARAMETER, summary.fieldWrites.size());
        summary.addFieldWrite("org/example/A#f0", parameter(3));
        assertEquals(Set.of(table.parameter(0), table.parameter(3)), Set.copyOf(summary.fieldWrites.get("org/example/A#f0").labels()));
        summary.addFieldWrite("org/example/A#other", parameter(1));
        assertTrue(summary.fieldWrites.containsKey("org/example/A#other"));
    }

    @Test
    void unconsentedStoresKeepTheFirstStoreOfDataAndTheFirstStoreOfEachParameter() {
        Summary summary = new Summary();
        summary.addUnconsentedStore(hit(1, JDBC, data("email")));
        summary.addUnconsentedStore(hit(2, JDBC, data("phone")));
        assertEquals(1, summary.unconsentedStores.size());
        summary.addUnconsentedStore(hit(3, JDBC, parameter(0)));
        summary.addUnconsentedStore(hit(4, JDBC, parameter(0)));
        summary.addUnconsentedStore(hit(5, JDBC, parameter(1)));
        assertEquals(List.of(1, 3, 5), summary.unconsentedStores.values().stream().map(SinkReach::line).toList());
        // A site already kept gains the labels of a later store at it.
        summary.addUnconsentedStore(hit(3, JDBC, data("phone")));
        assertTrue(summary.unconsentedStores.get(hit(3, JDBC, parameter(0)).siteKey()).labels().hasData());
    }

    @Test
    void aStoreOfOnlyParametersAfterADataStoreIsStillKeptForItsParameter() {
        Summary summary = new Summary();
        summary.addUnconsentedStore(hit(3, JDBC, parameter(0)));
        summary.addUnconsentedStore(hit(4, JDBC, data("email")));
        assertEquals(2, summary.unconsentedStores.size());
    }

    @Test
    void joiningKeepsWhatEitherRunFoundWithThePreviousFirst() {
        Summary previous = new Summary();
        previous.returned = parameter(0);
        previous.returnedTags = 1;
        previous.addArgumentMutation(0, parameter(1));
        previous.addFieldWrite("org/example/A#f", parameter(0));
        previous.addParameterHit(hit(1, LOGGING, parameter(0)));
        previous.addUnconsentedStore(hit(2, JDBC, parameter(0)));
        previous.argumentFields.put(0, new java.util.LinkedHashMap<>(Map.of("org/example/A#f",
                new Summary.FieldFact(parameter(1), Type.getObjectType("java/lang/String"), true))));
        Summary fresh = new Summary();
        fresh.returned = parameter(1);
        fresh.returnedTags = 2;
        fresh.establishesConsent = true;
        fresh.argumentFields.put(0, new java.util.LinkedHashMap<>(Map.of("org/example/A#f",
                new Summary.FieldFact(parameter(2), Type.getObjectType("java/lang/String"), false))));

        Summary joined = fresh.joinedOnto(previous);
        assertEquals(Set.of(table.parameter(0), table.parameter(1)), Set.copyOf(joined.returned.labels()));
        assertEquals(3, joined.returnedTags);
        assertEquals(Set.of(0), joined.argumentMutations.keySet());
        assertEquals(Set.of("org/example/A#f"), joined.fieldWrites.keySet());
        assertEquals(1, joined.parameterHits.size());
        assertEquals(1, joined.unconsentedStores.size());
        assertTrue(joined.establishesConsent);
        Summary.FieldFact fact = joined.argumentFields.get(0).get("org/example/A#f");
        assertEquals(Set.of(table.parameter(1), table.parameter(2)), Set.copyOf(fact.labels().labels()));
        assertFalse(fact.definite());
        assertSame(fresh, fresh.joinedOnto(null));
    }

    @Test
    void summariesAreTheSameToCallersOnlyWhenEveryPartIs() {
        assertTrue(new Summary().sameAs(new Summary()));
        assertFalse(new Summary().sameAs(null));
        assertEquals(new Summary(), new Summary());
        assertEquals(new Summary().hashCode(), new Summary().hashCode());
        List<java.util.function.Consumer<Summary>> changes = List.of(
                s -> s.returned = parameter(0),
                s -> s.returnedTags = 4,
                s -> s.establishesConsent = true,
                s -> s.addArgumentMutation(0, parameter(1)),
                s -> s.addFieldWrite("org/example/A#f", parameter(0)),
                s -> s.addParameterHit(hit(1, LOGGING, parameter(0))),
                s -> s.addUnconsentedStore(hit(2, JDBC, parameter(0))),
                s -> s.returnsFresh = true,
                s -> s.returnedEscaped = true,
                s -> s.returnedFields.put("org/example/A#f", new Summary.FieldFact(parameter(0), null, true)),
                s -> s.argumentFields.put(0, Map.of("org/example/A#f", new Summary.FieldFact(parameter(0), null, true))));
        for (java.util.function.Consumer<Summary> change : changes) {
            Summary changed = new Summary();
            change.accept(changed);
            assertFalse(changed.sameAs(new Summary()), "a change callers see must make the summaries differ");
            assertFalse(new Summary().sameAs(changed));
            assertNotEquals(new Summary(), changed);
        }
    }

    @Test
    void hitsAtTheSameSitesDifferWhenTheirLabelsOrConsentDo() {
        Summary one = new Summary();
        one.addParameterHit(hit(1, LOGGING, parameter(0)));
        Summary other = new Summary();
        other.addParameterHit(hit(1, LOGGING, parameter(1)));
        assertFalse(one.sameAs(other));
        Summary consented = new Summary();
        consented.addParameterHit(SinkReach.at(SINK, 1, "Sink.call", LOGGING, parameter(0), false));
        assertFalse(one.sameAs(consented));
        Summary same = new Summary();
        same.addParameterHit(hit(1, LOGGING, parameter(0)));
        assertTrue(one.sameAs(same));
        assertEquals(List.copyOf(one.parameterHits.values()), one.parameterHitList());
    }

    @Test
    void wideningFoldsEveryPartPastItsBound() {
        Summary summary = new Summary();
        LabelSet many = LabelSet.EMPTY;
        for (int i = 0; i < Summary.MAX_DATA_LABELS + 8; i++) {
            many = many.union(data("field" + i));
        }
        summary.returned = many;
        summary.addArgumentMutation(0, many.union(parameter(0)));
        summary.addFieldWrite("org/example/A#f", parameter(0));
        summary.fieldWrites.put("org/example/A#g", many);
        summary.parameterHits.put("site", hit(1, LOGGING, many));
        summary.unconsentedStores.put("store", hit(2, JDBC, many));
        summary.argumentFields.put(0, new java.util.LinkedHashMap<>(Map.of("org/example/A#f", new Summary.FieldFact(many, null, true))));
        summary.returnedFields.put("org/example/A#f", new Summary.FieldFact(many, null, true));
        summary.widened(table);
        int bound = Summary.MAX_DATA_LABELS;
        assertTrue(dataCount(summary.returned) <= bound);
        assertTrue(dataCount(summary.argumentMutations.get(0)) <= bound);
        assertTrue(summary.argumentMutations.get(0).contains(table.parameter(0)), "parameters are never folded");
        assertTrue(dataCount(summary.fieldWrites.get("org/example/A#g")) <= bound);
        assertTrue(dataCount(summary.parameterHits.get("site").labels()) <= bound);
        assertTrue(dataCount(summary.unconsentedStores.get("store").labels()) <= bound);
        assertTrue(dataCount(summary.argumentFields.get(0).get("org/example/A#f").labels()) <= bound);
        assertTrue(dataCount(summary.returnedFields.get("org/example/A#f").labels()) <= bound);
    }

    private static int dataCount(LabelSet set) {
        return (int) set.labels().stream().filter(Label::isData).count();
    }

    @Test
    void theArgumentsAMethodKeepsAreThoseItStoresReturnsOrPutsElsewhere() {
        Summary summary = new Summary();
        assertEquals(Set.of(), summary.retainedArguments());
        summary.returned = parameter(0);
        summary.addArgumentMutation(2, parameter(1));
        summary.addFieldWrite("org/example/A#f", parameter(3));
        summary.argumentFields.put(0, Map.of("org/example/A#g", new Summary.FieldFact(parameter(4), null, true)));
        summary.returnedFields.put("org/example/A#h", new Summary.FieldFact(parameter(5), null, true));
        // A field of an argument read back is not the argument itself.
        summary.returned = summary.returned.union(LabelSet.of(table.argumentField(6, "org/example/A#f"), null));
        assertEquals(Set.of(0, 1, 3, 4, 5), summary.retainedArguments());
    }
}
