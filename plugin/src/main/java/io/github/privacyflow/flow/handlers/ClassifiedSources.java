package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.classify.Origin;
import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Sources the program declares: fields the classifier calls personal (their own or their
 * type's {@code @PersonalData}, {@code @Sensitive}, and in heuristic mode a personal name), and
 * methods and parameters annotated {@code @PersonalData}. The classifier decides fields, so the
 * flow engine and the declaration rules agree on what is personal.
 */
final class ClassifiedSources implements SourceHandler {

    private static final Type TEXT = Type.getType(String.class);

    private final HandlerContext context;
    private final Map<MethodModel, List<LookupKey>> lookupKeys = new HashMap<>();

    ClassifiedSources(HandlerContext context) {
        this.context = context;
    }

    @Override
    public Optional<Label> field(String owner, String name) {
        Optional<FieldModel> field = context.fields().field(owner, name);
        if (field.isEmpty() || field.get().isSynthetic()) {
            return Optional.empty();
        }
        Optional<PersonalClassification> classification = context.classifier().personalField(field.get());
        if (classification.isEmpty() || classification.get().origin() == Origin.NAME && context.classifier().referencesPersonRow(field.get())) {
            // A reference to a person's row is that person's key in the table, not data of its
            // own: what flows from it is the referenced object, with its own fields' data.
            return Optional.empty();
        }
        FieldModel declared = field.get();
        return Optional.of(context.labels().data("field " + declared.signature(), new DataSource(declared.displayName(),
                classification.get().category(), classification.get().inferred(), declared.declaringClass().internalName(),
                new Anchor.AtElement(declared), false, context.classifier().nameFamily(declared).orElse(null))));
    }

    /**
     * In heuristic mode, a text kept in a field that its own name or annotation calls personal
     * is that field's data. A field personal only because its type is annotated says nothing of
     * each value kept in it (a participation's room number), and a reference to a person's row
     * is no text.
     */
    @Override
    public Optional<Label> keptAs(String owner, String name) {
        if (!context.classifier().heuristics()) {
            return Optional.empty();
        }
        Optional<FieldModel> field = context.fields().field(owner, name);
        Optional<PersonalClassification> classification = field.flatMap(declared -> context.classifier().personalField(declared));
        if (classification.isEmpty() || classification.get().origin() != Origin.NAME && classification.get().origin() != Origin.ANNOTATION) {
            return Optional.empty();
        }
        return field(owner, name);
    }

    @Override
    public Optional<Label> result(ResolvedCall call) {
        for (MethodModel candidate : call.candidates()) {
            Optional<AnnotationModel> annotation = candidate.annotation(PrivacyAnnotations.PERSONAL_DATA);
            if (annotation.isPresent()) {
                return Optional.of(context.labels().data("method " + candidate.signature(), new DataSource(
                        candidate.displayName(), annotation.get().string("category").orElse(context.inferredCategory()), false,
                        candidate.declaringClass().internalName(), new Anchor.AtElement(candidate))));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Label> parameter(MethodModel method, int index) {
        ParameterModel parameter = method.parameters().get(index);
        Optional<AnnotationModel> annotation = parameter.annotation(PrivacyAnnotations.PERSONAL_DATA);
        if (annotation.isEmpty()) {
            return namedParameter(method, parameter);
        }
        return Optional.of(context.labels().data("parameter " + parameter.signature(), new DataSource(parameter.displayName(),
                annotation.get().string("category").orElse(context.inferredCategory()), false, null,
                new Anchor.AtElement(parameter))));
    }

    /**
     * In heuristic mode, a local variable named like people's data ({@code String username =
     * callback.getName();}) is a source, weak like a parameter's name: the value a method keeps
     * under a person's name is that person's data when nothing upstream tells more. A local
     * named like a field of its class is left to the field. So is, whatever its name, a text the
     * method hands a lookup of a person as its key ({@link #lookedUpPerson}).
     */
    @Override
    public Optional<Label> local(MethodModel method, LocalStore store, int line) {
        String name = store.name();
        if (method.isSynthetic() || context.classifier().isGenerated(method) || name.startsWith("this")
                || method.declaringClass().field(name).isPresent()) {
            return Optional.empty();
        }
        Optional<Label> named = context.classifier().personalLocal(name, store.type(), method.declaringClass().simpleName())
                .map(match -> context.labels().data("local " + method.signature() + "#" + name, DataSource.named(
                        "local " + name + " of " + method.displayName(), context.inferredCategory(), null,
                        new Anchor.AtCode(method, line, "local " + name), match.family())));
        if (named.isPresent()) {
            return named;
        }
        String person = lookedUpPerson(method, store);
        return person == null ? Optional.empty() : Optional.of(context.labels().data("local " + method.signature() + "#" + name
                + "#" + store.scopeStart(), DataSource.named("local " + name + " of " + method.displayName() + ", the key of a "
                + person + " lookup", context.inferredCategory(), null, new Anchor.AtCode(method, line, "local " + name),
                DataSource.LOOKUP_KEY_FAMILY)));
    }

    /**
     * The person's type a method looks a text up by, or {@code null}: a value the method hands a
     * lookup of a person as the key ({@code getUserInfo(uid)} returning a {@code UserProfile}) is
     * that person's identifier, whatever it is called, and so is what the method logs of it
     * before the lookup. Only a text passed last, right where it is loaded, counts: the key, not
     * a realm or a tenant passed before it. Not a value made at random (a fresh uid tried against
     * the users before it is given), a constant of the code, or a parameter kept under its own
     * name: what a method's callers pass (a principal's name, a page's) is theirs to say.
     */
    private String lookedUpPerson(MethodModel method, LocalStore store) {
        if (store.madeAtRandom() || store.constant() || !TEXT.equals(store.type())
                || store.slot() < method.parameterSlot(method.parameters().size())) {
            return null;
        }
        for (LookupKey key : lookupKeys.computeIfAbsent(method, this::lookupKeys)) {
            // A slot serves several variables in turn: only a lookup within this one's scope counts.
            if (key.slot() == store.slot() && store.inScope(key.instruction())) {
                return key.person();
            }
        }
        return null;
    }

    private List<LookupKey> lookupKeys(MethodModel method) {
        List<LookupKey> keys = new ArrayList<>();
        InsnList code = method.node().instructions;
        for (AbstractInsnNode instruction : code) {
            if (instruction.getOpcode() == Opcodes.ALOAD && instruction.getNext() instanceof MethodInsnNode call) {
                Type[] arguments = Type.getArgumentTypes(call.desc);
                if (arguments.length > 0 && arguments[arguments.length - 1].equals(TEXT)
                        && context.classifier().looksUpAPerson(call.name, call.desc)) {
                    keys.add(new LookupKey(((VarInsnNode) instruction).var, code.indexOf(instruction),
                            ClassNames.simple(Type.getReturnType(call.desc).getInternalName())));
                }
            }
        }
        return keys.isEmpty() ? List.of() : keys;
    }

    /** A local slot loaded as the key of a lookup of a person, where, and the person's type. */
    private record LookupKey(int slot, int instruction, String person) {
    }

    /**
     * In heuristic mode, a parameter named like people's data ({@code email}, {@code userOrEmail})
     * is a source when nothing upstream tells more: weak evidence, which a finding drops when
     * data the program declares reaches the same sink ({@link DataSource#weak()}). A parameter
     * named like a field of its class (a constructor's or setter's {@code email}) is that field's
     * value: the field's own classification, {@code @NotPersonalData} included, speaks for it.
     */
    private Optional<Label> namedParameter(MethodModel method, ParameterModel parameter) {
        if (method.isSynthetic() || parameter.isImplicit() || context.classifier().declaredNotPersonal(parameter)
                || context.classifier().isGenerated(method) || parameter.name() == null
                || method.declaringClass().field(parameter.name()).isPresent()) {
            return Optional.empty();
        }
        // In a piece of program (a login module, a service) the parameter's own name also decides, as a local's does.
        String declaringType = method.declaringClass().simpleName();
        return context.classifier().personalVariable(parameter.name(), parameter.type(), declaringType)
                .or(() -> context.classifier().personalLocal(parameter.name(), parameter.type(), declaringType))
                .or(() -> context.classifier().writtenParameter(parameter.name(), parameter.type(), method.name()))
                .map(match -> context.labels().data("parameter " + parameter.signature(), DataSource.named(
                        parameter.displayName(), context.inferredCategory(), null, new Anchor.AtElement(parameter),
                        match.family())));
    }
}
