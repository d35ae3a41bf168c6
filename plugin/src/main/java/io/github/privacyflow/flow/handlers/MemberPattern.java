package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.policy.MemberRef;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * A catalogue's member pattern, {@code binary.Class#name(types)}: the class (or {@code *} for
 * any), a method name that may end in {@code *}, and parameter types or {@code *} for any.
 * Calls match when their owner is the class or a subtype of it.
 */
record MemberPattern(String internalClass, String name, boolean namePrefix, List<String> parameterTypes) {

    /**
     * Parses a pattern.
     *
     * @param text e.g. {@code org.slf4j.Logger#info(*)} or {@code *#set*(*)}
     * @return the pattern
     * @throws IllegalArgumentException when malformed
     */
    static MemberPattern parse(String text) {
        int hash = text.indexOf('#');
        int open = text.indexOf('(', hash);
        if (hash <= 0 || open < 0 || !text.endsWith(")")) {
            throw new IllegalArgumentException("expected Class#method(types) or Class#method(*): " + text);
        }
        String owner = text.substring(0, hash);
        String method = text.substring(hash + 1, open);
        String parameters = text.substring(open + 1, text.length() - 1).strip();
        boolean prefix = method.endsWith("*");
        List<String> types = parameters.equals("*") ? null
                : parameters.isEmpty() ? List.of() : List.of(parameters.split("\\s*,\\s*"));
        return new MemberPattern(owner.equals("*") ? null : owner.replace('.', '/'),
                prefix ? method.substring(0, method.length() - 1) : method, prefix, types);
    }

    /**
     * The pattern of a member the agreement names in its {@code sources:} or {@code sinks:}: an
     * exact name, and the listed parameter types unless the entry takes any (or is a field).
     *
     * @param member the agreement's member
     * @return the pattern
     */
    static MemberPattern of(MemberRef member) {
        return new MemberPattern(member.internalClassName(), member.memberName(), false,
                member.anyParameters() || member.isField() ? null : member.parameterTypes().orElse(List.of()));
    }

    /** Whether the method's name and descriptor fit, ignoring the owner. */
    boolean matchesMethod(String methodName, String descriptor) {
        if (namePrefix ? !methodName.startsWith(name) : !methodName.equals(name)) {
            return false;
        }
        if (parameterTypes == null) {
            return true;
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        if (arguments.length != parameterTypes.size()) {
            return false;
        }
        for (int i = 0; i < arguments.length; i++) {
            if (!arguments[i].getClassName().equals(parameterTypes.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a call fits: name and descriptor first, since they rule out most patterns without
     * a look at the hierarchy.
     */
    boolean matches(ClassHierarchy hierarchy, String owner, String methodName, String descriptor) {
        return matchesMethod(methodName, descriptor) && matchesOwner(hierarchy, owner);
    }

    /** Whether the owner fits, through the hierarchy. */
    boolean matchesOwner(ClassHierarchy hierarchy, String owner) {
        return internalClass == null || hierarchy.isSubtype(owner, internalClass);
    }
}
