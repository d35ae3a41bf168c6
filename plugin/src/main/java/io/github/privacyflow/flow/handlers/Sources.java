package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The source handlers of one analysis as the core asks them: in order, the first answer winning
 * (instances: all answers united), and the answers that depend only on a field or a class kept,
 * since the analysis asks again at every pass over a loop.
 */
public final class Sources {

    private final List<SourceHandler> handlers;
    private final Map<String, Optional<Label>> fields = new HashMap<>();
    private final Map<String, LabelSet> instances = new HashMap<>();
    private final Map<LocalKey, Optional<Label>> locals = new HashMap<>();
    private final Map<String, Optional<Label>> keptAs = new HashMap<>();
    private final Map<String, Optional<Label>> casts = new HashMap<>();

    Sources(List<SourceHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    /**
     * The data a field read returns.
     *
     * @param owner the class the instruction names
     * @param name the field's name
     * @return the label, empty when the field is no source
     */
    public Optional<Label> field(String owner, String name) {
        String key = owner + "#" + name;
        Optional<Label> known = fields.get(key);
        if (known != null) {
            return known;
        }
        Optional<Label> label = firstAnswer(handler -> handler.field(owner, name));
        fields.put(key, label);
        return label;
    }

    /**
     * The data a call returns.
     *
     * @param call the call as resolved
     * @return the label, empty when the call is no source
     */
    public Optional<Label> result(ResolvedCall call) {
        return firstAnswer(handler -> handler.result(call));
    }

    /**
     * The data a library call returns for the key a constant argument names.
     *
     * @param call the call as resolved
     * @param key the first string constant among its arguments
     * @return the first handler's label, or empty
     */
    public Optional<Label> keyedResult(ResolvedCall call, String key) {
        return firstAnswer(handler -> handler.keyedResult(call, key));
    }

    /**
     * The data a result set's column holds, named by a field of the program.
     *
     * @param call the call as resolved
     * @param field the field holding the column's name, as {@code Class.field}
     * @return the first handler's label, or empty
     */
    public Optional<Label> columnNamedByField(ResolvedCall call, String field) {
        return firstAnswer(handler -> handler.columnNamedByField(call, field));
    }

    /**
     * The data a method receives in an argument.
     *
     * @param method the method
     * @param argument the argument, receiver first
     * @return the label, empty when the argument is no source (the receiver never is)
     */
    public Optional<Label> parameter(MethodModel method, int argument) {
        int index = method.isStatic() ? argument : argument - 1;
        if (index < 0 || index >= method.parameters().size()) {
            return Optional.empty();
        }
        return firstAnswer(handler -> handler.parameter(method, index));
    }

    /**
     * The data a local variable holds, asked when a value is stored into it.
     *
     * @param method the method
     * @param analysed the code the analysis runs, the method's own or a copy with dead branches cut
     *     (of the same length, so its instructions' indexes are the method's)
     * @param variable the local variable's slot
     * @param storeIndex the index of the store instruction in {@code analysed}
     * @param line the store's line
     * @param madeAtRandom whether the value stored was made at random
     * @param constant whether the value stored is a constant of the program's code
     * @return the label, empty when the variable is no source or the class file has no names
     */
    public Optional<Label> local(MethodModel method, MethodNode analysed, int variable, int storeIndex, int line,
            boolean madeAtRandom, boolean constant) {
        List<LocalVariableNode> table = analysed.localVariables;
        if (table == null) {
            return Optional.empty();
        }
        InsnList code = analysed.instructions;
        for (LocalVariableNode entry : table) {
            int start = code.indexOf(entry.start);
            int end = code.indexOf(entry.end);
            // javac starts a variable's scope just after its first store.
            if (entry.index == variable && storeIndex < end && storeIndex >= start - 3) {
                LocalStore store = new LocalStore(entry.name, Type.getType(entry.desc), entry.index, start, end, madeAtRandom, constant);
                LocalKey key = new LocalKey(method, store);
                Optional<Label> known = locals.get(key);
                if (known == null) {
                    known = firstAnswer(handler -> handler.local(method, store, line));
                    locals.put(key, known);
                }
                return known;
            }
        }
        return Optional.empty();
    }

    /**
     * The data a text is once kept in a field of the program.
     *
     * @param field the field's key, {@code owner#name}
     * @return the first handler's label, or empty
     */
    public Optional<Label> keptAs(String field) {
        Optional<Label> known = keptAs.get(field);
        if (known == null) {
            int hash = field.indexOf('#');
            known = hash < 0 ? Optional.empty()
                    : firstAnswer(handler -> handler.keptAs(field.substring(0, hash), field.substring(hash + 1)));
            keptAs.put(field, known);
        }
        return known;
    }

    /**
     * The data a value is once cast to a class.
     *
     * @param internalName the class cast to
     * @return the first handler's label, or empty
     */
    public Optional<Label> castTo(String internalName) {
        return casts.computeIfAbsent(internalName, name -> firstAnswer(handler -> handler.castTo(name)));
    }

    /**
     * The data every value of a type carries.
     *
     * @param type the value's static type, or {@code null}
     * @return the labels, without witnesses; empty for primitives and arrays
     */
    public LabelSet instance(Type type) {
        if (type == null || type.getSort() != Type.OBJECT) {
            return LabelSet.EMPTY;
        }
        String name = type.getInternalName();
        LabelSet known = instances.get(name);
        if (known != null) {
            return known;
        }
        LabelSet result = LabelSet.EMPTY;
        for (SourceHandler handler : handlers) {
            result = result.union(handler.instance(name));
        }
        instances.put(name, result);
        return result;
    }

    /** The first handler's answer: handlers are asked in precedence order, and the first that knows wins. */
    private Optional<Label> firstAnswer(Function<SourceHandler, Optional<Label>> question) {
        for (SourceHandler handler : handlers) {
            Optional<Label> label = question.apply(handler);
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** A local variable's store as the answers are kept: the method and the store's own description. */
    private record LocalKey(MethodModel method, LocalStore store) {
    }
}
