package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.classify.Origin;
import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.flow.ClassNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Sources the program declares: fields the classifier calls personal (their own or their
 * type's {@code @PersonalData}, {@code @Sensitive}, and in heuristic mode a personal name), and
 * methods and parameters annotated {@code @PersonalData}. The classifier decides fields, so the
 * flow engine and the declaration rules agree on what is personal.
 */
final class ClassifiedSources implements SourceHandler {

    /** The family of the identifiers a lookup's key is: the dictionary's name for ids of people. */
    private static final String IDENTIFIER_FAMILY = "identifier";

    private static final Type TEXT = Type.getType(String.class);

    private final HandlerContext context;
    private final Map<MethodModel, Map<Integer, String>> lookupKeys = new HashMap<>();

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
     * named like a field of its class is left to the field.
     */
    @Override
    public Optional<Label> local(MethodModel method, String name, Type type, int line) {
        if (method.isSynthetic() || context.classifier().isGenerated(method) || name.startsWith("this")
                || method.declaringClass().field(name).isPresent()) {
            return Optional.empty();
        }
        Optional<Label> named = context.classifier().personalLocal(name, type, method.declaringClass().simpleName())
                .map(match -> context.labels().data("local " + method.signature() + "#" + name, DataSource.named(
                        "local " + name + " of " + method.displayName(), context.inferredCategory(), null,
                        new Anchor.AtCode(method, line, "local " + name), match.family())));
        if (named.isPresent() || method.node().localVariables == null) {
            return named;
        }
        for (LocalVariableNode variable : method.node().localVariables) {
            if (variable.name.equals(name) && variable.desc.equals(type.getDescriptor())) {
                String person = personLookedUpBy(method, variable.index);
                if (person != null) {
                    return Optional.of(context.labels().data("local " + method.signature() + "#" + name, DataSource.named(
                            "local " + name + " of " + method.displayName() + ", the key of a " + person + " lookup",
                            context.inferredCategory(), null, new Anchor.AtCode(method, line, "local " + name), IDENTIFIER_FAMILY)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person's type a method looks up by the text in a local slot, or {@code null}: a value
     * the method hands a lookup of a person as the key ({@code getUserInfo(uid)} returning a
     * {@code UserProfile}) is that person's identifier, whatever it is called, and so is what the
     * method logs of it before the lookup. Only a text passed last, right where it is loaded,
     * counts: the key, not a realm or a tenant passed before it.
     */
    private String personLookedUpBy(MethodModel method, int slot) {
        return lookupKeys.computeIfAbsent(method, this::lookupKeys).get(slot);
    }

    private Map<Integer, String> lookupKeys(MethodModel method) {
        Map<Integer, String> keys = new HashMap<>();
        for (AbstractInsnNode instruction : method.node().instructions) {
            if (instruction.getOpcode() == Opcodes.ALOAD && instruction.getNext() instanceof MethodInsnNode call) {
                Type[] arguments = Type.getArgumentTypes(call.desc);
                if (arguments.length > 0 && arguments[arguments.length - 1].equals(TEXT)
                        && context.classifier().looksUpAPerson(call.name, call.desc)) {
                    keys.putIfAbsent(((VarInsnNode) instruction).var, ClassNames.simple(Type.getReturnType(call.desc).getInternalName()));
                }
            }
        }
        return keys.isEmpty() ? Map.of() : keys;
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
