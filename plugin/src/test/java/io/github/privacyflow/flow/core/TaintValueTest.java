package io.github.privacyflow.flow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.Witness;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

/** Values: shared untainted primitives, joins that forget differing identities, and equality on every part. */
class TaintValueTest {

    private static final Type STRING = Type.getObjectType("java/lang/String");
    private final LabelTable table = new LabelTable();
    private final LabelSet email = LabelSet.of(table.data("email", new DataSource("email", "contact", false, null, null)),
            Witness.start("email", null));

    @Test
    void untaintedPrimitivesAreSharedAndSmallIntsBecomeInt() {
        assertSame(TaintValue.INT, TaintValue.of(Type.BOOLEAN_TYPE, LabelSet.EMPTY, 0));
        assertSame(TaintValue.INT, TaintValue.of(Type.CHAR_TYPE, LabelSet.EMPTY, 0));
        assertSame(TaintValue.LONG, TaintValue.of(Type.LONG_TYPE, LabelSet.EMPTY, 0));
        assertSame(TaintValue.FLOAT, TaintValue.of(Type.FLOAT_TYPE, LabelSet.EMPTY, 0));
        assertSame(TaintValue.DOUBLE, TaintValue.of(Type.DOUBLE_TYPE, LabelSet.EMPTY, 0));
        assertEquals(Type.INT_TYPE, TaintValue.of(Type.BYTE_TYPE, email, 0).type);
        assertEquals(2, TaintValue.of(Type.LONG_TYPE, email, 0).getSize());
        assertEquals(1, TaintValue.of(STRING, email, 0).getSize());
        assertTrue(TaintValue.of(STRING, LabelSet.EMPTY, 0).isReference());
        assertTrue(TaintValue.of(Type.getType("[I"), LabelSet.EMPTY, 0).isReference());
        assertEquals(false, TaintValue.INT.isReference());
        assertEquals(false, TaintValue.UNINITIALIZED.isReference());
    }

    @Test
    void joinsKeepCommonPartsAndNullTakesTheOthersIdentity() {
        TaintValue one = TaintValue.of(STRING, email, 5).withConstant("a").withField("A#f").withTags(1);
        TaintValue other = TaintValue.of(STRING, LabelSet.EMPTY, 6).withConstant("b").withField("A#g").withTags(2);
        TaintValue joined = one.join(other, STRING);
        assertEquals(0, joined.objectId);
        assertNull(joined.constant);
        assertNull(joined.field);
        assertEquals(3, joined.tags);
        assertTrue(joined.labels.hasData());
        TaintValue same = one.join(one, STRING);
        assertEquals(5, same.objectId);
        assertEquals("a", same.constant);
        assertEquals("A#f", same.field);
        TaintValue nothing = TaintValue.of(TaintValue.NULL_TYPE, LabelSet.EMPTY, 0);
        assertEquals(5, one.join(nothing, STRING).objectId);
        assertEquals(5, nothing.join(one, STRING).objectId);
    }

    @Test
    void equalityCoversEveryPart() {
        TaintValue base = TaintValue.of(STRING, email, 5);
        assertEquals(base, TaintValue.of(STRING, email, 5));
        assertEquals(base.hashCode(), TaintValue.of(STRING, email, 5).hashCode());
        assertNotEquals(base, TaintValue.of(STRING, LabelSet.EMPTY, 5));
        assertNotEquals(base, TaintValue.of(STRING, email, 6));
        assertNotEquals(base, base.withTags(1));
        assertNotEquals(base, base.withField("A#f"));
        assertNotEquals(base, base.withConstant(1));
        assertNotEquals(base, base.withType(Type.getObjectType("java/lang/Object")));
        assertNotEquals(base, base.withObjectId(7));
        assertEquals(7, base.withObjectId(7).objectId);
        assertSame(base, base.withLabels(base.labels));
        assertSame(base, base.withTags(0));
        assertSame(base, base.absorb(LabelSet.EMPTY, 0));
        assertEquals(4, base.absorb(LabelSet.EMPTY, 4).tags);
        TaintValue other = TaintValue.of(STRING, LabelSet.EMPTY, 9);
        assertEquals(9, base.sameObjectAs(other).objectId);
        assertTrue(base.toString().contains("#5"));
    }
}
