package io.github.privacyflow.classify;

import io.github.privacyflow.catalog.NameMatch;
import io.github.privacyflow.model.ClassModel;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Type;

/**
 * Whether a name's evidence fits the declared type. A name says what a value is about; the type
 * says what kind of value it is, and some kinds can never be a person's data whatever they are
 * called: {@code enableChat} and {@code showEmailAddress} are flags, {@code chatRetentionDays} a
 * duration, {@code phoneCount} a count, an enum a setting. A number is personal only where
 * people's data really is numeric (a user id, a phone number, a birth year, a position), and a
 * date only when it is a date of birth.
 */
final class NameEvidence {

    /** Families whose data is often numeric: ids, phone numbers, birth years, coordinates, card numbers. */
    private static final Set<String> NUMERIC_FAMILIES = Set.of("identifier", "contact", "birth-date", "network-id",
            "location", "precise-location", "government-id", "financial-account", "minor");

    /** A person word alone: only text, containers and a library's values hold who the person is. */
    static final String PERSON_REFERENCE_FAMILY = "person-reference";

    /** A password or an answer standing in for one: only text, characters or bytes hold it. */
    private static final String CREDENTIALS_FAMILY = "credentials";

    /** The only family a date or time can belong to: a person's birth. */
    private static final String DATE_FAMILY = "birth-date";

    private static final Set<String> NUMBER_TYPES = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number", "java.math.BigInteger",
            "java.math.BigDecimal", "java.util.OptionalInt", "java.util.OptionalLong",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong");

    private static final Set<String> DATE_TYPES = Set.of("java.util.Date", "java.util.Calendar", "java.sql.Date",
            "java.sql.Time", "java.sql.Timestamp");

    /** Amounts of time and units: how long, never whose. */
    private static final Set<String> SPAN_TYPES = Set.of("java.time.Duration", "java.time.Period",
            "java.time.temporal.ChronoUnit", "java.time.temporal.TemporalUnit", "java.util.concurrent.TimeUnit",
            "java.lang.Class");

    private NameEvidence() {
    }

    /**
     * Whether a value of the type can be the data the name matched.
     *
     * @param type the declared type (an array counts as its elements)
     * @param match what the name matched
     * @param programTypes the program's classes by internal name
     * @return {@code false} for flags, enums, spans of time, numbers or dates of families whose data is neither,
     *     and a program-typed value named by a person word alone (its class's fields say what it holds)
     */
    static boolean typeFits(Type type, NameMatch match, Function<String, Optional<ClassModel>> programTypes) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        switch (element.getSort()) {
            case Type.BOOLEAN:
                return false;
            case Type.BYTE:
                // byte[] is content (a photo, a recording); a single byte is a number.
                return type.getSort() == Type.ARRAY || NUMERIC_FAMILIES.contains(match.family());
            case Type.SHORT, Type.INT, Type.LONG, Type.FLOAT, Type.DOUBLE:
                return NUMERIC_FAMILIES.contains(match.family());
            case Type.OBJECT:
                break;
            default:
                return true;
        }
        String className = element.getClassName();
        Optional<ClassModel> programClass = programTypes.apply(element.getInternalName());
        if (className.equals("java.lang.Boolean") || className.equals("java.util.concurrent.atomic.AtomicBoolean")
                || SPAN_TYPES.contains(className) || programClass.map(ClassModel::isEnum).orElse(false)) {
            return false;
        }
        if (PERSON_REFERENCE_FAMILY.equals(match.family()) && programClass.isPresent()) {
            return false;
        }
        if (CREDENTIALS_FAMILY.equals(match.family())) {
            // A mail template "forgotPasswordEmailInfo" or an encoder is about a password, not one.
            return className.equals("java.lang.String") || className.equals("java.lang.CharSequence")
                    || className.equals("java.lang.Object");
        }
        if (NUMBER_TYPES.contains(className)) {
            return NUMERIC_FAMILIES.contains(match.family());
        }
        if (DATE_TYPES.contains(className) || (className.startsWith("java.time.") && !className.equals("java.time.ZoneId"))) {
            return DATE_FAMILY.equals(match.family());
        }
        return true;
    }
}
