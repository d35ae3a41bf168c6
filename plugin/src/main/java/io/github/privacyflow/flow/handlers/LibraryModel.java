package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import java.util.List;
import java.util.Optional;

/**
 * What a call does that its body, if the analysis has one, does not show: a JDK or framework
 * method without a body here, an accessor a bytecode enhancer added, or a program method
 * annotated to say what it does ({@code @Anonymizer}, {@code @ConsentGate}). The answers are
 * data ({@link FieldAccess}, {@link CallEffect}, {@link CallFlow}); the core applies them.
 *
 * <p>The core asks, at each call and in this order: {@link #fieldAccess} before anything else;
 * {@link #effect} once the call's sinks are checked; {@link #flow} when no program body runs (or
 * the named class is a library's). Every method has a default that knows nothing, so a model
 * implements only what it knows about.
 */
public interface LibraryModel {

    /**
     * A member that stands for a field access: the call reads or writes the field, and nothing else.
     *
     * @param owner the class the call names
     * @param name the method's name
     * @return the access, or empty for an ordinary method
     */
    default Optional<FieldAccess> fieldAccess(String owner, String name) {
        return Optional.empty();
    }

    /**
     * What the call does beyond passing data on: give consent, or return nothing personal.
     * The effects of all models are united.
     *
     * @param call the call as resolved
     * @return the effect, {@link CallEffect#NONE} when this model does not know the call
     */
    default CallEffect effect(ResolvedCall call) {
        return CallEffect.NONE;
    }

    /**
     * How a call without a program body passes data between its receiver, arguments and
     * result. The first model that decides the result wins; the receiver and tag parts of all
     * models are united.
     *
     * @param call the call as resolved
     * @param passesLambda whether a lambda or method reference is among the values passed
     * @return this model's part, {@link CallFlow#UNKNOWN} when it does not know the call
     */
    default CallFlow flow(ResolvedCall call, boolean passesLambda) {
        return CallFlow.UNKNOWN;
    }

    /**
     * What a call does to a container's contents, so the core can keep a container's elements,
     * keys and values apart.
     *
     * @param call the call as resolved
     * @return the operation, or empty when this model does not know the call
     */
    default Optional<ContainerOp> container(ResolvedCall call) {
        return Optional.empty();
    }

    /**
     * The reflective access a call stands for, followed when the names it uses are constants.
     *
     * @param call the call as resolved
     * @return the operation, or empty when this model does not know the call
     */
    default Optional<ReflectionOp> reflection(ResolvedCall call) {
        return Optional.empty();
    }

    /**
     * Whether the lambdas a call is given run on an error the call raised, not on the data it
     * holds ({@code future.exceptionally(e -> ...)}, Reactor's {@code onErrorResume}).
     *
     * @param call the call as resolved
     * @return {@code true} when the model knows so
     */
    default boolean runsLambdasOnError(ResolvedCall call) {
        return false;
    }

    /**
     * Whether a call returns the function it is given, wrapped ({@code Throwing.biConsumer(f)},
     * then {@code .sneakyThrow()}): what runs the wrapper runs that function.
     *
     * @param call the call as resolved
     * @return {@code true} when the model knows so
     */
    default boolean wrapsFunction(ResolvedCall call) {
        return false;
    }

    /**
     * The tags a static field's value carries, e.g. {@code System.out} leads to {@code stdout}.
     *
     * @param owner the class the instruction names
     * @param name the field's name
     * @return the tag bits, 0 for none
     */
    default int staticFieldTags(String owner, String name) {
        return 0;
    }

    /**
     * Whether printing an instance of the type (its {@code toString()}, as a logger or string
     * concatenation prints it) shows nothing personal, so a whole object of it reaching a log
     * prints no personal data. The models' answers are united: one that knows is enough.
     *
     * @param type the internal name of the object's class
     * @return {@code true} when this model knows the printed form holds nothing personal
     */
    default boolean printsNothingPersonal(String type) {
        return false;
    }

    /**
     * The program's callbacks a library call runs on its own arguments: a loading cache's
     * {@code get(key)} runs the {@code CacheLoader.load} its calling class built the cache with.
     *
     * @param callerClass the internal name of the class whose method makes the call
     * @param owner the call's owner
     * @param name the call's name
     * @param descriptor the call's descriptor
     * @return the program methods run, each taking the call's arguments; empty for none
     */
    default List<MethodModel> callbacks(String callerClass, String owner, String name, String descriptor) {
        return List.of();
    }

    /**
     * The tags a call's result carries because of the text the call is given: a JPA query made
     * from an {@code INSERT} or an {@code UPDATE}, or from the name of a program's named query
     * that is one, writes ({@code query-write}), so its {@code executeUpdate()} stores.
     *
     * @param call the call as resolved
     * @param text the first string constant among its arguments
     * @return the tag bits, 0 for none
     */
    default int resultTags(ResolvedCall call, String text) {
        return 0;
    }
}
