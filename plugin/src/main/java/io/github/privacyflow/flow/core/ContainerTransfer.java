package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.handlers.ContainerOp;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * Containers as objects: a collection, map, optional, iterator or array the method made keeps
 * its contents in slots of the {@link ObjectHeap}, so a get returns the contained object with
 * its own fields, a map's keys stay apart from its values, and an entry put under a constant key
 * or index stays apart from the others. A container the method did not make, or one that
 * escaped to code the method cannot see, is left to the library models, which join everything
 * it holds.
 */
final class ContainerTransfer {

    /** Every element of a collection, array or view. */
    static final String ELEMENTS = "[elements]";
    /** Every key of a map. */
    static final String KEYS = "[keys]";
    /** Every value of a map. */
    static final String VALUES = "[values]";
    /** The values of a map put under keys that are not constants. */
    private static final String UNKEYED = "[unkeyed]";
    /** A map collector's function that makes each element's key, and the one that makes its value. */
    private static final String KEY_FUNCTION = "[key-function]";
    private static final String VALUE_FUNCTION = "[value-function]";
    /** The elements of an array stored at indexes that are not constants. */
    private static final String UNINDEXED = "[unindexed]";

    private final MethodFlow flow;

    ContainerTransfer(MethodFlow flow) {
        this.flow = flow;
    }

    /** Whether the method knows everything the container holds. */
    boolean knowsContents(TaintValue container) {
        return container != null && flow.unpublished(container.objectId);
    }

    /**
     * Applies a container operation the library models name.
     *
     * @param op the operation
     * @param values the call's values, receiver first for an instance method
     * @param hasReceiver whether the call has a receiver
     * @param returnType the call's result type
     * @return the call's result, or {@code null} when the container is not one the method knows
     *     (then the library models decide, as for any call)
     */
    TaintValue apply(ContainerOp op, List<? extends TaintValue> values, boolean hasReceiver, Type returnType) {
        if (op == ContainerOp.MAP_COLLECTOR) {
            return mapCollector(values, returnType);
        }
        if (op == ContainerOp.OF_ELEMENTS) {
            TaintValue elements = null;
            for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
                TaintValue argument = values.get(i);
                TaintValue element = argument.type != null && argument.type.getSort() == Type.ARRAY && knowsContents(argument)
                        ? slot(argument, ELEMENTS, returnType) : argument;
                elements = elements == null ? element : flow.join(elements, element);
            }
            return newContainer(returnType, ELEMENTS, elements);
        }
        TaintValue receiver = hasReceiver && !values.isEmpty() ? values.get(0) : null;
        if (!knowsContents(receiver)) {
            return null;
        }
        TaintValue last = values.get(values.size() - 1);
        switch (op) {
            case CLEAR:
                if (values.size() > 1 && !Integer.valueOf(0).equals(last.constant)) {
                    return null;
                }
                clear(receiver);
                return null;
            case ADD_ELEMENT:
                write(receiver, ELEMENTS, last, false);
                return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, 0);
            case PUT_ENTRY:
                TaintValue key = values.get(1);
                TaintValue value = values.size() > 2 ? values.get(2) : last;
                write(receiver, KEYS, key, false);
                write(receiver, VALUES, value, false);
                write(receiver, key.constant != null ? "[value:" + key.constant + "]" : UNKEYED, value, key.constant != null);
                return TaintValue.of(returnType, LabelSet.EMPTY, flow.insnIndex + 1);
            case GET_ELEMENT:
                return slot(receiver, ELEMENTS, returnType);
            case GET_VALUE:
                TaintValue asked = values.size() > 1 ? values.get(1) : null;
                if (asked != null && asked.constant != null) {
                    return joined(slot(receiver, "[value:" + asked.constant + "]", returnType), slot(receiver, UNKEYED, returnType));
                }
                return slot(receiver, VALUES, returnType);
            case ENTRY_KEY:
                return slot(receiver, KEYS, returnType);
            case ENTRY_VALUE:
                return slot(receiver, VALUES, returnType);
            case ELEMENTS_VIEW:
                return newContainer(returnType, ELEMENTS, held(receiver, ELEMENTS));
            case KEYS_VIEW:
                return newContainer(returnType, ELEMENTS, held(receiver, KEYS));
            case VALUES_VIEW:
                return newContainer(returnType, ELEMENTS, held(receiver, VALUES));
            case ENTRIES_VIEW:
                TaintValue keys = held(receiver, KEYS);
                TaintValue entryValues = held(receiver, VALUES);
                int entryId = flow.markSecondFresh();
                ObjectHeap heap = flow.frame.heap();
                LabelSet entryLabels = LabelSet.EMPTY;
                if (keys != null) {
                    heap = heap.write(entryId, KEYS, keys, true, flow::join);
                    entryLabels = entryLabels.union(keys.labels);
                }
                if (entryValues != null) {
                    heap = heap.write(entryId, VALUES, entryValues, true, flow::join);
                    entryLabels = entryLabels.union(entryValues.labels);
                }
                flow.frame.setHeap(heap);
                return newContainer(returnType, ELEMENTS, TaintValue.of(Type.getObjectType("java/util/Map$Entry"), entryLabels, entryId));
            default:
                return null;
        }
    }

    /** Empties a container the method knows, under every name it has here, once the call has run. */
    private void clear(TaintValue container) {
        int id = container.objectId;
        ObjectHeap heap = flow.frame.heap();
        for (String slot : heap.fieldsOf(id).keySet()) {
            heap = heap.write(id, slot, empty(Type.getObjectType("java/lang/Object")), true, flow::join);
        }
        flow.frame.setHeap(heap);
        TaintFrame frame = flow.frame;
        flow.afterExecute.add(() -> frame.forget(id));
    }

    /**
     * {@code Collectors.toMap(keyFunction, valueFunction, ...)}: a new collector that keeps its two
     * functions, so that a {@code collect} with it can build the map key by key.
     *
     * @param values the call's arguments
     * @param type the collector's type
     * @return the collector
     */
    private TaintValue mapCollector(List<? extends TaintValue> values, Type type) {
        flow.markFresh();
        int id = flow.insnIndex + 1;
        LabelSet captured = LabelSet.EMPTY;
        ObjectHeap heap = flow.frame.heap();
        if (values.size() >= 2) {
            heap = heap.write(id, KEY_FUNCTION, values.get(0), true, flow::join).write(id, VALUE_FUNCTION, values.get(1), true, flow::join);
            captured = values.get(0).labels.union(values.get(1).labels);
        }
        flow.frame.setHeap(heap);
        return TaintValue.of(type, captured, id);
    }

    /**
     * The function a map collector the method made keeps for keys or for values.
     *
     * @param collector the collector passed to {@code collect}
     * @param keys whether the key function is asked for, else the value function
     * @return the function value, {@code null} when the collector is not a map collector made here
     */
    TaintValue collectorFunction(TaintValue collector, boolean keys) {
        return knowsContents(collector) ? held(collector, keys ? KEY_FUNCTION : VALUE_FUNCTION) : null;
    }

    /**
     * A new map the current call makes, with its keys and values.
     *
     * @param type the map's type
     * @param keys what its keys are
     * @param entryValues what its values are
     * @return the map
     */
    TaintValue newMap(Type type, TaintValue keys, TaintValue entryValues) {
        TaintValue map = newContainer(type, KEYS, keys);
        write(map, VALUES, entryValues, true);
        // Its keys are computed, not constants: a get by any key may find any value.
        write(map, UNKEYED, entryValues, true);
        return TaintValue.of(type, keys.labels.union(entryValues.labels), map.objectId);
    }

    /**
     * A map's key and value as a function over its entries receives them, or {@code null} when the
     * method does not know the map's contents.
     */
    List<TaintValue> entryParts(TaintValue map) {
        if (!knowsContents(map)) {
            return null;
        }
        return List.of(slot(map, KEYS, OBJECT), slot(map, VALUES, OBJECT));
    }

    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    /** The element of a container the method knows, {@code null} when nothing was put in it. */
    TaintValue element(TaintValue container) {
        return held(container, ELEMENTS);
    }

    /** A new container the current call makes, whose elements are the value given. */
    TaintValue holding(Type type, TaintValue elements) {
        return newContainer(type, ELEMENTS, elements);
    }

    /** An array store: a constant index keeps its cell apart. */
    void store(TaintValue array, TaintValue index, TaintValue value) {
        write(array, ELEMENTS, value, false);
        if (index.constant instanceof Integer position) {
            write(array, "[index:" + position + "]", value, true);
        } else {
            write(array, UNINDEXED, value, false);
        }
    }

    /** An array load: a constant index reads its own cell and the stores at unknown indexes. */
    TaintValue load(TaintValue array, TaintValue index, Type elementType) {
        if (index.constant instanceof Integer position) {
            return joined(slot(array, "[index:" + position + "]", elementType), slot(array, UNINDEXED, elementType));
        }
        return slot(array, ELEMENTS, elementType);
    }

    /** {@code array.clone()}: a new array holding what the original holds, cell by cell. */
    TaintValue copy(TaintValue array, Type type) {
        int id = flow.insnIndex + 1;
        flow.markFresh();
        // Only an array that did not escape is copied, so the copy's escape is the original's: none.
        flow.copyObject(array.objectId, id);
        return TaintValue.of(type, array.labels, id);
    }

    private void write(TaintValue container, String slot, TaintValue value, boolean strong) {
        flow.frame.setHeap(flow.frame.heap().write(container.objectId, slot, value, strong, flow::join));
    }

    private TaintValue slot(TaintValue container, String slot, Type type) {
        TaintValue held = held(container, slot);
        return held == null ? empty(type) : held;
    }

    /** What a slot holds, {@code null} when nothing was put there. */
    private TaintValue held(TaintValue container, String slot) {
        ObjectHeap.Cell cell = flow.frame.heap().cell(container.objectId, slot);
        return cell == null ? null : cell.value();
    }

    private TaintValue joined(TaintValue first, TaintValue second) {
        if (second.labels.isEmpty() && second.objectId == 0) {
            return first;
        }
        return flow.join(first, second);
    }

    /**
     * What a get from an empty slot gives: {@code null} for an object (it stays {@code null}
     * through casts, so when the analysis later finds the slot filled, the object found keeps its
     * identity where the two meet), nothing for a primitive.
     */
    private static TaintValue empty(Type type) {
        return TaintValue.of(type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ? TaintValue.NULL_TYPE : type,
                LabelSet.EMPTY, 0);
    }

    /**
     * A new container made by the current call, holding one slot, or nothing when {@code held} is
     * {@code null}; it carries what the slot holds. An empty slot is left out rather than written
     * empty: a cell joined with an empty value would forget the identity of what it holds later.
     */
    private TaintValue newContainer(Type type, String slot, TaintValue held) {
        flow.markFresh();
        int id = flow.insnIndex + 1;
        if (held == null) {
            return TaintValue.of(type, LabelSet.EMPTY, id);
        }
        flow.frame.setHeap(flow.frame.heap().write(id, slot, held, true, flow::join));
        return TaintValue.of(type, held.labels, id);
    }
}
