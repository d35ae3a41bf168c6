package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.flow.calls.Lambdas;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.flow.handlers.CallEffect;
import io.github.privacyflow.flow.handlers.CallFlow;
import io.github.privacyflow.flow.handlers.ContainerOp;
import io.github.privacyflow.flow.handlers.ReflectionOp;
import io.github.privacyflow.flow.handlers.FieldAccess;
import io.github.privacyflow.flow.handlers.LibraryModels;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * What a call instruction does to the values it takes and the value it returns. The call is
 * resolved first ({@link io.github.privacyflow.flow.calls.CallResolver}); then the handlers say
 * what it means (sinks, sources, library models) and the {@link SummaryBinder} applies the
 * summaries of the program methods it may run. This class only puts those answers together.
 */
final class CallTransfer {

    private static final Type CLASS_TYPE = Type.getObjectType("java/lang/Class");

    private final MethodFlow flow;
    private final SummaryBinder binder;

    CallTransfer(MethodFlow flow) {
        this.flow = flow;
        this.binder = new SummaryBinder(flow);
    }

    /** Called when the method's run ends: what only served that run is let go. */
    void runEnded() {
        binder.forgetApplied();
        lambdaResult = null;
    }

    /**
     * A call instruction, in the order that matters: a field accessor is a field access; the
     * call's sinks are checked with the values as they arrive; consent and anonymizers apply;
     * program targets contribute their summaries and library code its model; a source's data
     * joins the result.
     */
    TaintValue call(MethodInsnNode call, List<? extends TaintValue> values) {
        int opcode = call.getOpcode();
        boolean hasReceiver = opcode != Opcodes.INVOKESTATIC;
        TaintValue receiver = hasReceiver ? values.get(0) : null;
        Type returnType = Type.getReturnType(call.desc);
        LibraryModels models = flow.context.handlers.models();
        Optional<FieldAccess> access = models.fieldAccess(call.owner, call.name);
        if (access.isPresent()) {
            return fieldAccessCall(call, access.get(), values, returnType);
        }
        if (receiver != null && receiver.lambda != null && opcode == Opcodes.INVOKEINTERFACE
                && call.name.equals(receiver.lambda.method())) {
            // The interface method of a lambda runs its implementation on exactly these arguments.
            TaintValue result = applyLambda(receiver.lambda, LabelSet.EMPTY, null, values.subList(1, values.size()));
            if (returnType.getSort() == Type.VOID) {
                return null;
            }
            return result != null ? result : TaintValue.of(returnType, LabelSet.EMPTY, 0);
        }
        String receiverClass = receiver != null && receiver.type != null && receiver.type.getSort() == Type.OBJECT
                && !receiver.type.equals(TaintValue.NULL_TYPE) ? receiver.type.getInternalName() : null;
        ResolvedCall resolved = flow.context.calls.resolve(opcode, call.owner, call.name, call.desc, receiverClass);
        List<MethodModel> targets = resolved.targets();
        String callee = ClassNames.simple(call.owner) + (call.name.equals("<init>") ? "" : "." + call.name);

        if (!mergedForRemoval(call)) {
            checkSinks(resolved, values, receiver, hasReceiver, callee);
        }
        CallEffect effect = models.effect(resolved);
        if (effect.givesConsent()) {
            flow.consentAfterCall = true;
        }
        if (effect.returnsNothingPersonal()) {
            return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, flow.insnIndex + 1);
        }

        LabelSet result = LabelSet.EMPTY;
        int resultTags = 0;
        boolean allReturnFresh = !targets.isEmpty() && resolved.programOwner();
        if (!targets.isEmpty()) {
            boolean allGiveConsent = true;
            for (MethodModel target : targets) {
                Summary calleeSummary = specialised(target, receiver);
                result = result.union(binder.apply(target, calleeSummary, values, targets.size()));
                resultTags |= calleeSummary.returnedTags;
                allGiveConsent &= calleeSummary.establishesConsent;
                allReturnFresh &= calleeSummary.returnsFresh;
            }
            if (allGiveConsent) {
                flow.consentAfterCall = true;
            }
        }
        if (targets.isEmpty() && hasReceiver) {
            // A loading cache's get runs the loader its class built it with on the key: that loader's
            // body, with the key this call passes, and no receiver this method knows.
            List<MethodModel> callbacks = models.callbacks(flow.method.declaringClass().internalName(), call.owner, call.name, call.desc);
            for (MethodModel callback : callbacks) {
                List<TaintValue> given = new java.util.ArrayList<>(values);
                given.set(0, TaintValue.of(Type.getObjectType(callback.declaringClass().internalName()), LabelSet.EMPTY, 0));
                result = result.union(binder.apply(callback, specialised(callback, null), given, callbacks.size()));
            }
        }
        CallFlow passing = null;
        Optional<ContainerOp> containerOp = Optional.empty();
        TaintValue contained = null;
        // A dependency's interface the program implements (a wiki's Page, implemented by WikiPage):
        // the bodies that run are the program's, whose summaries are exact, so the library
        // model's guesses (the default that everything flows everywhere, escaping arguments)
        // would only merge what those bodies keep apart. Named catalogue entries still apply.
        boolean programBodiesRun = !targets.isEmpty() && !resolved.programOwner()
                && (!ClassNames.isPlatform(call.owner) || flow.context.hierarchy.programClass(resolved.resolutionOwner()).isPresent());
        if (targets.isEmpty() || !resolved.programOwner()) {
            containerOp = models.container(resolved);
            Optional<ReflectionOp> reflectionOp = models.reflection(resolved);
            if (reflectionOp.isPresent()) {
                contained = flow.reflection.apply(reflectionOp.get(), values, returnType);
            }
            if (contained != null) {
                containerOp = Optional.empty();
            } else if (containerOp.isPresent() && containerOp.get() == ContainerOp.COLLECT) {
                contained = collected(values, receiver, returnType);
            } else if (containerOp.isPresent()) {
                contained = flow.containers.apply(containerOp.get(), values, hasReceiver, returnType);
            } else if (hasReceiver && receiver != null && call.name.equals("clone") && receiver.type != null
                    && receiver.type.getSort() == Type.ARRAY && flow.containers.knowsContents(receiver)) {
                contained = flow.containers.copy(receiver, receiver.type);
            }
            if (resolved.isConstructor() && receiver != null && !call.owner.startsWith("java/lang/") && copiesFrom(values)) {
                // new HashMap<>(other), new ArrayList<>(other): the new container holds what the
                // argument holds, which this method cannot list slot by slot. (A string builder
                // made from a string is still one the method follows, so setLength(0) empties it.)
                flow.escape(receiver);
            }
            boolean passesLambda = values.stream().anyMatch(value -> value.lambda != null);
            passing = models.flow(resolved, passesLambda);
            // Library code may keep what it is given and hand it to anyone; a container the method
            // knows keeps it in a slot. A test or a comparison keeps nothing, and a map looked up
            // (get, remove) does not keep the key it is asked for: an object made only to be a
            // lookup key stays this method's own.
            boolean keptInSlot = contained != null || (containerOp.isPresent() && flow.containers.knowsContents(receiver));
            boolean keepsNothing = passing.result() == CallFlow.Result.NOTHING && !passing.intoReceiver() && !resolved.isConstructor();
            for (int i = hasReceiver ? 1 : 0; i < values.size() && !keptInSlot && !programBodiesRun && !keepsNothing; i++) {
                // A lambda the call is given runs here, on what the call hands it: what it
                // captured is used by its body, whose effects this method sees, not handed over.
                if (!(i == 1 && containerOp.orElse(null) == ContainerOp.GET_VALUE) && values.get(i).lambda == null) {
                    flow.escape(values.get(i));
                }
            }
            if (programBodiesRun) {
                passing = passing.decidedOr(CallFlow.Result.NOTHING);
            }
            ContainerOp op = containerOp.orElse(null);
            boolean keepsMapKeys = MapKeys.keepsMapKeys(call);
            LibraryResult library = libraryCall(passing, values, receiver, hasReceiver, resolved.isConstructor(), op,
                    !keepsMapKeys && MapKeys.isMapApi(call.owner), passesLambda && models.runsLambdasOnError(resolved));
            LabelSet libraryLabels = library.labels;
            if (op == ContainerOp.GET_VALUE && contained == null && receiver != null) {
                // A map this method cannot see into still answers get(key) with what was put under that key.
                LabelSet keyLabels = values.size() > 1 ? values.get(1).labels : LabelSet.EMPTY;
                libraryLabels = MapKeys.getWith(flow.context.labels, receiver.labels, MapKeys.key(values.size() > 1 ? values.get(1).constant : null))
                        .union(keyLabels);
            } else if (op == ContainerOp.OWN_PART && receiver != null) {
                // A request's URI: what it was built with, not what was put into it under a header's name.
                libraryLabels = MapKeys.getWith(flow.context.labels, receiver.labels, MapKeys.OWN_PART);
            } else if (MapKeys.mayHoldMap(returnType) && !keepsMapKeys && (op == null || call.name.equals("collect"))) {
                // Library code may rebuild a map from what it was given, under other keys; a
                // container hands out what it holds as it is, but a collect may build a new map.
                libraryLabels = MapKeys.strip(flow.context.labels, libraryLabels, MapKeys.buildsMap(call, returnType));
            }
            // A number or a flag a library computes from what it was given: the caller's values
            // stay, seen through that scalar, so that binding them keeps only the data it can be.
            result = result.union(FieldTransfer.fitting(flow.context.labels, returnType, libraryLabels));
            resultTags |= library.tags;
        }
        Optional<Label> known = flow.context.handlers.sources().result(resolved);
        String key = known.isEmpty() && targets.isEmpty() ? firstStringConstant(values, hasReceiver) : null;
        if (key != null) {
            // A query made from a statement that writes: its executeUpdate() stores.
            resultTags |= models.resultTags(resolved, key);
        }
        Optional<Label> keyedOrKnown = key != null ? flow.context.handlers.sources().keyedResult(resolved, key) : known;
        // A column named by the field that holds its name: rs.getString(m_loginName).
        Optional<Label> source = key == null && keyedOrKnown.isEmpty() && targets.isEmpty() && hasReceiver && values.size() == 2
                && values.get(1).field != null && Type.getArgumentTypes(call.desc)[0].equals(STRING)
                ? flow.context.handlers.sources().columnNamedByField(resolved, flow.context.fieldName(values.get(1).field))
                : keyedOrKnown;
        if (source.isPresent()) {
            result = result.union(LabelSet.of(source.get(), Witness.start("calls " + callee + "(), which returns "
                    + source.get().source().describe(), flow.here("calls " + callee))));
        }
        if (returnType.getSort() == Type.VOID) {
            return null;
        }
        if (returnType.equals(CLASS_TYPE)) {
            // A Class names a type, never a person: whatever the receiver held stays behind.
            result = source.isPresent() ? result.only(Label.Kind.DATA).filter(label -> label == source.get()) : LabelSet.EMPTY;
        } else {
            // A flag, a number or a date computed from data (Long.parseLong of a stored property,
            // a count of a user's login attempts) is not a name or an object it was computed beside.
            LabelSet computed = FieldTransfer.fittingData(returnType, result);
            result = source.isPresent() && result.contains(source.get()) ? computed.union(result.filter(label -> label == source.get())) : computed;
        }
        TaintValue value = returnType.getSort() == Type.OBJECT || returnType.getSort() == Type.ARRAY
                ? flow.reference(returnType, result) : TaintValue.of(returnType, result, 0);
        value = value.withTags(resultTags);
        if (targets.isEmpty() && models.wrapsFunction(resolved)) {
            // Throwing.biConsumer(f).sneakyThrow(): whatever runs the wrapper runs f.
            for (TaintValue given : values) {
                if (given != null && given.lambda != null) {
                    value = value.withLambda(given.lambda);
                    break;
                }
            }
        }
        if (contained == null && passing != null && passing.resultOrDefault() == CallFlow.Result.FUNCTION_RESULT && lambdaResult != null) {
            // stream.map(f): a new stream whose elements are exactly what f returned, whatever the receiver held.
            contained = flow.containers.holding(returnType, lambdaResult);
        }
        if (contained != null && returnType.getSort() != Type.VOID) {
            // The container's slot, with the contained object's identity, instead of everything it holds.
            value = contained.withTags(resultTags);
        }
        if (allReturnFresh && value.objectId > 0) {
            freshResult(targets, values, callee);
        }
        if (targets.isEmpty() && receiver != null && receiver.objectId != 0 && passing.returnsReceiver()) {
            // A builder's fluent call returns the builder itself: later mutations must reach both names.
            value = value.sameObjectAs(receiver);
        }
        return value;
    }

    /**
     * {@code em.remove(em.merge(entity))}: the merge only attaches the entity so that it can be
     * removed, and stores nothing. The call right after the merge takes its result and removes it.
     */
    private static boolean mergedForRemoval(MethodInsnNode call) {
        if (!call.name.equals("merge")) {
            return false;
        }
        org.objectweb.asm.tree.AbstractInsnNode next = call.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        if (next != null && next.getOpcode() == Opcodes.CHECKCAST) {
            next = next.getNext();
        }
        return next instanceof MethodInsnNode removal && (removal.name.equals("remove") || removal.name.equals("delete"))
                && Type.getArgumentTypes(removal.desc).length == 1 && removal.owner.equals(call.owner);
    }

    /** The type of a column's name. */
    private static final Type STRING = Type.getType(String.class);

    private static String firstStringConstant(List<? extends TaintValue> values, boolean hasReceiver) {
        for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
            if (values.get(i).constant instanceof String key) {
                return key;
            }
        }
        return null;
    }

    /**
     * The summary of a call's target, specialised to the receiver's class when the caller made
     * the receiver itself and the target is inherited: a template method ({@code announce()}
     * calling the abstract {@code name()}) then runs the receiver's own {@code name()}, not every
     * subclass's. Otherwise, and when the specialised run fails, the target's own summary.
     */
    private Summary specialised(MethodModel target, TaintValue receiver) {
        FlowContext context = flow.context;
        Summary general = context.summaries.getOrDefault(target, Summary.EMPTY);
        if (receiver == null || target.isStatic() || target.isConstructor() || context.specialising
                || !flow.isFresh(receiver.objectId) || receiver.type == null || receiver.type.getSort() != Type.OBJECT
                || receiver.type.getInternalName().equals(target.declaringClass().internalName())
                || !callsOverriddenMethod(target, receiver.type.getInternalName())) {
            return general;
        }
        java.util.List<Object> key = java.util.List.of(target, receiver.type.getInternalName());
        Object[] known = context.specialised.get(key);
        // Made again only when the target's own summary changed: that is when what it calls changed.
        if (known != null && known[1] == general) {
            return (Summary) known[0];
        }
        context.specialising = true;
        try {
            MethodFlow run = new MethodFlow(context, target, receiver.type);
            run.run();
            Summary summary = run.effects.summary.widened(context.labels);
            context.specialised.put(key, new Object[] {summary, general});
            return summary;
        } catch (org.objectweb.asm.tree.analysis.AnalyzerException | RuntimeException e) {
            if (BudgetExceeded.in(e) != null && BudgetExceeded.in(e).kind() == BudgetExceeded.Kind.MODULE_TIME) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            return general;
        } finally {
            context.specialising = false;
        }
    }

    /**
     * Whether an inherited method calls, on some object, a method the receiver's own class
     * declares: only then can the receiver's class change what it does.
     */
    private boolean callsOverriddenMethod(MethodModel method, String receiverClass) {
        Optional<io.github.privacyflow.model.ClassModel> own = flow.context.hierarchy.programClass(receiverClass);
        if (own.isEmpty()) {
            return false;
        }
        for (org.objectweb.asm.tree.AbstractInsnNode insn : method.node().instructions) {
            if ((insn.getOpcode() == Opcodes.INVOKEVIRTUAL || insn.getOpcode() == Opcodes.INVOKEINTERFACE)
                    && insn instanceof MethodInsnNode call && own.get().method(call.name, call.desc).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A factory's result is a new object on each call, whose fields are what the factory wrote:
     * the caller knows it as it knows an object it allocated itself.
     */
    private void freshResult(List<MethodModel> targets, List<? extends TaintValue> values, String callee) {
        flow.markFresh();
        int objectId = flow.insnIndex + 1;
        for (MethodModel target : targets) {
            Summary summary = flow.context.summaries.getOrDefault(target, Summary.EMPTY);
            binder.writeFields(objectId, summary.returnedFields, values, "passes it to " + callee + "()", flow.here("calls " + callee));
            if (summary.returnedEscaped) {
                flow.escape(objectId);
            } else if (summary.returnedShared) {
                // It may be another object, whose fields are in the program-wide table: reads take
                // those too, while what the callee wrote stays with this object unless it escapes.
                flow.mayBeShared(objectId);
            }
        }
    }

    /** An accessor that stands for a field access: a read or write of the field it names; other plumbing passes nothing on. */
    private TaintValue fieldAccessCall(MethodInsnNode call, FieldAccess access, List<? extends TaintValue> values,
            Type returnType) {
        TaintValue receiver = call.getOpcode() != Opcodes.INVOKESTATIC && !values.isEmpty() ? values.get(0) : null;
        switch (access.kind()) {
            case GETTER:
                return flow.fields.read(new FieldInsnNode(Opcodes.GETFIELD, call.owner, access.field(), returnType.getDescriptor()), receiver);
            case SETTER:
                TaintValue value = values.get(values.size() - 1);
                flow.fields.write(new FieldInsnNode(Opcodes.PUTFIELD, call.owner, access.field(), value.type == null
                        ? "Ljava/lang/Object;" : value.type.getDescriptor()), receiver, value);
                return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, 0);
            default:
                return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, flow.insnIndex + 1);
        }
    }

    /**
     * The values each sink of the call takes, as they arrive: a sink needing a tag takes them
     * only where the receiver, or the argument it names (the stream written to), carries it.
     */
    private void checkSinks(ResolvedCall call, List<? extends TaintValue> values, TaintValue receiver, boolean hasReceiver,
            String callee) {
        for (SinkSpec sink : flow.context.handlers.sinks().at(call)) {
            if (sink.requiredTag() != 0) {
                int taggedIndex = sink.taggedArgument() < 0 ? -1 : sink.taggedArgument() + (hasReceiver ? 1 : 0);
                TaintValue tagged = taggedIndex < 0 ? receiver : taggedIndex < values.size() ? values.get(taggedIndex) : null;
                if (tagged == null || (tagged.tags & sink.requiredTag()) == 0) {
                    continue;
                }
            }
            LabelSet sunk = LabelSet.EMPTY;
            if (sink.sunk().receiver() && receiver != null) {
                sunk = sunk.union(receiver.labels);
            }
            int first = hasReceiver ? 1 : 0;
            for (int i = first; i < values.size(); i++) {
                if (sink.sunk().takesArgument(i - first)) {
                    sunk = sunk.union(FieldTransfer.asScalar(flow.context.labels, values.get(i)));
                }
            }
            if (!sunk.isEmpty()) {
                flow.effects.recordSink(sink, callee, sunk);
            }
        }
    }

    private record LibraryResult(LabelSet labels, int tags) {
    }

    /**
     * A call into code without a body here, as the library models describe it: lambdas passed
     * in run on the receiver's and arguments' data, the arguments may flow into the receiver,
     * and the result carries what the model says.
     */
    private LibraryResult libraryCall(CallFlow passing, List<? extends TaintValue> values, TaintValue receiver,
            boolean hasReceiver, boolean constructor, ContainerOp op, boolean rekeysReceiver, boolean lambdasOnError) {
        LabelSet argumentLabels = LabelSet.EMPTY;
        int argumentTags = 0;
        for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
            argumentLabels = argumentLabels.union(values.get(i).labels).union(flow.fields.genericContents(values.get(i)));
            argumentTags |= values.get(i).tags;
        }
        LabelSet intoReceiver = argumentLabels;
        if (rekeysReceiver && op != ContainerOp.PUT_ENTRY) {
            // merge, compute, replace: a value under a key this model does not follow answers every get.
            intoReceiver = MapKeys.strip(flow.context.labels, argumentLabels);
        }
        if (op == ContainerOp.PUT_ENTRY && hasReceiver && values.size() > 2) {
            // The map keeps each value under its key, so a get(key) after the map is passed on finds it there.
            intoReceiver = values.get(1).labels.union(MapKeys.putUnder(flow.context.labels, values.get(2).labels,
                    MapKeys.key(values.get(1).constant)));
        }
        LabelSet lambdaLabels = LabelSet.EMPTY;
        // What a lambda passed in runs on: the receiver's and the other arguments' data, not what the lambda itself captured.
        LabelSet dataArguments = LabelSet.EMPTY;
        for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
            if (values.get(i).lambda == null) {
                dataArguments = dataArguments.union(values.get(i).labels);
            }
        }
        LabelSet elements = receiver == null ? dataArguments : receiver.labels.union(dataArguments);
        // In a container the method knows, a lambda runs on the element itself, fields and all;
        // over a map's entries, on each key and its value apart.
        TaintValue element = hasReceiver && flow.containers.knowsContents(receiver) ? flow.containers.element(receiver) : null;
        List<TaintValue> entry = op == ContainerOp.EACH_ENTRY && hasReceiver && receiver != null
                ? flow.containers.entryParts(receiver) : null;
        TaintValue mapped = null;
        for (TaintValue value : values) {
            if (value.lambda != null) {
                // An error handler runs on the error raised, not on the elements the pipeline carried.
                TaintValue result = lambdasOnError ? applyLambda(value.lambda, LabelSet.EMPTY, null, null)
                        : applyLambda(value.lambda, elements, element, entry);
                if (result != null) {
                    lambdaLabels = lambdaLabels.union(result.labels);
                    mapped = mapped == null ? result : flow.join(mapped, result);
                }
            }
        }
        // Set after the lambdas ran: running them makes calls of their own.
        lambdaResult = mapped;
        if (hasReceiver && receiver != null && passing.intoReceiver()) {
            flow.effects.mutate(receiver, intoReceiver.union(lambdaLabels), argumentTags | (constructor ? passing.tags() : 0));
        }
        int receiverTags = receiver == null ? 0 : receiver.tags;
        return switch (passing.resultOrDefault()) {
            case NOTHING -> new LibraryResult(LabelSet.EMPTY, 0);
            // stream.map(f) holds what f returns, not the elements f was given.
            case FUNCTION_RESULT -> new LibraryResult(lambdaLabels, receiverTags);
            case RECEIVER -> new LibraryResult(receiver == null ? LabelSet.EMPTY : receiver.labels.union(lambdaLabels),
                    receiverTags | passing.tags());
            case ALL -> new LibraryResult(elements.union(argumentLabels).union(lambdaLabels), receiverTags | argumentTags | passing.tags());
        };
    }

    /**
     * {@code stream.collect(collector)}: with a map collector this method made, a new map whose keys
     * and values are what the collector's functions make of each element (the keys of
     * {@code toMap(UserSession::getId, identity())} are ids, not sessions); with any other, a new
     * container of the elements, or, for a stream this method cannot see into, what the models say.
     */
    private TaintValue collected(List<? extends TaintValue> values, TaintValue receiver, Type returnType) {
        TaintValue keyFunction = values.size() > 1 ? flow.containers.collectorFunction(values.get(1), true) : null;
        TaintValue valueFunction = values.size() > 1 ? flow.containers.collectorFunction(values.get(1), false) : null;
        if (receiver == null || keyFunction == null || valueFunction == null) {
            return flow.containers.apply(ContainerOp.ELEMENTS_VIEW, values, true, returnType);
        }
        TaintValue element = flow.containers.knowsContents(receiver) ? flow.containers.element(receiver) : null;
        return flow.containers.newMap(returnType, appliedTo(keyFunction, receiver.labels, element),
                appliedTo(valueFunction, receiver.labels, element));
    }

    /** What a function value makes of an element: a lambda's result, or, for a function this method cannot see, the element. */
    private TaintValue appliedTo(TaintValue function, LabelSet elements, TaintValue element) {
        TaintValue result = function.lambda == null ? null : applyLambda(function.lambda, elements, element, null);
        if (result != null) {
            return result;
        }
        return element != null ? element : TaintValue.of(Type.getObjectType("java/lang/Object"), elements, 0);
    }

    /** Whether a constructor is given an object (not a number or a constant) whose contents the new object may take. */
    private static boolean copiesFrom(List<? extends TaintValue> values) {
        for (int i = 1; i < values.size(); i++) {
            TaintValue argument = values.get(i);
            if (argument.type != null && (argument.type.getSort() == Type.OBJECT || argument.type.getSort() == Type.ARRAY)
                    && !TaintValue.NULL_TYPE.equals(argument.type) && argument.constant == null) {
                return true;
            }
        }
        return false;
    }

    /** What the lambdas of the last library call returned, with identity: a mapped stream's elements. */
    private TaintValue lambdaResult;

    /** Lambdas nest (a lambda capturing a lambda); past this depth their effects are not followed. */
    private static final int MAX_LAMBDA_DEPTH = 3;
    private int lambdaDepth;

    /**
     * A lambda or method reference handed to a library method runs on the receiver's and
     * arguments' data (a list's elements, an optional's value): it is treated as a call of its
     * implementation, with the captured values first and that data for the rest, so a body in
     * the program applies its summary, and a reference to a library method (a logger's
     * {@code info}, a source) is checked like a direct call.
     */
    private TaintValue applyLambda(TaintValue.Lambda lambda, LabelSet elements, TaintValue element, List<? extends TaintValue> given) {
        if (lambdaDepth >= MAX_LAMBDA_DEPTH) {
            return null;
        }
        Handle implementation = lambda.implementation();
        Type[] valueTypes = Lambdas.valueTypes(implementation);
        List<TaintValue> arguments = new ArrayList<>(valueTypes.length);
        int captured = lambda.captured().length;
        for (int i = 0; i < valueTypes.length; i++) {
            if (i < captured) {
                arguments.add(lambda.captured()[i]);
            } else if (given != null) {
                arguments.add(i - captured < given.size() ? given.get(i - captured) : TaintValue.of(valueTypes[i], LabelSet.EMPTY, 0));
            } else {
                arguments.add(element != null ? element : TaintValue.of(valueTypes[i], elements, 0));
            }
        }
        if (Lambdas.isConstructor(implementation)) {
            LabelSet all = LabelSet.EMPTY;
            for (TaintValue argument : arguments) {
                all = all.union(argument.labels);
            }
            Type made = Type.getObjectType(implementation.getOwner());
            return TaintValue.of(made, all.union(flow.context.handlers.sources().instance(made)), 0);
        }
        lambdaDepth++;
        try {
            TaintValue result = call(Lambdas.invocation(implementation), arguments);
            if (result != null && flow.isFresh(result.objectId) && result.objectId == flow.insnIndex + 1) {
                // A new object the lambda returns gets an identity apart from what this instruction itself makes.
                int moved = flow.markSecondFresh();
                flow.copyObject(result.objectId, moved);
                result = result.withObjectId(moved);
            }
            return result;
        } finally {
            lambdaDepth--;
        }
    }

    /** An {@code invokedynamic}: a lambda remembers its implementation and captures; others pass their arguments on. */
    TaintValue invokeDynamic(InvokeDynamicInsnNode dynamic, List<? extends TaintValue> values) {
        Type returnType = Type.getReturnType(dynamic.desc);
        Optional<Handle> implementation = Lambdas.implementation(dynamic);
        LabelSet labels = LabelSet.EMPTY;
        int tags = 0;
        for (TaintValue value : values) {
            // A number built into a string ("Sleeping for " + delay + " ms") is still only that number.
            labels = labels.union(implementation.isPresent() ? value.labels : FieldTransfer.asScalar(flow.context.labels, value));
            tags |= value.tags;
        }
        TaintValue result = TaintValue.of(returnType, labels, returnType.getSort() == Type.OBJECT ? flow.insnIndex + 1 : 0);
        if (implementation.isPresent()) {
            return result.withLambda(new TaintValue.Lambda(implementation.get(), values.toArray(TaintValue[]::new), dynamic.name));
        }
        return result.withTags(tags);
    }
}
