package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.LabelSet;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * A frame of the taint analysis. Beyond ASM's locals and stack it knows whether a consent gate
 * has been passed on every path to this point (a must-fact: merging takes the conjunction), and
 * it lets a mutating call reach every alias of the mutated object.
 */
final class TaintFrame extends Frame<TaintValue> {

    /** Left without initializer on purpose: {@link Frame}'s copy constructor sets it through {@link #init}. */
    private boolean consent;
    /** The fields of the objects this method names exactly; set through {@link #init} in the copy constructor. */
    private ObjectHeap heap;
    /** What the condition last tested on this path carries: the data of a boolean value javac computes by branching. */
    private LabelSet condition;

    TaintFrame(int numLocals, int maxStack) {
        super(numLocals, maxStack);
    }

    TaintFrame(Frame<? extends TaintValue> frame) {
        super(frame);
    }

    boolean consent() {
        return consent;
    }

    void giveConsent() {
        consent = true;
    }

    LabelSet condition() {
        return condition == null ? LabelSet.EMPTY : condition;
    }

    void setCondition(LabelSet labels) {
        condition = labels;
    }

    ObjectHeap heap() {
        return heap == null ? ObjectHeap.EMPTY : heap;
    }

    void setHeap(ObjectHeap newHeap) {
        heap = newHeap;
    }

    @Override
    public Frame<TaintValue> init(Frame<? extends TaintValue> frame) {
        super.init(frame);
        consent = ((TaintFrame) frame).consent;
        heap = ((TaintFrame) frame).heap;
        condition = ((TaintFrame) frame).condition;
        return this;
    }

    @Override
    public boolean merge(Frame<? extends TaintValue> frame, Interpreter<TaintValue> interpreter) throws AnalyzerException {
        ((TaintInterpreter) interpreter).flow.step();
        boolean changed = super.merge(frame, interpreter);
        if (consent && !((TaintFrame) frame).consent) {
            consent = false;
            changed = true;
        }
        LabelSet conditions = condition().union(((TaintFrame) frame).condition());
        if (conditions != condition()) {
            condition = conditions;
            changed = true;
        }
        ObjectHeap merged = heap().merge(((TaintFrame) frame).heap(), interpreter::merge);
        if (merged != heap()) {
            heap = merged;
            changed = true;
        }
        return changed;
    }

    @Override
    public void execute(AbstractInsnNode insn, Interpreter<TaintValue> interpreter) throws AnalyzerException {
        MethodFlow flow = ((TaintInterpreter) interpreter).flow;
        flow.step();
        flow.enter(this, insn);
        super.execute(insn, interpreter);
        flow.leave(this, insn);
    }

    /**
     * Empties an object under every name: what it carried is gone (a cleared builder or list).
     *
     * @param objectId the object, never 0
     */
    void forget(int objectId) {
        for (int i = 0; i < getLocals(); i++) {
            TaintValue value = getLocal(i);
            if (value != null && value.objectId == objectId) {
                setLocal(i, value.withLabels(LabelSet.EMPTY));
            }
        }
        for (int i = 0; i < getStackSize(); i++) {
            TaintValue value = getStack(i);
            if (value != null && value.objectId == objectId) {
                setStack(i, value.withLabels(LabelSet.EMPTY));
            }
        }
    }

    /**
     * Lets a mutation reach every local and stack slot holding the same object.
     *
     * @param objectId the object, never 0
     * @param labels what flows into it
     * @param tags the tags it gains
     */
    void mutate(int objectId, LabelSet labels, int tags) {
        for (int i = 0; i < getLocals(); i++) {
            TaintValue value = getLocal(i);
            if (value != null && value.objectId == objectId) {
                setLocal(i, value.absorb(labels, tags));
            }
        }
        for (int i = 0; i < getStackSize(); i++) {
            TaintValue value = getStack(i);
            if (value != null && value.objectId == objectId) {
                setStack(i, value.absorb(labels, tags));
            }
        }
    }
}
