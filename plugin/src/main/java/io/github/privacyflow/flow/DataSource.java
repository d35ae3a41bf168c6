package io.github.privacyflow.flow;

import io.github.privacyflow.classify.ValueKinds;
import io.github.privacyflow.finding.Anchor;
import org.objectweb.asm.Type;

/**
 * Where personal data enters the analysed code: a field read, a method's result, a parameter,
 * or an instance of a personal type.
 *
 * @param description the data as messages name it, e.g. {@code Participant.email}
 * @param category the agreement's category
 * @param inferred whether only the name classified it ("inferred from the name")
 * @param holderType internal name of the type the data belongs to (for retention), or {@code null}
 * @param anchor where the source is declared, for the path's first step
 * @param instance whether the data is a whole instance of {@link #holderType()}, rather than a value read from it
 * @param family the dictionary family of the name that classified it ({@code name}, {@code identifier}),
 *     {@link #LIBRARY_VALUE_FAMILY} for a library's address or text, or {@code null} when an annotation,
 *     or a catalogue entry for a number or an untyped value, did
 * @param partOf for a library's data that is a part of a larger datum (a failed send's unsent
 *     addresses are some of the mail's recipients), that datum's name from the catalogue; else {@code null}
 */
public record DataSource(String description, String category, boolean inferred, String holderType, Anchor anchor,
        boolean instance, String family, String partOf) {

    /**
     * A source that is part of no larger datum a catalogue names.
     *
     * @param description the data as messages name it
     * @param category the category
     * @param inferred whether only the name classified it
     * @param holderType the type the data belongs to, or {@code null}
     * @param anchor where the source is declared
     * @param instance whether the data is a whole instance
     * @param family the family of the name, or {@code null}
     */
    public DataSource(String description, String category, boolean inferred, String holderType, Anchor anchor,
            boolean instance, String family) {
        this(description, category, inferred, holderType, anchor, instance, family, null);
    }

    /**
     * A source that no name's family describes.
     *
     * @param description the data as messages name it
     * @param category the category
     * @param inferred whether only the name classified it
     * @param holderType the type the data belongs to, or {@code null}
     * @param anchor where the source is declared
     * @param instance whether the data is a whole instance
     */
    public DataSource(String description, String category, boolean inferred, String holderType, Anchor anchor,
            boolean instance) {
        this(description, category, inferred, holderType, anchor, instance, null);
    }

    /**
     * A source that is a value, not a whole instance.
     *
     * @param description the data as messages name it
     * @param category the category
     * @param inferred whether only the name classified it
     * @param holderType the type the data belongs to, or {@code null}
     * @param anchor where the source is declared
     */
    public DataSource(String description, String category, boolean inferred, String holderType, Anchor anchor) {
        this(description, category, inferred, holderType, anchor, false, null);
    }

    /**
     * A value source a name classified.
     *
     * @param description the data as messages name it
     * @param category the category
     * @param holderType the type the data belongs to, or {@code null}
     * @param anchor where the source is declared
     * @param family the family of the name
     * @return the source, inferred from the name
     */
    public static DataSource named(String description, String category, String holderType, Anchor anchor, String family) {
        return new DataSource(description, category, true, holderType, anchor, false, family);
    }

    /**
     * A value a library hands out by key, named by a name ({@code request.getParameter("email")}).
     *
     * @param accessor the library method as messages name it, {@code Owner.method}
     * @param key the constant key
     * @param category the category
     * @param family the family of the key's name
     * @return the source, inferred from the key
     */
    public static DataSource keyedRead(String accessor, String key, String category, String family) {
        return named(accessor + "(\"" + key + "\")", category, null, null, family);
    }

    /**
     * The family of data a library hands out as an object or as text (an address, a login, a
     * mail's recipients): no number, flag or date computed from it is that data.
     */
    public static final String LIBRARY_VALUE_FAMILY = "library-value";

    /**
     * The family of a text known by the lookup it keys, not by a name: a local handed to a lookup
     * of a person ({@code getUserInfo(uid)}) is that person's identifier, whatever it is called.
     */
    public static final String LOOKUP_KEY_FAMILY = "lookup-key";

    /**
     * Data a library call or a library type hands out, as a catalogue names it. What its value
     * is decides what can be computed from it: from a returned number, another number can still
     * be it; from an address object or a login's text, a count, a flag or a hash is not.
     *
     * @param description the data as messages name it
     * @param category the category
     * @param inferred whether only a type's name classified it
     * @param value the type of the value the library hands out, {@code null} when unknown
     * @return the source
     */
    public static DataSource library(String description, String category, boolean inferred, Type value) {
        return library(description, category, inferred, value, null);
    }

    /**
     * Data a library call hands out that is a part of a larger datum the catalogue names (the
     * invalid addresses of a failed send are some of the mail's recipients).
     *
     * @param description the data as messages name it
     * @param category the category
     * @param inferred whether only a type's name classified it
     * @param value the type of the value the library hands out, {@code null} when unknown
     * @param partOf the larger datum's name, {@code null} for none
     * @return the source
     */
    public static DataSource library(String description, String category, boolean inferred, Type value, String partOf) {
        boolean textOrObject = value != null && (value.getSort() == Type.OBJECT || value.getSort() == Type.ARRAY)
                && ValueKinds.scalar(value) == null && !value.equals(OBJECT_TYPE);
        return new DataSource(description, category, inferred, null, null, false, textOrObject ? LIBRARY_VALUE_FAMILY : null, partOf);
    }

    private static final Type OBJECT_TYPE = Type.getObjectType("java/lang/Object");

    /**
     * The record this datum is a field of: the type holding it, or, for a value read by key
     * ({@link #keyedRead}), the accessor, whose keys are one record's fields.
     *
     * @return the record, or {@code null} for data of no record (a parameter's name, a library getter's result)
     */
    public String record() {
        if (holderType != null) {
            return holderType;
        }
        int key = description.indexOf("(\"");
        return key > 0 && description.endsWith("\")") ? description.substring(0, key) : null;
    }

    /**
     * Whether a flag, a number or a date computed from this data can still be it: a number can be
     * an id, a phone number or a birth year, a date only a birth date, a flag never. A whole object
     * is never a number; data only an annotation or a catalogue names may be anything.
     *
     * @param type the type of the value computed (an array counts as its elements)
     * @return {@code false} when the value cannot be this data
     */
    public boolean canBe(Type type) {
        ValueKinds.Scalar scalar = ValueKinds.scalar(type);
        return scalar == null || canBe(scalar);
    }

    /**
     * Whether a scalar of the kind computed from this data can still be it (see {@link #canBe(Type)}).
     *
     * @param scalar the kind of the value computed
     * @return {@code false} when the value cannot be this data
     */
    public boolean canBe(ValueKinds.Scalar scalar) {
        if (instance) {
            return false;
        }
        if (family == null) {
            return true;
        }
        if (LIBRARY_VALUE_FAMILY.equals(family)) {
            return false;
        }
        return switch (scalar) {
            case FLAG -> false;
            // An amount or a rate computed from a postal code or a phone number is neither.
            case DECIMAL -> ValueKinds.decimalFamily(family);
            case NUMBER -> ValueKinds.computedNumberFamily(family);
            case DATE -> ValueKinds.dateFamily(family);
        };
    }

    /**
     * Returns the data as messages name it, with its category.
     *
     * @return e.g. {@code Participant.email (user-interaction, inferred from the name)}
     */
    public String describe() {
        return description + " (" + category + (inferred ? ", " + inference() : "") + ")";
    }

    /**
     * How weak evidence was read, as messages say it: from a name, as the specification words
     * it, or from the lookup a text keys, which no name says.
     *
     * @return e.g. {@code inferred from the name}
     */
    public String inference() {
        return LOOKUP_KEY_FAMILY.equals(family) ? "inferred from the lookup it keys" : "inferred from the name";
    }

    /**
     * Whether only a name outside the program's declarations says this is personal: a parameter's
     * name or a library getter's. Such evidence stands alone only: where declared data reaches
     * the same sink, the finding names that data.
     *
     * @return {@code true} for name-inferred data that belongs to no program type
     */
    public boolean weak() {
        return inferred && holderType == null && !instance;
    }
}
