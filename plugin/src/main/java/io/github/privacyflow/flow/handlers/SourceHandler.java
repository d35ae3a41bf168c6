package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import java.util.Optional;
import org.objectweb.asm.Type;

/**
 * Where personal data enters the analysed code. The core asks every source handler, in the
 * order {@link Handlers} lists them, at four points: a field read, a call's result, a method's
 * parameter, and any value of a class type. For the first three the first handler that answers
 * wins; instance labels of all handlers are united.
 *
 * <p>A handler makes its labels with {@link io.github.privacyflow.flow.LabelTable#data}, whose
 * key says what the source is: the same key gives the same label everywhere. Every method has a
 * default that knows nothing, so a handler implements only the points it knows about.
 */
public interface SourceHandler {

    /**
     * The data a field read returns.
     *
     * @param owner the class the field instruction names
     * @param name the field's name
     * @return the label, or empty when this handler does not know the field as a source
     */
    default Optional<Label> field(String owner, String name) {
        return Optional.empty();
    }

    /**
     * The data a call returns.
     *
     * @param call the call as resolved
     * @return the label, or empty when this handler does not know the call as a source
     */
    default Optional<Label> result(ResolvedCall call) {
        return Optional.empty();
    }

    /**
     * The data a library call returns for a key the caller names with a constant: a request's
     * {@code getParameter("email")}, a result set's {@code getString("login_name")}. Asked only
     * when no handler knows the call's result by {@link #result}.
     *
     * @param call the call as resolved
     * @param key the first string constant among the call's arguments
     * @return the label, or empty when this handler does not know the key as a source
     */
    default Optional<Label> keyedResult(ResolvedCall call, String key) {
        return Optional.empty();
    }

    /**
     * The data a result set's column holds when the caller names the column by a field of the
     * program ({@code rs.getString(m_loginName)}, the column's name configured once): the field's
     * name names the column as a constant would. Asked only when no constant names it.
     *
     * @param call the call as resolved
     * @param field the field holding the column's name, as {@code Class.field}
     * @return the label, or empty when this handler does not know the column as a source
     */
    default Optional<Label> columnNamedByField(ResolvedCall call, String field) {
        return Optional.empty();
    }

    /**
     * The data a value is once the program casts it to a class: a value of unknown type (what a
     * reflective getter returned) cast to an e-mail address type is an e-mail address.
     *
     * @param internalName the class cast to
     * @return the label, or empty when a cast to the class says nothing of the data
     */
    default Optional<Label> castTo(String internalName) {
        return Optional.empty();
    }

    /**
     * The data a program method receives as a parameter.
     *
     * @param method the method
     * @param index the parameter, zero-based, receiver excluded; always one the method has
     * @return the label, or empty when this handler does not know the parameter as a source
     */
    default Optional<Label> parameter(MethodModel method, int index) {
        return Optional.empty();
    }

    /**
     * The data a program method keeps in a local variable: by the variable's name, or by what
     * the method does with it.
     *
     * @param method the method
     * @param store the variable, from the class file's local variable table, and the value stored
     * @param line the line of the store, for the source's place
     * @return the label, or empty when this handler does not know the variable as a source
     */
    default Optional<Label> local(MethodModel method, LocalStore store, int line) {
        return Optional.empty();
    }

    /**
     * The data a text is once the program keeps it in a field: a value a constructor or a
     * setter stores into a field holding a person's e-mail address is that address.
     *
     * @param owner the internal name of the class declaring the field
     * @param name the field's name
     * @return the label, or empty when keeping a value there says nothing of it
     */
    default Optional<Label> keptAs(String owner, String name) {
        return Optional.empty();
    }

    /**
     * The data every value of a class carries (an instance of a personal type).
     *
     * @param internalName the value's static class
     * @return the labels, without witnesses; empty when values of the class carry nothing
     */
    default LabelSet instance(String internalName) {
        return LabelSet.EMPTY;
    }
}
