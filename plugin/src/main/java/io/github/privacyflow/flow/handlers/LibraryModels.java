package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The library models of one analysis as the core asks them, combined as {@link LibraryModel} says. */
public final class LibraryModels {

    private final List<LibraryModel> models;

    LibraryModels(List<LibraryModel> models) {
        this.models = List.copyOf(models);
    }

    /**
     * The field access a member stands for.
     *
     * @param owner the class the call names
     * @param name the method's name
     * @return the first model's answer, empty for an ordinary method
     */
    public Optional<FieldAccess> fieldAccess(String owner, String name) {
        return first(model -> model.fieldAccess(owner, name));
    }

    /**
     * What a call does beyond passing data on.
     *
     * @param call the call as resolved
     * @return every model's effect, united
     */
    public CallEffect effect(ResolvedCall call) {
        CallEffect effect = CallEffect.NONE;
        for (LibraryModel model : models) {
            effect = effect.and(model.effect(call));
        }
        return effect;
    }

    /**
     * How a call without a program body passes data on.
     *
     * @param call the call as resolved
     * @param passesLambda whether a lambda or method reference is among the values passed
     * @return the models' parts combined onto {@link CallFlow#start}
     */
    public CallFlow flow(ResolvedCall call, boolean passesLambda) {
        CallFlow flow = CallFlow.start(call.isConstructor());
        for (LibraryModel model : models) {
            flow = flow.then(model.flow(call, passesLambda));
        }
        return flow;
    }

    /**
     * What a call does to a container's contents.
     *
     * @param call the call as resolved
     * @return the first model's answer, empty when no model knows the call
     */
    public Optional<ContainerOp> container(ResolvedCall call) {
        return first(model -> model.container(call));
    }

    /**
     * The reflective access a call stands for.
     *
     * @param call the call as resolved
     * @return the first model's answer, empty when no model knows the call
     */
    public Optional<ReflectionOp> reflection(ResolvedCall call) {
        return first(model -> model.reflection(call));
    }

    /**
     * Whether the lambdas a call is given run on an error, not on what it holds.
     *
     * @param call the call as resolved
     * @return whether some model knows so
     */
    public boolean runsLambdasOnError(ResolvedCall call) {
        for (LibraryModel model : models) {
            if (model.runsLambdasOnError(call)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The program's callbacks a library call runs on its own arguments, by every model.
     *
     * @param callerClass the internal name of the class whose method makes the call
     * @param owner the call's owner
     * @param name the call's name
     * @param descriptor the call's descriptor
     * @return the program methods run
     */
    public List<MethodModel> callbacks(String callerClass, String owner, String name, String descriptor) {
        List<MethodModel> found = new ArrayList<>();
        for (LibraryModel model : models) {
            found.addAll(model.callbacks(callerClass, owner, name, descriptor));
        }
        return found;
    }

    /**
     * Whether a call returns the function value it is given, wrapped.
     *
     * @param call the call as resolved
     * @return whether some model knows so
     */
    public boolean wrapsFunction(ResolvedCall call) {
        for (LibraryModel model : models) {
            if (model.wrapsFunction(call)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value's tags say it was read from the configuration ({@code [tags]} entries
     * tagged {@code setting}): kept under a person's name ({@code mailUser}), it names a
     * configured account, not a person.
     *
     * @param tags the value's tag bits
     * @return whether the setting tag is among them
     */
    public boolean readFromSettings(int tags) {
        return (tags & ValueTags.SETTING) != 0;
    }

    /**
     * Whether a value's tags say it was made at random ({@code [tags]} entries tagged {@code
     * random}): handed to a lookup of a person as its key, or kept by a setter in a person's field,
     * it is a fresh random identifier tried or given, not one of the person's data (issue 12:
     * tell random identifiers apart by where the value comes from). A name's evidence stays: a
     * random part added to a typed user name leaves it a user name.
     *
     * @param tags the value's tag bits
     * @return whether the random tag is among them
     */
    public boolean madeAtRandom(int tags) {
        return (tags & ValueTags.RANDOM) != 0;
    }

    /** The answer of the first model, in precedence order, that has one. */
    private <T> Optional<T> first(Function<LibraryModel, Optional<T>> question) {
        for (LibraryModel model : models) {
            Optional<T> answer = question.apply(model);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    /**
     * The tags a static field's value carries.
     *
     * @param owner the class the instruction names
     * @param name the field's name
     * @return every model's tags, united
     */
    public int staticFieldTags(String owner, String name) {
        int tags = 0;
        for (LibraryModel model : models) {
            tags |= model.staticFieldTags(owner, name);
        }
        return tags;
    }

    /**
     * The tags a call's result carries because of the text it is given.
     *
     * @param call the call as resolved
     * @param text the first string constant among its arguments
     * @return every model's tags, united
     */
    public int resultTags(ResolvedCall call, String text) {
        int tags = 0;
        for (LibraryModel model : models) {
            tags |= model.resultTags(call, text);
        }
        return tags;
    }

    /**
     * Whether printing an instance of the type shows nothing personal.
     *
     * @param type the internal name of the object's class
     * @return whether some model knows so
     */
    public boolean printsNothingPersonal(String type) {
        for (LibraryModel model : models) {
            if (model.printsNothingPersonal(type)) {
                return true;
            }
        }
        return false;
    }
}
