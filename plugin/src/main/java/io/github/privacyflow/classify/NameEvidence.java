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

    /** A person word alone: only text, containers and a library's values hold who the person is. */
    static final String PERSON_REFERENCE_FAMILY = "person-reference";

    /** A password or an answer standing in for one: only text, characters or bytes hold it. */
    private static final String CREDENTIALS_FAMILY = "credentials";

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
                return type.getSort() == Type.ARRAY || ValueKinds.numericFamily(match.family());
            case Type.SHORT, Type.INT, Type.LONG, Type.FLOAT, Type.DOUBLE:
                return ValueKinds.numericFamily(match.family());
            case Type.OBJECT:
                break;
            default:
                return true;
        }
        String className = element.getClassName();
        Optional<ClassModel> programClass = programTypes.apply(element.getInternalName());
        if (ValueKinds.isFlag(element) || SPAN_TYPES.contains(className) || programClass.map(ClassModel::isEnum).orElse(false)) {
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
        if (ValueKinds.isNumber(element)) {
            return ValueKinds.numericFamily(match.family());
        }
        if (ValueKinds.isDate(element)) {
            return ValueKinds.dateFamily(match.family());
        }
        return true;
    }
}
