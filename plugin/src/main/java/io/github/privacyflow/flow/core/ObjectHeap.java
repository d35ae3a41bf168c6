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
        // Copied on write and never changed after: frames share heaps.
        Map<String, Cell> newFields = fields == null ? new HashMap<>() : new HashMap<>(fields);
        newFields.put(field, written);
        Map<Integer, Map<String, Cell>> newObjects = new HashMap<>(objects);
        newObjects.put(objectId, newFields);
        return new ObjectHeap(newObjects, escaped);
    }

    /**
     * Gives another identity every field of an object, and its escape: the same contents under a
     * second name (an array's clone, a factory's result a lambda returned).
     *
     * @param from the object copied
     * @param to the identity that receives its fields
     * @param join how two values of one cell join
     * @return the heap with the copy
     */
    ObjectHeap copyObject(int from, int to, BinaryOperator<TaintValue> join) {
        ObjectHeap heap = this;
        for (Map.Entry<String, Cell> cell : fieldsOf(from).entrySet()) {
            heap = heap.write(to, cell.getKey(), cell.getValue().value(), cell.getValue().definite(), join);
        }
        return escaped(from) ? heap.escape(to) : heap;
    }

    /**
     * Makes every field of an object uncertain: code the method does not see may have written
     * them, so a read takes what they held and what they may hold now.
     *
     * @param objectId the object
     * @return the heap with the object's cells no longer definite
     */
    ObjectHeap unsettle(int objectId) {
        Map<String, Cell> fields = objects.get(objectId);
        if (fields == null || fields.values().stream().noneMatch(Cell::definite)) {
            return this;
        }
        Map<String, Cell> newFields = new HashMap<>();
        fields.forEach((field, cell) -> newFields.put(field, new Cell(cell.value(), false)));
        Map<Integer, Map<String, Cell>> newObjects = new HashMap<>(objects);
        newObjects.put(objectId, newFields);
        return new ObjectHeap(newObjects, escaped);
    }

    /** Marks an object as reachable by code this method does not see. */
    ObjectHeap escape(int objectId) {
        if (escaped.contains(objectId)) {
            return this;
        }
        Set<Integer> newEscaped = new HashSet<>(escaped);
        newEscaped.add(objectId);
        return new ObjectHeap(objects, newEscaped);
    }

    /**
     * Joins the heaps of two paths meeting: a field written on one path only may hold what it
     * held before, so its cell is no longer definite. Frames merge at every branch and loop, so
     * this builds nothing unless the result differs from this heap.
     *
     * @param other the other path's heap
     * @param join how two values of one cell join
     * @return the joined heap, {@code this} when it already holds everything the other does
     */
    ObjectHeap merge(ObjectHeap other, BinaryOperator<TaintValue> join) {
        if (other == this) {
            return this;
        }
        Map<Integer, Map<String, Cell>> merged = null;
        for (Map.Entry<Integer, Map<String, Cell>> entry : other.objects.entrySet()) {
            Map<String, Cell> mine = objects.get(entry.getKey());
            Map<String, Cell> joined = mergeFields(mine, entry.getValue(), join);
            if (joined != mine) {
                if (merged == null) {
                    merged = new HashMap<>(objects);
                }
                merged.put(entry.getKey(), joined);
            }
        }
        for (Map.Entry<Integer, Map<String, Cell>> entry : objects.entrySet()) {
            if (!other.objects.containsKey(entry.getKey())) {
                Map<String, Cell> loosened = mergeFields(entry.getValue(), Map.of(), join);
                if (loosened != entry.getValue()) {
                    if (merged == null) {
                        merged = new HashMap<>(objects);
                    }
                    merged.put(entry.getKey(), loosened);
                }
            }
        }
        Set<Integer> newEscaped = escaped;
        if (!escaped.containsAll(other.escaped)) {
            newEscaped = new HashSet<>(escaped);
            newEscaped.addAll(other.escaped);
        }
        if (merged == null && newEscaped == escaped) {
            return this;
        }
        return new ObjectHeap(merged == null ? objects : merged, newEscaped);
    }

    /**
     * Joins one object's fields from two paths; returns {@code mine} itself when the join adds
     * nothing to it.
     */
    private static Map<String, Cell> mergeFields(Map<String, Cell> mine, Map<String, Cell> theirs, BinaryOperator<TaintValue> join) {
        if (mine == theirs) {
            return mine;
        }
        Map<String, Cell> mineOrEmpty = mine == null ? Map.of() : mine;
        Map<String, Cell> joined = null;
        for (Map.Entry<String, Cell> entry : theirs.entrySet()) {
            Cell a = mineOrEmpty.get(entry.getKey());
            Cell b = entry.getValue();
            Cell cell = a == null ? new Cell(b.value, false)
                    : a.equals(b) ? a : new Cell(join.apply(a.value, b.value), a.definite && b.definite);
            if (a == null || (cell != a && !cell.equals(a))) {
                if (joined == null) {
                    joined = new HashMap<>(mineOrEmpty);
                }
                joined.put(entry.getKey(), cell);
            }
        }
        for (Map.Entry<String, Cell> entry : mineOrEmpty.entrySet()) {
            if (entry.getValue().definite && !theirs.containsKey(entry.getKey())) {
                if (joined == null) {
                    joined = new HashMap<>(mineOrEmpty);
                }
                joined.put(entry.getKey(), new Cell(entry.getValue().value, false));
            }
        }
        return joined == null ? mine : joined;
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
