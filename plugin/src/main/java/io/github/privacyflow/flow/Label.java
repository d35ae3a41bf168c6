package io.github.privacyflow.flow;

import io.github.privacyflow.classify.ValueKinds;

/**
 * What a value may carry. Labels are interned by the {@link LabelTable} so sets of them compare
 * by id.
 *
 * <ul>
 *   <li>{@link Kind#DATA}: personal data from a {@link DataSource};</li>
 *   <li>{@link Kind#PARAMETER}: whatever the caller passes as argument {@link #index()} (receiver
 *       first), the symbolic input of method summaries;</li>
 *   <li>{@link Kind#FIELD}: what the object the caller passes as argument {@link #index()} holds
 *       in field {@link #field()}, the symbolic input of a getter's summary: the caller knows
 *       which object it passes, and so what that object's field holds.</li>
 * </ul>
 *
 * <p>A label may also say where it sits in a map, so that a map whose identity is lost (stored
 * in a field, passed on, returned) still answers {@code get(key)} with what was put under that
 * key: a data label {@linkplain #mapPutKey() put under a constant key}, and a symbolic label
 * {@linkplain #mapGetKey() read from under a key} or put under one when bound (see
 * {@code flow.core.MapKeys}). Such a label is a variant of its {@link #base()}.
 */
public final class Label implements Comparable<Label> {

    /** The kinds of label. */
    public enum Kind {
        /** Personal data. */
        DATA,
        /** A method's argument, for summaries. */
        PARAMETER,
        /** A field of a method's argument, for summaries. */
        FIELD
    }

    private final int id;
    private final Kind kind;
    private final DataSource source;
    private final int index;
    private final String holderType;
    private final String field;
    private final String via;
    private final Label base;
    private final String mapGetKey;
    private final String mapPutKey;
    private final ValueKinds.Scalar scalar;

    Label(int id, Kind kind, DataSource source, int index, String holderType) {
        this(id, kind, source, index, holderType, null, null);
    }

    Label(int id, Kind kind, DataSource source, int index, String holderType, String via, String field) {
        this.id = id;
        this.kind = kind;
        this.source = source;
        this.index = index;
        this.holderType = holderType;
        this.via = via;
        this.field = field;
        this.base = this;
        this.mapGetKey = null;
        this.mapPutKey = null;
        this.scalar = null;
    }

    /** A variant of {@code base} placed in a map or seen through a scalar; see {@link LabelTable#variant}. */
    Label(int id, Label base, String mapGetKey, String mapPutKey, ValueKinds.Scalar scalar) {
        this.id = id;
        this.kind = base.kind;
        this.source = base.source;
        this.index = base.index;
        this.holderType = base.holderType;
        this.via = base.via;
        this.field = base.field;
        this.base = base;
        this.mapGetKey = mapGetKey;
        this.mapPutKey = mapPutKey;
        this.scalar = scalar;
    }

    /** @return the label this one is a variant of (placed in a map, seen through a scalar), or this label itself */
    public Label base() {
        return base;
    }

    /** @return whether this label says where it sits in a map */
    public boolean isKeyed() {
        return mapGetKey != null || mapPutKey != null;
    }

    /**
     * For a symbolic label: the kind of scalar the caller's value was turned into on the way (a
     * character code read from a reader the caller passed, a count of its list), which keeps
     * only the data such a scalar can be when bound; {@code null} for the value itself.
     *
     * @return the kind, or {@code null}
     */
    public ValueKinds.Scalar scalar() {
        return scalar;
    }

    /**
     * For a symbolic label: the key of the map entry the caller's value is read from when bound
     * (a {@code get(key)} on an argument's map), or {@code null}.
     *
     * @return the key, as {@code flow.core.MapKeys} writes constants
     */
    public String mapGetKey() {
        return mapGetKey;
    }

    /**
     * For data: the constant key the data is held under in a map. For a symbolic label: the key
     * the bound labels are put under, {@code "*"} for a key that is not a constant, or {@code null}.
     *
     * @return the key, as {@code flow.core.MapKeys} writes constants
     */
    public String mapPutKey() {
        return mapPutKey;
    }

    /** @return the id, unique within one analysis */
    public int id() {
        return id;
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the data source of a {@link Kind#DATA} label, else {@code null} */
    public DataSource source() {
        return source;
    }

    /** @return the argument index of a {@link Kind#PARAMETER} or {@link Kind#FIELD} label, else -1 */
    public int index() {
        return index;
    }

    /** @return the type the data belongs to (its field's class, or the instance's type), or {@code null} */
    public String holderType() {
        return holderType;
    }

    /** @return the field key ({@code owner#name}) of a {@link Kind#FIELD} label, else {@code null} */
    public String field() {
        return field;
    }

    /**
     * The first step of a two-step access path: for the label of what argument {@link #index()}'s
     * field {@code via} holds in its field {@link #field()}, the key of {@code via}.
     *
     * @return the first field's key, or {@code null} for a label of the argument's own field
     */
    public String via() {
        return via;
    }

    /** @return whether this is personal data */
    public boolean isData() {
        return kind == Kind.DATA;
    }

    /** @return whether this is personal data that is a whole instance of {@link #holderType()}, not a value read from one */
    public boolean isWholeInstance() {
        return kind == Kind.DATA && source.instance();
    }

    /** @return whether this stands for what a caller passes (a parameter or a parameter's field), to be bound at calls */
    public boolean isSymbolic() {
        return kind != Kind.DATA;
    }

    @Override
    public int compareTo(Label other) {
        return Integer.compare(id, other.id);
    }

    @Override
    public String toString() {
        if (base != this) {
            return base + (mapGetKey == null ? "" : ".get(" + mapGetKey + ")") + (mapPutKey == null ? "" : " in [" + mapPutKey + "]")
                    + (scalar == null ? "" : " as " + scalar.name().toLowerCase(java.util.Locale.ROOT));
        }
        return switch (kind) {
            case DATA -> source.description();
            case PARAMETER -> "arg" + index;
            case FIELD -> "arg" + index + (via == null ? "" : "." + via.substring(via.indexOf('#') + 1))
                    + "." + field.substring(field.indexOf('#') + 1);
        };
    }
}
