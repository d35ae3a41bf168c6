package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** A call chain is a list of methods, caller first, bounded in length and free of repeats. */
class CallChainMutationTest {

    private static final List<MethodModel> METHODS = methods(100);

    private static List<MethodModel> methods(int count) {
        ClassNode node = new ClassNode();
        node.version = Opcodes.V17;
        node.access = Opcodes.ACC_PUBLIC;
        node.name = "org/example/Calls";
        node.superName = "java/lang/Object";
        for (int i = 0; i < count; i++) {
            node.methods.add(new MethodNode(Opcodes.ACC_PUBLIC, "m" + i, "()V", null, null));
        }
        return new ClassModel(node, Path.of("Calls.class")).methods();
    }

    private static MethodModel m(int i) {
        return METHODS.get(i);
    }

    /** The chain m(first), ..., m(last): built from the sink's method up, so the last is where the sink is. */
    private static CallChain chain(int first, int last) {
        CallChain chain = CallChain.of(m(last));
        for (int i = last - 1; i >= first; i--) {
            chain = chain.calledFrom(m(i));
        }
        return chain;
    }

    @Test
    void aCallerComesFirst() {
        CallChain chain = chain(0, 2);
        assertEquals(3, chain.size());
        assertSame(m(0), chain.get(0));
        assertSame(m(1), chain.get(1));
        assertSame(m(2), chain.get(2));
    }

    @Test
    void aCallerAlreadyOnTheChainLeavesItAsItIs() {
        CallChain chain = chain(3, 6);
        assertSame(chain, chain.calledFrom(m(5)));
        assertSame(chain, chain.calledFrom(m(6)));
    }

    @Test
    void aChainStopsGrowingAtItsLongest() {
        CallChain longest = chain(100 - CallChain.MAX_LENGTH, 99);
        assertEquals(CallChain.MAX_LENGTH, longest.size());
        assertSame(longest, longest.calledFrom(m(0)));
        assertEquals(CallChain.MAX_LENGTH, chain(0, 99).size());
        assertEquals(CallChain.MAX_LENGTH - 1, chain(101 - CallChain.MAX_LENGTH, 99).size());
        assertEquals(CallChain.MAX_LENGTH, chain(101 - CallChain.MAX_LENGTH, 99).calledFrom(m(0)).size());
    }

    @Test
    void containsFindsEveryMethodOnTheChainAndNoOther() {
        CallChain chain = chain(10, 14);
        for (int i = 10; i <= 14; i++) {
            assertTrue(chain.contains(m(i)), "m" + i);
        }
        assertFalse(chain.contains(m(9)));
        assertFalse(chain.contains(m(15)));
        assertFalse(chain.contains("m10"));
    }

    @Test
    void positionsOutsideTheChainAreOutOfBounds() {
        CallChain chain = chain(0, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> chain.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> chain.get(-1));
    }

    @Test
    void theIteratorWalksTheChainAndThenStops() {
        Iterator<MethodModel> methods = chain(0, 2).iterator();
        List<MethodModel> seen = new ArrayList<>();
        while (methods.hasNext()) {
            seen.add(methods.next());
        }
        assertEquals(List.of(m(0), m(1), m(2)), seen);
        assertFalse(methods.hasNext());
        assertThrows(NoSuchElementException.class, methods::next);
    }

    @Test
    void aChainEqualsAnyListOfTheSameMethodsInTheSameOrder() {
        CallChain chain = chain(0, 2);
        assertTrue(chain.equals(chain));
        assertEquals(List.of(m(0), m(1), m(2)), chain);
        assertTrue(chain.equals(new LinkedList<>(List.of(m(0), m(1), m(2)))));
        assertTrue(chain.equals(chain(0, 2)));
        assertEquals(List.of(m(0), m(1), m(2)).hashCode(), chain.hashCode());
    }

    @Test
    void aChainDiffersFromOtherMethodsOtherOrdersOtherLengthsAndNonLists() {
        CallChain chain = chain(0, 2);
        assertFalse(chain.equals(List.of(m(0), m(2), m(1))));
        assertFalse(chain.equals(List.of(m(0), m(1), m(3))));
        assertFalse(chain.equals(List.of(m(0), m(1))));
        assertFalse(chain.equals(Set.of(m(0), m(1), m(2))));
        assertNotEquals(chain(0, 2).hashCode(), chain(1, 3).hashCode());
    }
}
