package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels order by id and name themselves as messages show them. */
class LabelMutationTest {

    private final LabelTable table = new LabelTable();

    @Test
    void labelsOrderById() {
        Label email = table.data("field A#email", new DataSource("A.email", "contact", false, null, null));
        List<Label> labels = new ArrayList<>(List.of(email, table.parameter(9), table.parameter(2)));
        Collections.sort(labels);
        assertEquals(List.of(table.parameter(2), table.parameter(9), email), labels);
        assertTrue(table.parameter(2).compareTo(table.parameter(9)) < 0);
        assertTrue(email.compareTo(table.parameter(9)) > 0);
        assertEquals(0, email.compareTo(email));
    }

    @Test
    void labelsNameTheirDataTheirArgumentOrTheArgumentsField() {
        assertEquals("A.email", table.data("field A#email", new DataSource("A.email", "contact", false, null, null)).toString());
        assertEquals("arg3", table.parameter(3).toString());
        assertEquals("arg1.email", table.argumentField(1, "org/example/A#email").toString());
    }
}
