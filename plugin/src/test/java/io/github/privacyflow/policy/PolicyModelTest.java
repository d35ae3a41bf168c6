package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PolicyModelTest {

    @Test
    void sinkKinds() {
        assertEquals(List.of("logging", "jdbc", "jpa", "object-storage", "file", "http",
                "messaging", "analytics", "mail", "ldap", "sms", "push"), SinkKind.ids());
        assertEquals(Optional.of(SinkKind.OBJECT_STORAGE), SinkKind.fromId("object-storage"));
        assertEquals(Optional.empty(), SinkKind.fromId("OBJECT_STORAGE"));
        assertEquals(Optional.empty(), SinkKind.fromId(null));
        assertTrue(SinkKind.FILE.isStorage());
        assertFalse(SinkKind.HTTP.isStorage());
        // a directory keeps its entries; a sent mail, SMS or push notification is kept by its recipient
        assertTrue(SinkKind.LDAP.isStorage());
        assertFalse(SinkKind.MAIL.isStorage());
        assertFalse(SinkKind.SMS.isStorage());
        assertFalse(SinkKind.PUSH.isStorage());
        assertEquals("object-storage", SinkKind.OBJECT_STORAGE.toString());
    }

    @Test
    void retention() {
        Retention days = Retention.days(180);
        assertTrue(days.permitsDays(180));
        assertFalse(days.permitsDays(181));
        assertFalse(days.permitsUntilDeleted());
        assertEquals(OptionalInt.of(180), days.maxDays());
        Retention forever = Retention.untilDeletion();
        assertTrue(forever.permitsDays(10_000));
        assertTrue(forever.permitsUntilDeleted());
        assertEquals("max-days: 180", days.toString());
        assertEquals("until-deleted: true", forever.toString());
        assertThrows(IllegalArgumentException.class, () -> Retention.days(0));
        assertThrows(IllegalArgumentException.class,
                () -> new Retention(OptionalInt.of(3), true));
        assertThrows(IllegalArgumentException.class,
                () -> new Retention(OptionalInt.empty(), false));
    }

    @Test
    void logDataMaxDaysPrefersCategoriesThatMayBeLogged() {
        Map<String, Category> categories = new LinkedHashMap<>();
        categories.put("a", new Category("a", "A", List.of(), List.of("db"), Retention.days(30), 1));
        categories.put("b", new Category("b", "B", List.of(), List.of("logs"), Retention.days(90), 2));
        categories.put("c", new Category("c", "C", List.of(), List.of("logs"),
                Retention.untilDeletion(), 3));
        Map<String, Processor> processors = new LinkedHashMap<>();
        processors.put("db", new Processor("db", "DB", List.of("jdbc"), 4));
        processors.put("logs", new Processor("logs", "Logs", List.of("logging"), 5));
        Policy p = new Policy("t", true, categories, Map.of(), processors, List.of(), List.of(),
                null, null);
        assertEquals(OptionalInt.of(90), p.logDataMaxDays());

        categories.remove("b");
        p = new Policy("t", true, categories, Map.of(), processors, List.of(), List.of(), null, null);
        assertEquals(OptionalInt.of(30), p.logDataMaxDays());

        categories.remove("a");
        p = new Policy("t", true, categories, Map.of(), processors, List.of(), List.of(), null, null);
        assertEquals(OptionalInt.empty(), p.logDataMaxDays());
    }

    @Test
    void undefinedNamesAreNotPermitted() {
        Policy p = PolicyLoader.loadDefault();
        assertFalse(p.isPurposePermitted("nope", "provide-feature"));
        assertFalse(p.isProcessorPermitted("nope", "mysql"));
        assertFalse(p.isSinkKindPermitted("nope", "jdbc"));
        assertTrue(p.category("nope").isEmpty());
        assertTrue(p.processor("nope").isEmpty());
        assertTrue(p.isPurposeDefined("troubleshooting"));
        assertFalse(p.isPurposeDefined("analytics"));
    }

    @Test
    void exceptionFormatsEveryProblem() {
        PolicyException e = new PolicyException(java.nio.file.Path.of("/x/p.yaml"), List.of(
                new PolicyException.Problem(9, "later"), new PolicyException.Problem(0, "no line"),
                new PolicyException.Problem(3, "earlier")));
        assertEquals(List.of("/x/p.yaml: no line", "/x/p.yaml:3: earlier", "/x/p.yaml:9: later"),
                e.messages());
        assertEquals("no line", e.problem());
        PolicyException embedded = new PolicyException(null, 4, "broken");
        assertEquals("embedded:default-policy.yaml:4: broken", embedded.getMessage());
    }
}
