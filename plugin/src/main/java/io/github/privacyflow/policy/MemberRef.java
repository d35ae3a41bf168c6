package io.github.privacyflow.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * A parsed member signature from a policy file: {@code binary.class.Name#member}.
 *
 * <ul>
 *   <li>a field: {@code com.example.crm.Contact#email}</li>
 *   <li>a method with its parameter types: {@code com.example.Api#login(java.lang.String,long)};
 *       types are primitive names or binary class names ({@code a.B$C}), each optionally followed
 *       by {@code []} (a trailing {@code ...} on the last parameter means the same);
 *       {@code ()} means no parameters</li>
 *   <li>a method with any parameters: {@code com.example.Crm#push(*)}</li>
 *   <li>a constructor: {@code com.example.Crm#<init>(java.lang.String)}</li>
 * </ul>
 *
 * <p>A signature holds no spaces. Instances are immutable; {@link #toString()} gives the
 * canonical form. Matching is exact: the owner must be the named class itself, not a subclass;
 * resolving inherited members is the caller's job.
 *
 * <p>The bundled catalogues write their members in the same syntax, read by
 * {@link #parsePattern(String)}, which also takes two wildcards a policy has no use for:
 * {@code *} as the class (any class) and a method name ending in {@code *} (every method whose
 * name starts so), as in {@code *#set*(*)}. One grammar, one set of error messages.
 */
public final class MemberRef {

    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    /** java.lang simple names users are likely to write unqualified by mistake. */
    private static final Set<String> JAVA_LANG_SIMPLE_NAMES = Set.of(
            "String", "Object", "Integer", "Long", "Short", "Byte", "Character", "Boolean",
            "Float", "Double", "Number", "CharSequence", "Iterable", "Class", "Void",
            "StringBuilder", "StringBuffer", "Enum", "Record", "Throwable", "Exception",
            "RuntimeException", "Runnable");

    private final String className;
    private final String memberName;
    private final List<String> parameterTypes; // null for a field
    private final boolean anyParameters;
    private final boolean namePrefix;

    private MemberRef(String className, String memberName, List<String> parameterTypes,
            boolean anyParameters, boolean namePrefix) {
        this.className = className;
        this.memberName = memberName;
        this.parameterTypes = parameterTypes;
        this.anyParameters = anyParameters;
        this.namePrefix = namePrefix;
    }

    /**
     * Parses a member signature.
     *
     * @param signature the text, e.g. {@code com.example.Api#login(java.lang.String,long)}
     * @return the parsed reference
     * @throws IllegalArgumentException when the signature is malformed; its message is a
     *     one-line description of what is wrong, suitable after {@code file:line: }
     */
    public static MemberRef parse(String signature) {
        return parse(signature, false);
    }

    /**
     * Parses a member pattern of a bundled catalogue: a signature as {@link #parse(String)}
     * reads it, in which the class may also be {@code *} (any class) and a method name may end
     * in {@code *} (every method whose name starts with what comes before it).
     *
     * @param pattern the text, e.g. {@code java.sql.PreparedStatement#set*(*)} or
     *     {@code *#hashCode()}
     * @return the parsed pattern
     * @throws IllegalArgumentException when the pattern is malformed; its message is a one-line
     *     description of what is wrong, suitable after {@code file:line: }
     */
    public static MemberRef parsePattern(String pattern) {
        return parse(pattern, true);
    }

    private static MemberRef parse(String signature, boolean wildcards) {
        if (signature == null || signature.isEmpty()) {
            throw bad("the member signature is empty; expected binary.class.Name#member");
        }
        for (int i = 0; i < signature.length(); i++) {
            if (Character.isWhitespace(signature.charAt(i))) {
                throw bad("bad member signature '" + signature
                        + "': spaces are not allowed in a member signature");
            }
        }
        int hash = signature.indexOf('#');
        if (hash < 0) {
            throw bad("bad member signature '" + signature
                    + "': missing '#' between class and member; expected binary.class.Name#member");
        }
        if (signature.indexOf('#', hash + 1) >= 0) {
            throw bad("bad member signature '" + signature + "': more than one '#'");
        }
        String owner = signature.substring(0, hash);
        String rest = signature.substring(hash + 1);
        if (owner.isEmpty()) {
            throw bad("bad member signature '" + signature + "': missing class name before '#'");
        }
        String ownerProblem = wildcards && owner.equals("*") ? null : classNameProblem(owner);
        if (ownerProblem != null) {
            throw bad("bad member signature '" + signature + "': " + ownerProblem);
        }
        int open = rest.indexOf('(');
        int close = rest.indexOf(')');
        if (open < 0) {
            if (close >= 0) {
                throw bad("bad member signature '" + signature + "': unbalanced parentheses");
            }
            if (rest.isEmpty()) {
                throw bad("bad member signature '" + signature + "': missing member name after '#'");
            }
            if (!isIdentifier(rest)) {
                throw bad("bad member signature '" + signature + "': '" + rest
                        + "' is not a valid field name");
            }
            return new MemberRef(owner, rest, null, false, false);
        }
        if (close < 0 || close < open || rest.indexOf('(', open + 1) >= 0
                || rest.indexOf(')', close + 1) >= 0) {
            throw bad("bad member signature '" + signature + "': unbalanced parentheses");
        }
        if (close != rest.length() - 1) {
            throw bad("bad member signature '" + signature + "': unexpected text after ')'");
        }
        String name = rest.substring(0, open);
        boolean prefix = wildcards && name.endsWith("*");
        if (prefix) {
            name = name.substring(0, name.length() - 1);
            if (name.isEmpty()) {
                throw bad("bad member signature '" + signature
                        + "': a method name pattern needs the start of the name before '*'");
            }
        }
        if (name.isEmpty()) {
            throw bad("bad member signature '" + signature + "': missing method name after '#'");
        }
        if ((prefix || !name.equals("<init>")) && !isIdentifier(name)) {
            throw bad("bad member signature '" + signature + "': '" + name
                    + "' is not a valid method name");
        }
        String params = rest.substring(open + 1, close);
        if (params.equals("*")) {
            return new MemberRef(owner, name, List.of(), true, prefix);
        }
        if (params.isEmpty()) {
            return new MemberRef(owner, name, List.of(), false, prefix);
        }
        String[] parts = params.split(",", -1);
        List<String> types = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                throw bad("bad member signature '" + signature + "': empty parameter type");
            }
            if (part.contains("*")) {
                throw bad("bad member signature '" + signature
                        + "': '*' must stand alone, as in (*), meaning any parameters");
            }
            String type = part;
            StringBuilder dims = new StringBuilder();
            if (type.endsWith("...")) {
                if (i != parts.length - 1) {
                    throw bad("bad member signature '" + signature
                            + "': only the last parameter may be '...'");
                }
                type = type.substring(0, type.length() - 3);
                dims.append("[]");
            }
            while (type.endsWith("[]")) {
                type = type.substring(0, type.length() - 2);
                dims.append("[]");
            }
            if (type.isEmpty()) {
                throw bad("bad member signature '" + signature + "': bad parameter type '"
                        + part + "'");
            }
            if (!PRIMITIVES.contains(type)) {
                if (type.equals("void")) {
                    throw bad("bad member signature '" + signature
                            + "': 'void' is not a parameter type");
                }
                String problem = classNameProblem(type);
                if (problem != null) {
                    throw bad("bad member signature '" + signature + "': bad parameter type '"
                            + part + "': " + problem);
                }
                if (JAVA_LANG_SIMPLE_NAMES.contains(type)) {
                    throw bad("bad member signature '" + signature + "': parameter type '" + type
                            + "' must be fully qualified, e.g. java.lang." + type);
                }
            }
            types.add(type + dims);
        }
        return new MemberRef(owner, name, Collections.unmodifiableList(types), false, prefix);
    }

    private static IllegalArgumentException bad(String message) {
        return new IllegalArgumentException(message);
    }

    private static String classNameProblem(String name) {
        if (name.indexOf('/') >= 0) {
            return "class names use dots, not slashes ('" + name.replace('/', '.') + "')";
        }
        String[] segments = name.split("\\.", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return "'" + name + "' has an empty name part";
            }
            if (!isIdentifier(segment)) {
                return "'" + name + "' is not a valid binary class name";
            }
        }
        return null;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isJavaIdentifierPart(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The owner's binary name with dots, e.g. {@code com.example.Outer$Inner}; {@code *} for a
     * catalogue pattern's any class.
     *
     * @return the class name
     */
    public String className() {
        return className;
    }

    /**
     * The owner's internal name as ASM spells it, e.g. {@code com/example/Outer$Inner}.
     *
     * @return the internal class name
     */
    public String internalClassName() {
        return className.replace('.', '/');
    }

    /**
     * The field or method name ({@code <init>} for a constructor); for a name pattern, the
     * start of the name without its {@code *}.
     *
     * @return the member name
     */
    public String memberName() {
        return memberName;
    }

    /**
     * Whether this is a catalogue pattern whose class is {@code *}: any owner matches.
     *
     * @return {@code true} for {@code *#name(...)}
     */
    public boolean anyClass() {
        return className.equals("*");
    }

    /**
     * Whether this is a catalogue pattern whose method name ends in {@code *}: every method
     * whose name starts with {@link #memberName()} matches.
     *
     * @return {@code true} for {@code Class#prefix*(...)}
     */
    public boolean namePrefix() {
        return namePrefix;
    }

    /**
     * Whether this names a field (no parentheses).
     *
     * @return {@code true} for a field
     */
    public boolean isField() {
        return parameterTypes == null;
    }

    /**
     * Whether this names a method or constructor (parentheses present).
     *
     * @return {@code true} for a method
     */
    public boolean isMethod() {
        return parameterTypes != null;
    }

    /**
     * Whether this is a method written with {@code (*)}: any parameter list matches.
     *
     * @return {@code true} for {@code (*)}
     */
    public boolean anyParameters() {
        return anyParameters;
    }

    /**
     * The parameter types as written (binary names, primitives, {@code []} suffixes).
     *
     * <p>Empty for a field. <strong>For {@code (*)} this is an empty list</strong> although any
     * parameters match: check {@link #anyParameters()} first, or use {@link #parameterCount()},
     * which is empty unless the count is known.
     *
     * @return the parameter types, or empty for a field
     */
    public Optional<List<String>> parameterTypes() {
        return Optional.ofNullable(parameterTypes);
    }

    /**
     * The number of parameters, when the signature fixes it.
     *
     * @return the count; empty for a field and for {@code (*)}
     */
    public OptionalInt parameterCount() {
        return parameterTypes == null || anyParameters
                ? OptionalInt.empty() : OptionalInt.of(parameterTypes.size());
    }

    /**
     * Tests whether a method, as ASM describes it, is the one this reference names.
     *
     * @param internalOwnerName the owner's internal name, e.g. {@code com/example/Api}
     * @param name the method name
     * @param methodDescriptor the method descriptor, e.g. {@code (Ljava/lang/String;J)V}
     * @return {@code true} when this is a method reference naming exactly that owner (any owner
     *     for {@code *}), name (or name start, for a pattern ending in {@code *}) and (unless
     *     {@code (*)}) parameter types; always {@code false} for a field reference
     */
    public boolean matchesMethod(String internalOwnerName, String name, String methodDescriptor) {
        if (parameterTypes == null || !(namePrefix ? name.startsWith(memberName) : memberName.equals(name))
                || !(anyClass() || internalClassName().equals(internalOwnerName))) {
            return false;
        }
        if (anyParameters) {
            return true;
        }
        Type[] args;
        try {
            args = Type.getArgumentTypes(methodDescriptor);
        } catch (RuntimeException e) {
            return false;
        }
        if (args.length != parameterTypes.size()) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!args[i].getClassName().equals(parameterTypes.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tests whether a field, as ASM describes it, is the one this reference names.
     *
     * @param internalOwnerName the owner's internal name, e.g. {@code com/example/crm/Contact}
     * @param name the field name
     * @return {@code true} when this is a field reference naming exactly that owner and name
     */
    public boolean matchesField(String internalOwnerName, String name) {
        return parameterTypes == null && memberName.equals(name)
                && (anyClass() || internalClassName().equals(internalOwnerName));
    }

    /**
     * The canonical signature, e.g. {@code com.example.Api#login(java.lang.String,long)}.
     *
     * @return the signature
     */
    @Override
    public String toString() {
        if (parameterTypes == null) {
            return className + "#" + memberName;
        }
        return className + "#" + memberName + (namePrefix ? "*" : "") + "("
                + (anyParameters ? "*" : String.join(",", parameterTypes)) + ")";
    }

    /**
     * Two references are equal when their canonical forms are.
     *
     * @param o another object
     * @return whether it names the same member the same way
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MemberRef)) {
            return false;
        }
        MemberRef other = (MemberRef) o;
        return className.equals(other.className) && memberName.equals(other.memberName)
                && anyParameters == other.anyParameters && namePrefix == other.namePrefix
                && Objects.equals(parameterTypes, other.parameterTypes);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(className, memberName, parameterTypes, anyParameters, namePrefix);
    }
}
