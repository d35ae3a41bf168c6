package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Widening bounds the data labels of a set: the first ones stay, the rest fold into one label per category and evidence. */
class LabelTableMutationTest {

    private final LabelTable table = new LabelTable();

    private Label data(String name, String category, boolean inferred) {
        return table.data("field " + name, new DataSource(name, category, inferred, null, null));
    }

    private static LabelSet set(Label... labels) {
        LabelSet.Builder builder = new LabelSet.Builder();
        for (Label label : labels) {
            builder.add(label, Witness.start("reads " + label, null));
        }
        return builder.build();
    }

    @Test
    void theWidenedLabelOfACategoryIsOneDataLabelNamingItsCategory() {
        Label widened = table.widened("health", true);
        assertSame(widened, table.widened("health", true));
        assertNotSame(widened, table.widened("health", false));
        assertTrue(widened.isData());
        assertEquals("health", widened.source().category());
        assertTrue(widened.source().inferred());
    }

    @Test
    void aSetWithAsManyDataLabelsAsTheBoundIsKeptAsItIs() {
        LabelSet set = set(data("A.a", "contact", false), data("A.b", "contact", false), data("A.c", "contact", false));
        assertSame(set, table.widen(set, 3));
    }

    @Test
    void parameterLabelsDoNotCountTowardsTheBound() {
        LabelSet set = set(table.parameter(0), table.parameter(1), table.parameter(2), data("A.a", "contact", false));
        assertSame(set, table.widen(set, 1));
    }

    @Test
    void pastTheBoundTheLastDataLabelsFoldIntoOneLabelPerCategory() {
        Label a = data("A.a", "contact", false);
        Label b = data("A.b", "contact", false);
        Label c = data("A.c", "health", false);
        Label d = data("A.d", "contact", true);
        Label e = data("A.e", "health", false);
        LabelSet widened = table.widen(set(table.parameter(4), a, b, c, d, e, table.argumentField(0, "A#f")), 3);
        assertEquals(List.of(table.parameter(4), a, b, table.argumentField(0, "A#f"),
                table.widened("health", false), table.widened("contact", true)), widened.labels());
    }

    @Test
    void aBoundOfOneKeepsNoDataLabelAsItIs() {
        Label a = data("A.a", "contact", false);
        Label b = data("A.b", "contact", false);
        LabelSet widened = table.widen(set(a, b), 1);
        assertEquals(List.of(table.widened("contact", false)), widened.labels());
    }

    @Test
    void theFoldedLabelKeepsTheWitnessOfTheFirstLabelItStandsFor() {
        Label a = data("A.a", "contact", false);
        Label b = data("A.b", "contact", false);
        Label c = data("A.c", "contact", false);
        LabelSet widened = table.widen(set(a, b, c), 2);
        assertEquals(List.of(a, table.widened("contact", false)), widened.labels());
        assertEquals("reads A.b", widened.witness(1).description());
    }

    @Test
    void widenedLabelsAreKeptWhenASetIsWidenedAgain() {
        Label a = data("A.a", "contact", false);
        Label b = data("A.b", "health", false);
        Label health = table.widened("health", false);
        Label contact = table.widened("contact", false);
        Label c = data("A.c", "location", false);
        LabelSet widened = table.widen(set(a, b, health, contact, c), 1);
        // Both folded labels stay as they are, and every other data label joins its category's.
        assertEquals(List.of(health, contact, table.widened("location", false)),
                widened.labels());
        assertFalse(widened.contains(a));
    }

    @Test
    void everyLabelOfATableHasItsOwnId() {
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (int i = 0; i < 256; i++) {
            ids.add(table.parameter(i).id());
        }
        List<Label> made = List.of(data("A.a", "contact", false), table.argumentField(0, "A#f"), data("A.b", "contact", false),
                table.argumentField(1, "A#f"), table.widened("contact", false));
        for (Label label : made) {
            assertTrue(ids.add(label.id()), label + " reuses id " + label.id());
        }
        // Sets find labels by id, so a reused id would make one label stand for another.
        assertFalse(LabelSet.of(table.parameter(255), Witness.start("p", null)).contains(made.get(0)));
    }

    @Test
    void theSameKeyGivesTheSameLabel() {
        assertSame(data("A.a", "contact", false), table.data("field A.a", new DataSource("other", "health", true, null, null)));
        assertSame(table.argumentField(2, "A#f"), table.argumentField(2, "A#f"));
        assertNotSame(table.argumentField(2, "A#f"), table.argumentField(3, "A#f"));
    }
}
