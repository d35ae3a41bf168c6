package io.github.privacyflow.flow;

/**
 * What a value may carry. Labels are interned by the {@link LabelTable} so sets of them compare
 * by id.
 *
 * <ul>
 *   <li>{@link Kind#DATA}: personal data from a {@link DataSource};</li>
 *   <li>{@link Kind#PARAMETER}: whatever the caller passes as argument {@link #index()} (receiver
 *       first), the symbolic input of method summaries.</li>
 * </ul>
 */
public final class Label implements Comparable<Label> {

    /** The kinds of label. */
    public enum Kind {
        /** Personal data. */
        DATA,
        /** A method's argument, for summaries. */
        PARAMETER
    }

    private final int id;
    private final Kind kind;
    private final DataSource source;
    private final int index;
    private final String holderType;

    Label(int id, Kind kind, DataSource source, int index, String holderType) {
        this.id = id;
        this.kind = kind;
        this.source = source;
        this.index = index;
        this.holderType = holderType;
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

    /** @return the argument index of a {@link Kind#PARAMETER} label, else -1 */
    public int index() {
        return index;
    }

    /** @return the type the data belongs to (its field's class, or the instance's type), or {@code null} */
    public String holderType() {
        return holderType;
    }

    /** @return whether this is personal data */
    public boolean isData() {
        return kind == Kind.DATA;
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
        };
    }
}
