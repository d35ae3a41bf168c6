package io.github.privacyflow.classify;

import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The kinds of value a person's data can and cannot be. A flag is never a person's data, a
 * number only where such data really is numeric (an id, a phone number, a birth year, a
 * position), and a date only when it is a date of birth. The classifier weighs names with this,
 * and the flow engine the values derived from data: a page's version or modification time parsed
 * from a record that also names its author is not the author.
 */
public final class ValueKinds {

    /** Families whose data is often numeric: ids, phone numbers, birth years, coordinates, card numbers. */
    static final Set<String> NUMERIC_FAMILIES = Set.of("identifier", "contact", "birth-date", "network-id",
            "location", "precise-location", "government-id", "financial-account", "minor");

    /** The only family a date or time can belong to: a person's birth. */
    static final String DATE_FAMILY = "birth-date";

    private static final Set<String> NUMBER_TYPES = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number", "java.math.BigInteger",
            "java.math.BigDecimal", "java.util.OptionalInt", "java.util.OptionalLong",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong");

    /** Numbers with a fraction: amounts, rates, measures; of a person's data only a position is one. */
    private static final Set<String> DECIMAL_TYPES = Set.of("java.lang.Float", "java.lang.Double", "java.math.BigDecimal");

    /** The families whose data can have a fraction: coordinates. */
    private static final Set<String> DECIMAL_FAMILIES = Set.of("location", "precise-location");

    private static final Set<String> DATE_TYPES = Set.of("java.util.Date", "java.util.Calendar", "java.sql.Date",
            "java.sql.Time", "java.sql.Timestamp");

    private static final Set<String> FLAG_TYPES = Set.of("java.lang.Boolean", "java.util.concurrent.atomic.AtomicBoolean");

    private ValueKinds() {
    }

    /**
     * The kind of scalar a value of a type is, the narrowest first: what data a value derived
     * from data can still be depends only on this.
     */
    public enum Scalar {
        /** A yes or no: no family of data is one. */
        FLAG,
        /** A number with a fraction: only a position. */
        DECIMAL,
        /** A point in time: only a birth date. */
        DATE,
        /** A whole number: the numeric families. */
        NUMBER;

        /**
         * The kind a value has that was both: a date computed from a number holds only what a
         * date and a number both can be.
         *
         * @param other the other kind
         * @return the narrower of the two; where neither holds the other, {@link #FLAG}
         */
        public Scalar and(Scalar other) {
            if (this == other || other == NUMBER) {
                return this;
            }
            return this == NUMBER ? other : FLAG;
        }
    }

    /**
     * The scalar kind of a type.
     *
     * @param type a type (an array counts as its elements)
     * @return the kind, or {@code null} for a type that is none
     */
    public static Scalar scalar(Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (isFlag(element)) {
            return Scalar.FLAG;
        }
        if (isDecimal(element)) {
            return Scalar.DECIMAL;
        }
        if (isNumber(element)) {
            return Scalar.NUMBER;
        }
        return isDate(element) ? Scalar.DATE : null;
    }

    /**
     * Whether a value of the type is a yes or no.
     *
     * @param type a type (not an array)
     * @return {@code true} for {@code boolean} and its wrappers
     */
    public static boolean isFlag(Type type) {
        return type.getSort() == Type.BOOLEAN || type.getSort() == Type.OBJECT && FLAG_TYPES.contains(type.getClassName());
    }

    /**
     * Whether a value of the type is a number.
     *
     * @param type a type (not an array)
     * @return {@code true} for the primitive numbers but {@code byte} and {@code char}, and the JDK's number types
     */
    public static boolean isNumber(Type type) {
        return switch (type.getSort()) {
            case Type.SHORT, Type.INT, Type.LONG, Type.FLOAT, Type.DOUBLE -> true;
            case Type.OBJECT -> NUMBER_TYPES.contains(type.getClassName());
            default -> false;
        };
    }

    /**
     * Whether a value of the type is a point in time.
     *
     * @param type a type (not an array)
     * @return {@code true} for the JDK's date and time types
     */
    public static boolean isDate(Type type) {
        if (type.getSort() != Type.OBJECT) {
            return false;
        }
        String className = type.getClassName();
        return DATE_TYPES.contains(className) || className.startsWith("java.time.") && !className.equals("java.time.ZoneId");
    }

    /**
     * Whether data of a name's family can be a number.
     *
     * @param family a dictionary family
     * @return {@code true} for ids, contact numbers, birth years, network ids and positions
     */
    public static boolean numericFamily(String family) {
        return NUMERIC_FAMILIES.contains(family);
    }

    /**
     * Whether data of a name's family stays that data when a program computes a number from it: an
     * id, a phone number or a birth year parsed from text. An address on the network is dotted or
     * colon-separated text; a number parsed from text beside it (a version, a count) is not it.
     *
     * @param family a dictionary family
     * @return {@code true} for the numeric families but network ids
     */
    public static boolean computedNumberFamily(String family) {
        return NUMERIC_FAMILIES.contains(family) && !"network-id".equals(family);
    }

    /**
     * Whether a value of the type is a number with a fraction: an amount, a rate, a measure.
     *
     * @param type a type (not an array)
     * @return {@code true} for {@code float}, {@code double} and the JDK's decimal types
     */
    public static boolean isDecimal(Type type) {
        return type.getSort() == Type.FLOAT || type.getSort() == Type.DOUBLE
                || type.getSort() == Type.OBJECT && DECIMAL_TYPES.contains(type.getClassName());
    }

    /**
     * Whether data of a name's family can be a number with a fraction.
     *
     * @param family a dictionary family
     * @return {@code true} only for positions
     */
    public static boolean decimalFamily(String family) {
        return DECIMAL_FAMILIES.contains(family);
    }

    /**
     * Whether data of a name's family can be a date.
     *
     * @param family a dictionary family
     * @return {@code true} only for a date of birth
     */
    public static boolean dateFamily(String family) {
        return DATE_FAMILY.equals(family);
    }
}
