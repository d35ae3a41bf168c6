package io.github.privacyflow.flow.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * The fields of the objects one method can name exactly, at one point of the method: the
 * objects it allocates and the objects its arguments are. An object here is known by its
 * identity ({@link TaintValue#objectId}), so a write into one object's field leaves another
 * object of the same class alone, and writing a field of an object known here replaces what it
 * held (a strong update). Immutable: a frame shares its heap with the frames it was copied from
 * until a write.
 *
 * <p>An object that escapes (stored where this method cannot follow it, handed to library code)
 * may have its fields written by code the method does not see; reads of its fields then also
 * take what the program writes into that field anywhere.
 */
final class ObjectHeap {

    /**
     * Objects whose fields one heap keeps apart; a method allocating more (generated code, long
     * initialisers) has the rest treated as escaped, which is what the field-based heap did.
     */
    static final int MAX_OBJECTS = 64;

    static final ObjectHeap EMPTY = new ObjectHeap(Map.of(), Set.of());

    /**
     * What one field of one object holds.
     *
     * @param value the value written, with its own identity, so an object stored in a field is found again
     * @param definite whether it was written on every path to this point
     */
    record Cell(TaintValue value, boolean definite) {
    }

    private final Map<Integer, Map<String, Cell>> objects;
    private final Set<Integer> escaped;

    private ObjectHeap(Map<Integer, Map<String, Cell>> objects, Set<Integer> escaped) {
        this.objects = objects;
        this.escaped = escaped;
    }

    /** The cell of a field of an object, {@code null} when this method has not written it. */
    Cell cell(int objectId, String field) {
        Map<String, Cell> fields = objects.get(objectId);
        return fields == null ? null : fields.get(field);
    }

    /** The fields this method wrote into an object. */
    Map<String, Cell> fieldsOf(int objectId) {
        return objects.getOrDefault(objectId, Map.of());
    }

    /** Whether code this method cannot see may write the object's fields. */
    boolean escaped(int objectId) {
        return escaped.contains(objectId);
    }

    /**
     * Writes a field.
     *
     * @param objectId the object
     * @param field the field's key
     * @param value what is written
     * @param strong whether the write certainly happens (then it replaces the cell), or only may
     * @param join how two values of one cell join
     * @return the heap after the write
     */
    ObjectHeap write(int objectId, String field, TaintValue value, boolean strong, BinaryOperator<TaintValue> join) {
        Map<String, Cell> fields = objects.get(objectId);
        if (fields == null && objects.size() >= MAX_OBJECTS) {
            return escape(objectId);
        }
        Cell old = fields == null ? null : fields.get(field);
        Cell written = strong || old == null ? new Cell(value, strong) : new Cell(join.apply(old.value, value), old.definite);
        if (written.equals(old)) {
            return this;
        }
        Map<String, Cell> newFields = fields == null ? new HashMap<>() : new HashMap<>(fields);
        newFields.put(field, written);
        Map<Integer, Map<String, Cell>> newObjects = new HashMap<>(objects);
        newObjects.put(objectId, Map.copyOf(newFields));
        return new ObjectHeap(Map.copyOf(newObjects), escaped);
    }

    /** Marks an object as reachable by code this method does not see. */
    ObjectHeap escape(int objectId) {
        if (escaped.contains(objectId)) {
            return this;
        }
        Set<Integer> newEscaped = new HashSet<>(escaped);
        newEscaped.add(objectId);
        return new ObjectHeap(objects, Set.copyOf(newEscaped));
    }

    /**
     * Joins the heaps of two paths meeting: a field written on one path only may hold what it
     * held before, so its cell is no longer definite.
     *
     * @param other the other path's heap
     * @param join how two values of one cell join
     * @return the joined heap, {@code this} when it already holds everything the other does
     */
    ObjectHeap merge(ObjectHeap other, BinaryOperator<TaintValue> join) {
        if (other == this || other.equals(this)) {
            return this;
        }
        Map<Integer, Map<String, Cell>> newObjects = new HashMap<>();
        Set<Integer> ids = new HashSet<>(objects.keySet());
        ids.addAll(other.objects.keySet());
        for (Integer id : ids) {
            Map<String, Cell> mine = objects.getOrDefault(id, Map.of());
            Map<String, Cell> theirs = other.objects.getOrDefault(id, Map.of());
            Map<String, Cell> joined = new HashMap<>();
            Set<String> fields = new HashSet<>(mine.keySet());
            fields.addAll(theirs.keySet());
            for (String field : fields) {
                Cell a = mine.get(field);
                Cell b = theirs.get(field);
                if (a == null || b == null) {
                    joined.put(field, new Cell(a == null ? b.value : a.value, false));
                } else {
                    joined.put(field, new Cell(join.apply(a.value, b.value), a.definite && b.definite));
                }
            }
            newObjects.put(id, Map.copyOf(joined));
        }
        Set<Integer> newEscaped = new HashSet<>(escaped);
        newEscaped.addAll(other.escaped);
        ObjectHeap merged = new ObjectHeap(Map.copyOf(newObjects), Set.copyOf(newEscaped));
        return merged.equals(this) ? this : merged;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectHeap heap && heap.objects.equals(objects) && heap.escaped.equals(escaped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objects, escaped);
    }
}
