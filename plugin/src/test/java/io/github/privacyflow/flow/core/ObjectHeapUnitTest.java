package io.github.privacyflow.flow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.Witness;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

/** The heap's own rules: strong and weak writes, joins where paths meet, escape, and its bound. */
class ObjectHeapUnitTest {

    private static final Type STRING = Type.getObjectType("java/lang/String");
    private static final BinaryOperator<TaintValue> JOIN = (a, b) -> a.join(b, a.type);

    private final LabelTable table = new LabelTable();
    private final TaintValue email = TaintValue.of(STRING, LabelSet.of(table.data("email", new DataSource("email", "contact", false, null, null)),
            Witness.start("email", null)), 0);
    private final TaintValue room = TaintValue.of(STRING, LabelSet.EMPTY, 0);

    @Test
    void aStrongWriteReplacesAndAWeakWriteJoins() {
        ObjectHeap heap = ObjectHeap.EMPTY.write(1, "A#f", email, true, JOIN);
        assertEquals(email, heap.cell(1, "A#f").value());
        assertTrue(heap.cell(1, "A#f").definite());
        ObjectHeap replaced = heap.write(1, "A#f", room, true, JOIN);
        assertEquals(room, replaced.cell(1, "A#f").value());
        ObjectHeap joined = heap.write(1, "A#f", room, false, JOIN);
        assertTrue(joined.cell(1, "A#f").value().labels.hasData(), "a write that may not happen keeps the old value");
        assertTrue(joined.cell(1, "A#f").definite(), "the old write still happened on every path");
        ObjectHeap weakFirst = ObjectHeap.EMPTY.write(1, "A#f", email, false, JOIN);
        assertFalse(weakFirst.cell(1, "A#f").definite());
        assertSame(heap, heap.write(1, "A#f", email, true, JOIN), "writing what is there changes nothing");
        assertNull(heap.cell(2, "A#f"));
        assertNull(heap.cell(1, "A#g"));
        assertEquals(java.util.Map.of(), heap.fieldsOf(2));
        assertTrue(ObjectHeap.EMPTY.fieldsOf(1).isEmpty(), "writing makes a new heap; the old one is unchanged");
    }

    @Test
    void pathsMeetingKeepBothValuesAndLoseCertainty() {
        ObjectHeap left = ObjectHeap.EMPTY.write(1, "A#f", email, true, JOIN).write(1, "A#g", room, true, JOIN);
        ObjectHeap right = ObjectHeap.EMPTY.write(1, "A#f", room, true, JOIN).write(1, "A#g", room, true, JOIN);
        ObjectHeap merged = left.merge(right, JOIN);
        assertTrue(merged.cell(1, "A#f").value().labels.hasData());
        assertTrue(merged.cell(1, "A#f").definite(), "written on both paths");
        assertTrue(merged.cell(1, "A#g").definite());
        assertSame(merged, merged.merge(right, JOIN), "merging again adds nothing");
        assertSame(left, left.merge(left, JOIN));

        ObjectHeap onlyLeft = ObjectHeap.EMPTY.write(1, "A#f", email, true, JOIN);
        ObjectHeap fromEmpty = onlyLeft.merge(ObjectHeap.EMPTY, JOIN);
        assertFalse(fromEmpty.cell(1, "A#f").definite(), "written on one path only");
        ObjectHeap intoEmpty = ObjectHeap.EMPTY.merge(onlyLeft, JOIN);
        assertFalse(intoEmpty.cell(1, "A#f").definite());
        assertEquals(email, intoEmpty.cell(1, "A#f").value());
        ObjectHeap otherField = ObjectHeap.EMPTY.write(1, "A#g", room, true, JOIN);
        ObjectHeap both = onlyLeft.merge(otherField, JOIN);
        assertFalse(both.cell(1, "A#f").definite());
        assertFalse(both.cell(1, "A#g").definite());
    }

    @Test
    void escapeIsKeptAndJoined() {
        ObjectHeap escaped = ObjectHeap.EMPTY.escape(3);
        assertTrue(escaped.escaped(3));
        assertFalse(escaped.escaped(4));
        assertSame(escaped, escaped.escape(3));
        ObjectHeap merged = ObjectHeap.EMPTY.merge(escaped, JOIN);
        assertTrue(merged.escaped(3), "escaped on one path is escaped");
        assertSame(escaped, escaped.merge(ObjectHeap.EMPTY, JOIN));
        assertEquals(escaped, ObjectHeap.EMPTY.escape(3));
        assertEquals(escaped.hashCode(), ObjectHeap.EMPTY.escape(3).hashCode());
        assertNotEquals(escaped, ObjectHeap.EMPTY);
        assertNotEquals(ObjectHeap.EMPTY.write(1, "A#f", email, true, JOIN), ObjectHeap.EMPTY);
    }

    @Test
    void pastItsBoundNewObjectsAreTreatedAsEscaped() {
        ObjectHeap heap = ObjectHeap.EMPTY;
        for (int id = 1; id <= ObjectHeap.MAX_OBJECTS; id++) {
            heap = heap.write(id, "A#f", room, true, JOIN);
        }
        assertFalse(heap.escaped(ObjectHeap.MAX_OBJECTS));
        ObjectHeap full = heap.write(ObjectHeap.MAX_OBJECTS + 1, "A#f", email, true, JOIN);
        assertNull(full.cell(ObjectHeap.MAX_OBJECTS + 1, "A#f"));
        assertTrue(full.escaped(ObjectHeap.MAX_OBJECTS + 1));
        assertEquals(email, full.write(1, "A#f", email, true, JOIN).cell(1, "A#f").value(), "known objects still take writes");
    }
}
