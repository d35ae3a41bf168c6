package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled library models, from {@code library-models.catalog}: calls whose result carries
 * nothing ({@code [no-flow]}), only what the receiver holds ({@code [receiver-only]}), or what a
 * lambda passed in returns ({@code [function-result]}); calls whose lambdas run on an error
 * ({@code [error-callbacks]}); calls that put their arguments into
 * the receiver ({@code [into-receiver]}); and, from {@code sinks.catalog}'s {@code [tags]}, the
 * members whose value leads to stdout, a file or the network.
 */
final class CatalogModels implements LibraryModel {

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;
    private final ImmutableTypes immutable;

    CatalogModels(FlowCatalogs catalogs, ImmutableTypes immutable, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
        this.immutable = immutable;
    }

    @Override
    public CallFlow flow(ResolvedCall call, boolean passesLambda) {
        String owner = call.owner();
        String name = call.name();
        String descriptor = call.descriptor();
        int tags = 0;
        for (FlowCatalogs.TagEntry entry : catalogs.tags) {
            if (entry.field() == null && entry.pattern().matches(hierarchy, owner, name, descriptor)) {
                tags |= entry.tag();
            }
        }
        boolean intoReceiver = false;
        boolean returnsReceiver = false;
        if (call.hasReceiver() && !call.isConstructor() && mutatesReceiver(call) && !immutable.contains(owner)) {
            intoReceiver = true;
            // A mutator returning its own type (StringBuilder.append) returns the receiver itself.
            returnsReceiver = call.returnsOwnType(hierarchy);
        }
        CallFlow.Result result = null;
        // A constructor's result is already decided: the object it builds (CallFlow.start).
        if (!call.isConstructor()) {
            if (matchesAny(catalogs.noFlow, call)) {
                result = CallFlow.Result.NOTHING;
            } else if (passesLambda && matchesAny(catalogs.functionResult, call)) {
                result = CallFlow.Result.FUNCTION_RESULT;
            } else if (matchesAny(catalogs.receiverOnly, call)) {
                result = CallFlow.Result.RECEIVER;
            }
        }
        if (result == null && !intoReceiver && tags == 0) {
            return CallFlow.UNKNOWN;
        }
        return new CallFlow(result, intoReceiver, returnsReceiver, tags);
    }

    @Override
    public Optional<ContainerOp> container(ResolvedCall call) {
        for (FlowCatalogs.ContainerEntry entry : catalogs.containers) {
            if (entry.pattern().matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return Optional.of(entry.op());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ReflectionOp> reflection(ResolvedCall call) {
        for (FlowCatalogs.ReflectionEntry entry : catalogs.reflection) {
            if (entry.pattern().matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return Optional.of(entry.op());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean runsLambdasOnError(ResolvedCall call) {
        return matchesAny(catalogs.errorCallbacks, call);
    }

    @Override
    public boolean wrapsFunction(ResolvedCall call) {
        return matchesAny(catalogs.functionWrappers, call);
    }

    @Override
    public int staticFieldTags(String owner, String name) {
        int tags = 0;
        for (FlowCatalogs.TagEntry entry : catalogs.tags) {
            if (entry.field() != null && entry.field().equals(name) && entry.pattern().internalClass().equals(owner)) {
                tags |= entry.tag();
            }
        }
        return tags;
    }

    /**
     * Whether the arguments flow into the receiver. An entry for any class ({@code *#set*})
     * guesses at library code nobody modelled; when program bodies run, their summaries say
     * what they keep, and the guess would only merge an argument into the whole object.
     */
    private boolean mutatesReceiver(ResolvedCall call) {
        for (MemberPattern pattern : catalogs.intoReceiver) {
            if ((pattern.internalClass() != null || call.targets().isEmpty())
                    && pattern.matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAny(List<MemberPattern> patterns, ResolvedCall call) {
        for (MemberPattern pattern : patterns) {
            if (pattern.matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<MethodModel> callbacks(String callerClass, String owner, String name, String descriptor) {
        List<MethodModel> found = new ArrayList<>();
        for (FlowCatalogs.CallbackEntry entry : catalogs.callbacks) {
            if (!entry.call().matches(hierarchy, owner, name, descriptor)) {
                continue;
            }
            String topLevel = topLevel(callerClass);
            for (ClassModel callback : hierarchy.programSubtypes(entry.callbackClass())) {
                if (!callback.isInterface() && !callback.isAbstract() && topLevel(callback.internalName()).equals(topLevel)) {
                    implementation(callback, entry).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /**
     * The program's own method for the callback: its {@code load(String)}, whose body the erased
     * bridge {@code load(Object)} only casts its argument for; the bridge when there is no other.
     */
    private static Optional<MethodModel> implementation(ClassModel callback, FlowCatalogs.CallbackEntry entry) {
        String name = entry.callbackMethod().name();
        Optional<MethodModel> own = callback.methods().stream()
                .filter(method -> method.name().equals(name) && !method.isSynthetic() && !method.isStatic()
                        && method.parameters().size() == entry.callbackParameters())
                .findFirst();
        return own.isPresent() ? own : callback.methods().stream()
                .filter(method -> entry.callbackMethod().matchesMethod(method.name(), method.descriptor()))
                .findFirst();
    }

    /** A class's top-level class: the one its nested, local and anonymous classes are declared in. */
    private static String topLevel(String internalName) {
        int nested = internalName.indexOf('$');
        return nested < 0 ? internalName : internalName.substring(0, nested);
    }
}
