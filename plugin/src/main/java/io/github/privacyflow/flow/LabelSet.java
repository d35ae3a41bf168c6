package io.github.privacyflow.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An immutable set of labels, each with the step chain that first brought it (its witness).
 * Sorted by label id so unions are linear merges; equality ignores the witnesses, so the
 * analysis converges on the labels alone.
 */
public final class LabelSet {

    /** The empty set. */
    public static final LabelSet EMPTY = new LabelSet(new Label[0], new Witness[0]);

    private final Label[] labels;
    private final Witness[] witnesses;
    private final int hash;

    private LabelSet(Label[] labels, Witness[] witnesses) {
        this.labels = labels;
        this.witnesses = witnesses;
        int h = 1;
        for (Label label : labels) {
            h = 31 * h + label.id();
        }
        this.hash = h;
    }

    /**
     * A set of one label.
     *
     * @param label the label
     * @param witness how it got here
     * @return the set
     */
    public static LabelSet of(Label label, Witness witness) {
        return new LabelSet(new Label[] {label}, new Witness[] {witness});
    }

    /**
     * Collects labels one by one and sorts them once: a set built from many labels in a loop
     * would otherwise be merged anew for each. A label added twice keeps its first witness, as
     * {@link #union} keeps this set's.
     */
    public static final class Builder {
        private Label[] labels = new Label[8];
        private Witness[] witnesses = new Witness[8];
        private int size;
        /** The one set added whole while nothing else was: then that set is the result, built for free. */
        private LabelSet only;

        /**
         * Adds a label.
         *
         * @param label the label
         * @param witness how it got here
         * @return this builder
         */
        public Builder add(Label label, Witness witness) {
            spillOnly();
            append(label, witness);
            return this;
        }

        /**
         * Adds every label of a set.
         *
         * @param set the set
         * @return this builder
         */
        public Builder addAll(LabelSet set) {
            if (set.labels.length == 0) {
                return this;
            }
            if (size == 0 && only == null) {
                only = set;
                return this;
            }
            spillOnly();
            for (int i = 0; i < set.labels.length; i++) {
                append(set.labels[i], set.witnesses[i]);
            }
            return this;
        }

        /**
         * Copies the set kept whole into the arrays before anything joins it. It must not go
         * through {@link #addAll}, which would keep it whole again and lose what is added next.
         */
        private void spillOnly() {
            if (only == null) {
                return;
            }
            LabelSet first = only;
            only = null;
            for (int i = 0; i < first.labels.length; i++) {
                append(first.labels[i], first.witnesses[i]);
            }
        }

        private void append(Label label, Witness witness) {
            if (size == labels.length) {
                labels = Arrays.copyOf(labels, size * 2);
                witnesses = Arrays.copyOf(witnesses, size * 2);
            }
            labels[size] = label;
            witnesses[size++] = witness;
        }

        private boolean inOrder() {
            for (int i = 1; i < size; i++) {
                if (labels[i - 1].id() >= labels[i].id()) {
                    return false;
                }
            }
            return true;
        }

        /** @return the set of the labels added */
        public LabelSet build() {
            if (only != null) {
                return only;
            }
            if (size == 0) {
                return EMPTY;
            }
            if (inOrder()) {
                // Added in label order without repeats, as most sets are: nothing to sort.
                return new LabelSet(Arrays.copyOf(labels, size), Arrays.copyOf(witnesses, size));
            }
            // Label id and position in one long: sorting them keeps the first witness of a label added twice first.
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = ((long) labels[i].id() << 32) | i;
            }
            Arrays.sort(order);
            Label[] sorted = new Label[size];
            Witness[] sortedWitnesses = new Witness[size];
            int n = 0;
            for (long packed : order) {
                int index = (int) packed;
                if (n > 0 && sorted[n - 1] == labels[index]) {
                    continue;
                }
                sorted[n] = labels[index];
                sortedWitnesses[n++] = witnesses[index];
            }
            return new LabelSet(n == size ? sorted : Arrays.copyOf(sorted, n), n == size ? sortedWitnesses : Arrays.copyOf(sortedWitnesses, n));
        }
    }

    /** @return whether the set is empty */
    public boolean isEmpty() {
        return labels.length == 0;
    }

    /** @return the number of labels */
    public int size() {
        return labels.length;
    }

    /**
     * Returns a label by position.
     *
     * @param i the position
     * @return the label
     */
    public Label label(int i) {
        return labels[i];
    }

    /**
     * Returns a label's witness by position.
     *
     * @param i the position
     * @return the step chain
     */
    public Witness witness(int i) {
        return witnesses[i];
    }

    /**
     * Tells whether the set holds a label.
     *
     * @param label the label
     * @return whether it is in the set
     */
    public boolean contains(Label label) {
        int low = 0;
        int high = labels.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int id = labels[middle].id();
            if (id < label.id()) {
                low = middle + 1;
            } else if (id > label.id()) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** @return whether some label is personal data */
    public boolean hasData() {
        for (Label label : labels) {
            if (label.isData()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether some label stands for what a caller passes (a parameter or its field) */
    public boolean hasParameter() {
        for (Label label : labels) {
            if (label.isSymbolic()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unites two sets; a label in both keeps this set's witness.
     *
     * @param other the other set
     * @return the union, {@code this} when nothing is added
     */
    public LabelSet union(LabelSet other) {
        if (other.labels.length == 0 || other == this) {
            return this;
        }
        if (labels.length == 0) {
            return other;
        }
        Label[] mergedLabels = new Label[labels.length + other.labels.length];
        Witness[] mergedWitnesses = new Witness[mergedLabels.length];
        int i = 0;
        int j = 0;
        int n = 0;
        boolean added = false;
        while (i < labels.length || j < other.labels.length) {
            if (j >= other.labels.length || (i < labels.length && labels[i].id() < other.labels[j].id())) {
                mergedLabels[n] = labels[i];
                mergedWitnesses[n++] = witnesses[i++];
            } else if (i >= labels.length || other.labels[j].id() < labels[i].id()) {
                mergedLabels[n] = other.labels[j];
                mergedWitnesses[n++] = other.witnesses[j++];
                added = true;
            } else {
                mergedLabels[n] = labels[i];
                mergedWitnesses[n++] = witnesses[i++];
                j++;
            }
        }
        if (!added) {
            return this;
        }
        return new LabelSet(Arrays.copyOf(mergedLabels, n), Arrays.copyOf(mergedWitnesses, n));
    }

    /**
     * Keeps the labels of one kind.
     *
     * @param kind the kind to keep
     * @return the filtered set, {@code this} when nothing is dropped
     */
    public LabelSet only(Label.Kind kind) {
        return filter(label -> label.kind() == kind);
    }

    /**
     * Keeps the labels a test accepts.
     *
     * @param keep the test
     * @return the filtered set, {@code this} when nothing is dropped
     */
    public LabelSet filter(java.util.function.Predicate<Label> keep) {
        int count = 0;
        for (Label label : labels) {
            if (keep.test(label)) {
                count++;
            }
        }
        if (count == labels.length) {
            return this;
        }
        Label[] kept = new Label[count];
        Witness[] keptWitnesses = new Witness[count];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (keep.test(labels[i])) {
                kept[n] = labels[i];
                keptWitnesses[n++] = witnesses[i];
            }
        }
        return new LabelSet(kept, keptWitnesses);
    }

    /**
     * Drops the labels of one kind.
     *
     * @param kind the kind to drop
     * @return the filtered set
     */
    public LabelSet without(Label.Kind kind) {
        return filter(label -> label.kind() != kind);
    }

    /**
     * Keeps the labels that stand for what a caller passes, which a call binds.
     *
     * @return the symbolic labels, {@code this} when nothing is dropped
     */
    public LabelSet symbolic() {
        return filter(Label::isSymbolic);
    }

    /**
     * Extends every witness by a step.
     *
     * @param extend how to extend one witness
     * @return the set with new witnesses
     */
    public LabelSet mapWitnesses(UnaryOperator<Witness> extend) {
        if (labels.length == 0) {
            return this;
        }
        Witness[] extended = new Witness[witnesses.length];
        for (int i = 0; i < witnesses.length; i++) {
            extended[i] = extend.apply(witnesses[i]);
        }
        return new LabelSet(labels, extended);
    }

    /**
     * Returns the labels as a list.
     *
     * @return the labels, by id
     */
    public List<Label> labels() {
        return List.of(labels);
    }

    /**
     * Returns the personal-data labels.
     *
     * @return the data labels, by id
     */
    public List<Label> dataLabels() {
        List<Label> result = new ArrayList<>();
        for (Label label : labels) {
            if (label.isData()) {
                result.add(label);
            }
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LabelSet set) || set.hash != hash || set.labels.length != labels.length) {
            return false;
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != set.labels[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(labels);
    }
}
