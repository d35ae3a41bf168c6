package io.github.privacyflow.flow;

import io.github.privacyflow.classify.ValueKinds;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns labels for one analysis, so equal labels are the same object and sets compare by id.
 * Parameter labels come first, so their ids are small and stable.
 */
public final class LabelTable {

    private static final int MAX_PARAMETERS = 256;

    private final Label[] parameters = new Label[MAX_PARAMETERS];
    private final Map<String, Label> data = new HashMap<>();
    private final Map<String, Label> argumentFields = new HashMap<>();
    private final Map<Variant, Label> variants = new HashMap<>();
    private final Set<Label> widenedLabels = ConcurrentHashMap.newKeySet();
    private int nextId = MAX_PARAMETERS;

    /** Creates a table with the parameter labels and no data label yet. */
    public LabelTable() {
        for (int i = 0; i < MAX_PARAMETERS; i++) {
            parameters[i] = new Label(i, Label.Kind.PARAMETER, null, i, null);
        }
    }

    /**
     * Returns the label of a method's argument, the symbolic input of summaries.
     *
     * @param index the argument, receiver first
     * @return the label
     */
    public Label parameter(int index) {
        return parameters[index];
    }

    /**
     * Returns the label that stands for what the object passed as an argument holds in a field.
     *
     * @param index the argument, receiver first
     * @param field the field's key, {@code owner#name}
     * @return the label, the same for the same argument and field
     */
    public synchronized Label argumentField(int index, String field) {
        return argumentFields.computeIfAbsent(index + ":" + field,
                k -> new Label(nextId++, Label.Kind.FIELD, null, index, null, null, field));
    }

    /**
     * Returns the label that stands for what the object held in one field of an argument holds
     * in a field of its own: a two-step access path, {@code arg.via.field}.
     *
     * @param index the argument, receiver first
     * @param via the key of the argument's field that holds the object
     * @param field the key of that object's field
     * @return the label, the same for the same argument and path
     */
    public synchronized Label argumentField(int index, String via, String field) {
        return argumentFields.computeIfAbsent(index + ":" + via + ":" + field,
                k -> new Label(nextId++, Label.Kind.FIELD, null, index, null, via, field));
    }

    /**
     * Returns a label placed in a map: data held under a constant key, or a symbolic label that
     * reads from under a key or is put under one when bound. A symbolic label keeps the scalar
     * it was seen through.
     *
     * @param base the label, plain or a variant
     * @param getKey for a symbolic label, the key read from, or {@code null}
     * @param putKey the key held or put under, {@code "*"} for a key that is not a constant, or {@code null}
     * @return the label, {@code base}'s plain label itself when nothing sets it apart
     */
    public Label keyed(Label base, String getKey, String putKey) {
        return variant(base.base(), getKey, putKey, base.scalar());
    }

    /**
     * Returns a symbolic label seen through a scalar: what the caller passes, turned into a
     * number, a date or a flag on the way (see {@link Label#scalar()}). Seen through two
     * scalars, it keeps what both can be.
     *
     * @param label a symbolic label, plain or a variant
     * @param scalar the kind of scalar
     * @return the label
     */
    public Label scalar(Label label, ValueKinds.Scalar scalar) {
        ValueKinds.Scalar narrowed = label.scalar() == null ? scalar : label.scalar().and(scalar);
        return variant(label.base(), label.mapGetKey(), label.mapPutKey(), narrowed);
    }

    private synchronized Label variant(Label plain, String getKey, String putKey, ValueKinds.Scalar scalar) {
        if (getKey == null && putKey == null && scalar == null) {
            return plain;
        }
        return variants.computeIfAbsent(new Variant(plain, getKey, putKey, scalar), k -> new Label(nextId++, plain, getKey, putKey, scalar));
    }

    /** What sets a variant apart from its plain label. */
    private record Variant(Label plain, String getKey, String putKey, ValueKinds.Scalar scalar) {
    }

    /**
     * The label that stands for the data labels a widened set folded together: one per category
     * and evidence, so a widened set still says which category of data it holds.
     *
     * @param category the category
     * @param inferred whether only names classified the folded data
     * @return the label
     */
    public Label widened(String category, boolean inferred) {
        Label label = data("widened:" + category + ":" + inferred, new DataSource("further personal data (merged by the analysis)",
                category, inferred, null, null));
        widenedLabels.add(label);
        return label;
    }

    /**
     * Bounds the personal-data labels of a set: past {@code max}, the labels with the highest
     * ids are folded into one {@link #widened} label per category. Parameter labels are kept:
     * there are few of them, and summaries are made of them.
     *
     * @param set the set
     * @param max how many data labels a set keeps as they are
     * @return the set, or a widened one
     */
    public LabelSet widen(LabelSet set, int max) {
        int data = 0;
        for (int i = 0; i < set.size(); i++) {
            if (set.label(i).isData()) {
                data++;
            }
        }
        if (data <= max) {
            return set;
        }
        LabelSet.Builder kept = new LabelSet.Builder();
        int seen = 0;
        for (int i = 0; i < set.size(); i++) {
            Label label = set.label(i);
            if (!label.isData() || seen++ < max - 1 || widenedLabels.contains(label)) {
                kept.add(label, set.witness(i));
            } else {
                DataSource source = label.source();
                kept.add(widened(source.category(), source.inferred()), set.witness(i));
            }
        }
        return kept.build();
    }

    /**
     * Returns the data label of a source, made on first use: the same key always gives the same
     * label, so the first description of a source is the one every finding shows, and labels
     * are numbered in the order the analysis first meets their sources.
     *
     * @param key what identifies the source, e.g. {@code field Participant#email}
     * @param source the source, used only when the key is new
     * @return the label
     */
    public synchronized Label data(String key, DataSource source) {
        return data.computeIfAbsent(key, k -> new Label(nextId++, Label.Kind.DATA, source, -1, source.holderType()));
    }
}
