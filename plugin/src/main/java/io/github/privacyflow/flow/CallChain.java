package io.github.privacyflow.flow;

import io.github.privacyflow.model.MethodModel;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The methods a sink hit passed through, from where its labels are known down to the sink's
 * method: an immutable list that shares its tail, so seeing a hit from a caller costs one node
 * rather than a copy of the chain.
 */
final class CallChain extends AbstractList<MethodModel> {

    /** Chains stop growing here: callers further up add nothing a finding needs, and recursion must not grow them. */
    static final int MAX_LENGTH = 64;

    private final MethodModel head;
    private final CallChain tail;
    private final int size;

    private CallChain(MethodModel head, CallChain tail) {
        this.head = head;
        this.tail = tail;
        this.size = tail == null ? 1 : tail.size + 1;
    }

    /**
     * A chain of one method, where a sink is called.
     *
     * @param method the method
     * @return the chain
     */
    static CallChain of(MethodModel method) {
        return new CallChain(method, null);
    }

    /**
     * The chain seen from a caller: the caller first, unless it is already on the chain
     * (recursion) or the chain is at its longest.
     *
     * @param caller the calling method
     * @return the longer chain, or this one
     */
    CallChain calledFrom(MethodModel caller) {
        if (size >= MAX_LENGTH || contains(caller)) {
            return this;
        }
        return new CallChain(caller, this);
    }

    @Override
    public boolean contains(Object method) {
        for (CallChain node = this; node != null; node = node.tail) {
            if (node.head == method) {
                return true;
            }
        }
        return false;
    }

    @Override
    public MethodModel get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        CallChain node = this;
        for (int i = 0; i < index; i++) {
            node = node.tail;
        }
        return node.head;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof java.util.List<?> list) || list.size() != size) {
            return false;
        }
        Iterator<?> theirs = list.iterator();
        for (MethodModel mine : this) {
            if (mine != theirs.next()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (MethodModel method : this) {
            hash = 31 * hash + method.hashCode();
        }
        return hash;
    }

    @Override
    public Iterator<MethodModel> iterator() {
        return new Iterator<>() {
            private CallChain next = CallChain.this;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public MethodModel next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                MethodModel method = next.head;
                next = next.tail;
                return method;
            }
        };
    }
}
