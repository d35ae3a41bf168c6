package io.github.privacyflow.flow;

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
        return switch (kind) {
            case DATA -> source.description();
            case PARAMETER -> "arg" + index;
            case FIELD -> "arg" + index + (via == null ? "" : "." + via.substring(via.indexOf('#') + 1))
                    + "." + field.substring(field.indexOf('#') + 1);
        };
    }
}
