package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Label sets: built in any order they come out sorted by id, searched by id, and compared by their labels alone. */
class LabelSetMutationTest {

    private final LabelTable table = new LabelTable();

    private static Witness step(String text) {
        return Witness.start(text, null);
    }

    private Label data(String name) {
        return table.data("field " + name, new DataSource(name, "contact", false, null, null));
    }

    private LabelSet parameters(int... indexes) {
        LabelSet.Builder builder = new LabelSet.Builder();
        for (int index : indexes) {
            builder.add(table.parameter(index), step("argument " + index));
        }
        return builder.build();
    }

    private static List<Integer> ids(LabelSet set) {
        List<Integer> ids = new ArrayList<>();
        for (Label label : set.labels()) {
            ids.add(label.id());
        }
        return ids;
    }

    @Test
    void theBuilderChainsAddsAndAddAlls() {
        LabelSet set = new LabelSet.Builder()
                .add(table.parameter(3), step("a"))
                .addAll(LabelSet.EMPTY)
                .addAll(LabelSet.of(table.parameter(1), step("b")))
                .addAll(LabelSet.of(table.parameter(2), step("c")))
                .add(table.parameter(0), step("d"))
                .build();
        assertEquals(List.of(0, 1, 2, 3), ids(set));
    }

    @Test
    void aSetAddedAloneIsTheResultItself() {
        LabelSet only = parameters(4, 7);
        // Building a set that is one set added whole must not copy it: loops build many such sets.
        assertSame(only, new LabelSet.Builder().addAll(LabelSet.EMPTY).addAll(only).build());
    }

    @Test
    void twoSetsAddedWholeAreBothKept() {
        LabelSet built = new LabelSet.Builder().addAll(parameters(5)).addAll(parameters(2)).addAll(parameters(9)).build();
        assertEquals(List.of(2, 5, 9), ids(built));
    }

    @Test
    void aSetKeptWholeIsNotLostWhenASingleLabelFollows() {
        LabelSet built = new LabelSet.Builder().addAll(parameters(6, 8)).add(table.parameter(1), step("x")).build();
        assertEquals(List.of(1, 6, 8), ids(built));
    }

    @Test
    void manyLabelsAddedInReverseOrderComeOutSortedById() {
        LabelSet.Builder builder = new LabelSet.Builder();
        for (int index = 40; index >= 0; index--) {
            builder.add(table.parameter(index), step("argument " + index));
        }
        LabelSet set = builder.build();
        assertEquals(41, set.size());
        for (int i = 0; i <= 40; i++) {
            assertEquals(i, set.label(i).id());
            assertEquals("argument " + i, set.witness(i).description());
        }
    }

    @Test
    void labelsWithLargeIdsAreSortedByIdNotByInsertion() {
        Label first = data("A.first");
        Label second = data("A.second");
        LabelSet set = new LabelSet.Builder().add(second, step("2")).add(table.parameter(200), step("p")).add(first, step("1")).build();
        assertEquals(List.of(table.parameter(200), first, second), set.labels());
    }

    @Test
    void aLabelAddedTwiceIsKeptOnceWithItsFirstWitness() {
        Label label = table.parameter(3);
        LabelSet set = new LabelSet.Builder()
                .add(table.parameter(5), step("five"))
                .add(label, step("first"))
                .add(label, step("second"))
                .add(table.parameter(1), step("one"))
                .build();
        assertEquals(3, set.size());
        assertEquals(List.of(1, 3, 5), ids(set));
        assertEquals("first", set.witness(1).description());
        assertEquals("[arg1, arg3, arg5]", set.toString());
    }

    @Test
    void mappingWitnessesOfADeduplicatedSetExtendsEachLabelOnce() {
        Label label = table.parameter(2);
        LabelSet set = new LabelSet.Builder().add(label, step("a")).add(label, step("b")).build();
        List<Witness> seen = new ArrayList<>();
        LabelSet mapped = set.mapWitnesses(witness -> {
            seen.add(Objects.requireNonNull(witness));
            return Witness.then(witness, "then", null);
        });
        assertEquals(1, seen.size());
        assertEquals(List.of("a", "then"), mapped.witness(0).steps().stream().map(Witness::description).toList());
    }

    @Test
    void mappingTheWitnessesOfTheEmptySetGivesTheEmptySet() {
        assertSame(LabelSet.EMPTY, LabelSet.EMPTY.mapWitnesses(witness -> Witness.then(witness, "x", null)));
    }

    @Test
    void everyMemberIsFoundAndNoOtherLabel() {
        int[] members = {1, 4, 9, 16, 25, 36, 49, 64, 81};
        LabelSet set = parameters(members);
        for (int index = 0; index < 100; index++) {
            boolean member = false;
            for (int m : members) {
                member |= m == index;
            }
            assertEquals(member, set.contains(table.parameter(index)), "arg" + index);
        }
    }

    @Test
    void aSetOfOneContainsItsLabel() {
        assertTrue(parameters(7).contains(table.parameter(7)));
        assertFalse(parameters(7).contains(table.parameter(6)));
        assertFalse(parameters(7).contains(table.parameter(8)));
        assertFalse(LabelSet.EMPTY.contains(table.parameter(0)));
    }

    @Test
    void hasParameterIsTrueForParameterAndFieldLabelsOnly() {
        assertFalse(LabelSet.of(data("A.email"), step("d")).hasParameter());
        assertTrue(new LabelSet.Builder().add(data("A.email"), step("d")).add(table.parameter(0), step("p")).build().hasParameter());
        assertTrue(LabelSet.of(table.argumentField(1, "A#email"), step("f")).hasParameter());
        assertFalse(LabelSet.EMPTY.hasParameter());
    }

    @Test
    void aUnionWhereTheOtherSetEndsFirstKeepsThisSetsTail() {
        LabelSet mine = parameters(1, 5, 9);
        LabelSet union = mine.union(parameters(2));
        assertEquals(List.of(1, 2, 5, 9), ids(union));
    }

    @Test
    void aUnionWhereThisSetEndsFirstTakesTheOtherSetsTail() {
        LabelSet union = parameters(1).union(parameters(2, 5, 9));
        assertEquals(List.of(1, 2, 5, 9), ids(union));
    }

    @Test
    void aUnionAddingNothingIsThisSetAndKeepsItsWitnesses() {
        LabelSet mine = parameters(1, 3);
        LabelSet theirs = new LabelSet.Builder().add(table.parameter(3), step("theirs")).build();
        assertSame(mine, mine.union(theirs));
        LabelSet mixed = parameters(3).union(new LabelSet.Builder().add(table.parameter(3), step("theirs")).add(table.parameter(4), step("four")).build());
        assertEquals("argument 3", mixed.witness(0).description());
        assertEquals("four", mixed.witness(1).description());
    }

    @Test
    void labelsListsTheLabelsById() {
        assertEquals(List.of(table.parameter(2), table.parameter(8)), parameters(8, 2).labels());
    }

    @Test
    void setsWithTheSameLabelsAreEqualWhateverTheirWitnesses() {
        LabelSet a = new LabelSet.Builder().add(table.parameter(1), step("a")).add(table.parameter(2), step("a")).build();
        LabelSet b = new LabelSet.Builder().add(table.parameter(2), step("b")).add(table.parameter(1), step("b")).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.equals(a));
    }

    @Test
    void setsWithCollidingHashesButOtherLabelsAreNotEqual() {
        // {arg0, arg40} and {arg1, arg9} hash alike (31 * (31 + 0) + 40 == 31 * (31 + 1) + 9): only the labels tell them apart.
        LabelSet a = parameters(0, 40);
        LabelSet b = parameters(1, 9);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b);
        assertNotEquals(b, a);
    }

    @Test
    void setsOfOtherSizesOrOtherTypesAreNotEqual() {
        assertNotEquals(parameters(1, 2), parameters(1, 2, 3));
        assertNotEquals(parameters(1), parameters(2));
        assertFalse(parameters(1).equals(List.of(table.parameter(1))));
        assertFalse(parameters(1).equals(null));
    }

    @Test
    void differentSetsSpreadOverHashCodes() {
        assertNotEquals(parameters(1).hashCode(), parameters(2).hashCode());
        assertNotEquals(parameters(1, 2).hashCode(), parameters(1).hashCode());
    }

    @Test
    void toStringNamesTheLabels() {
        assertEquals("[arg0, A.email]", new LabelSet.Builder().add(data("A.email"), step("d")).add(table.parameter(0), step("p")).build().toString());
        assertEquals("[]", LabelSet.EMPTY.toString());
    }

    @Test
    void hasDataIsTrueOnlyWithADataLabel() {
        assertFalse(parameters(0, 1).hasData());
        assertTrue(new LabelSet.Builder().add(data("A.email"), step("d")).add(table.parameter(0), step("p")).build().hasData());
    }

    @Test
    void onlyKeepsTheLabelsOfOneKind() {
        Label email = data("A.email");
        Label field = table.argumentField(0, "A#name");
        LabelSet mixed = new LabelSet.Builder().add(email, step("d")).add(table.parameter(0), step("p")).add(field, step("f")).build();
        assertEquals(List.of(email), mixed.only(Label.Kind.DATA).labels());
        assertEquals(List.of(table.parameter(0)), mixed.only(Label.Kind.PARAMETER).labels());
        assertEquals(List.of(table.parameter(0), field), mixed.without(Label.Kind.DATA).labels());
        assertEquals(List.of(table.parameter(0), field), mixed.symbolic().labels());
    }
}
