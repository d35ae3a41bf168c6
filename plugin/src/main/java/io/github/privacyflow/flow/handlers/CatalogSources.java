package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Library methods whose result is personal data, from the bundled {@code sources.catalog}
 * ({@code [methods]}): a request's remote address, say, which no annotation in the program marks;
 * and the parameters of the program's implementations of library methods that receive a person's
 * data ({@code [parameters]}: a password encoder's raw and stored passwords).
 */
final class CatalogSources implements SourceHandler {

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;
    private final LabelTable labels;
    private final Map<MethodModel, Map<Integer, FlowCatalogs.TypeSource>> parsedSlots = new HashMap<>();

    CatalogSources(FlowCatalogs catalogs, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
        this.labels = context.labels();
    }

    @Override
    public Optional<Label> result(ResolvedCall call) {
        for (FlowCatalogs.SourceEntry source : catalogs.sources) {
            if (source.pattern().matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return Optional.of(labels.data("library " + source.pattern(), DataSource.library(
                        source.description(), source.category(), false, Type.getReturnType(call.descriptor()), source.partOf())));
            }
        }
        if (!call.programOwner() && call.targets().isEmpty()) {
            Type returned = Type.getReturnType(call.descriptor());
            if (returned.getSort() == Type.OBJECT) {
                return identity(returned.getInternalName());
            }
        }
        return Optional.empty();
    }

    /** A library read by a key the catalogue names ({@code [keys]}: a mail's {@code To} header). */
    @Override
    public Optional<Label> keyedResult(ResolvedCall call, String key) {
        for (FlowCatalogs.KeyEntry entry : catalogs.keyedSources) {
            if (entry.key().equalsIgnoreCase(key) && entry.pattern().matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return Optional.of(labels.data("library " + entry.pattern() + " " + entry.key(), DataSource.library(
                        entry.description(), entry.category(), false, Type.getReturnType(call.descriptor()))));
            }
        }
        return Optional.empty();
    }

    /**
     * A value cast to a library type that is a person's identity: the program says what the value
     * is where nothing else does (James reads a refused recipient through reflection, then casts
     * it to {@code InternetAddress}). The interpreter asks only for a value that nothing names
     * yet, that was not read from the configuration, and that is not already known to be of that
     * type (an address the program built from its own constant in the method).
     */
    @Override
    public Optional<Label> castTo(String internalName) {
        return identity(internalName);
    }

    /**
     * A parameter typed by a library type that is a person's identity (a mail address, a user
     * name): weak evidence, like a name, so a finding that also has declared data names that data
     * only. An address the program builds itself from a constant (its office's no-reply address)
     * is not one: only what arrives from outside counts, as a parameter or a library call's result.
     */
    @Override
    public Optional<Label> parameter(MethodModel method, int index) {
        if (method.isSynthetic()) {
            return Optional.empty();
        }
        ParameterModel parameter = method.parameters().get(index);
        if (!method.isStatic()) {
            for (FlowCatalogs.ParameterEntry implemented : catalogs.implementedParameters) {
                if (implemented.receives(index)
                        && implemented.pattern().matches(hierarchy, method.declaringClass().internalName(), method.name(), method.descriptor())) {
                    return Optional.of(labels.data("parameter " + parameter.signature(), new DataSource(parameter.displayName() + ", "
                            + implemented.description(), implemented.category(), false, null, new Anchor.AtElement(parameter), false,
                            DataSource.LIBRARY_VALUE_FAMILY)));
                }
            }
        }
        Type type = parameter.type();
        if (type.getSort() != Type.OBJECT) {
            return Optional.empty();
        }
        Optional<FlowCatalogs.TypeSource> typed = identityType(type.getInternalName());
        Optional<FlowCatalogs.TypeSource> parsed = typed.isEmpty() && type.getInternalName().equals("java/lang/String")
                ? parsedAs(method, index) : Optional.empty();
        String how = typed.isPresent() ? ", " : ", which it parses as ";
        return typed.or(() -> parsed).map(found -> labels.data("parameter " + parameter.signature(),
                new DataSource(parameter.displayName() + how + found.description(), found.category(), true, null,
                        new Anchor.AtElement(parameter), false, DataSource.LIBRARY_VALUE_FAMILY)));
    }

    /**
     * The identity type a method reads a text parameter as: {@code new MailAddress(address)},
     * {@code new InternetAddress(to)}, {@code InternetAddress.parse(to)} on the parameter itself.
     * The method says the text is an e-mail address, whatever the parameter is called (James's
     * {@code retrieveAddressFromString(String address)} logs the text it could not parse).
     */
    private Optional<FlowCatalogs.TypeSource> parsedAs(MethodModel method, int index) {
        return Optional.ofNullable(parsedSlots.computeIfAbsent(method, this::parsedSlots).get(method.parameterSlot(index)));
    }

    /** Each local slot a method parses as an identity type, read once per method: its parameters are asked one by one. */
    private Map<Integer, FlowCatalogs.TypeSource> parsedSlots(MethodModel method) {
        Map<Integer, FlowCatalogs.TypeSource> parsed = new HashMap<>();
        for (AbstractInsnNode instruction : method.node().instructions) {
            if (instruction.getOpcode() == Opcodes.ALOAD && instruction.getNext() instanceof MethodInsnNode call
                    && call.desc.startsWith("(Ljava/lang/String;")) {
                boolean constructed = call.getOpcode() == Opcodes.INVOKESPECIAL && call.name.equals("<init>");
                boolean read = call.getOpcode() == Opcodes.INVOKESTATIC && call.name.startsWith("parse");
                if (constructed || read) {
                    identityType(call.owner).ifPresent(type -> parsed.putIfAbsent(((VarInsnNode) instruction).var, type));
                }
            }
        }
        return parsed.isEmpty() ? Map.of() : parsed;
    }

    private Optional<FlowCatalogs.TypeSource> identityType(String internalName) {
        return Optional.ofNullable(catalogs.sourceTypes.get(internalName));
    }

    private Optional<Label> identity(String internalName) {
        return identityType(internalName).map(type -> labels.data("library type " + internalName,
                DataSource.library(type.description(), type.category(), true, Type.getObjectType(internalName))));
    }
}
