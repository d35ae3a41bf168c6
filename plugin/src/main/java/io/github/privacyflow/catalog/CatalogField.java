package io.github.privacyflow.catalog;

import io.github.privacyflow.policy.MemberRef;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of field an entry of a bundled catalogue is made of, each with its syntax. A
 * section's shape lists the fields of its entries (see {@link CatalogSchema}); the parser
 * checks every field against its kind, so a consumer reads values it can trust.
 */
public enum CatalogField {

    /** A method or constructor pattern, {@code Class#name(types)}, as {@link MemberRef#parsePattern} reads it. */
    METHOD("a method, binary.Class#name(types) or binary.Class#name(*)"),

    /** A field ({@code Class#name}) or a method pattern ({@code Class#name(types)}). */
    MEMBER("a member, binary.Class#field or binary.Class#method(types)"),

    /** A method named by class and name alone, {@code Class#name}: every overload. */
    METHOD_NAME("a method name, binary.Class#name"),

    /** A fully qualified binary class name with dots, {@code $} for nested classes. */
    CLASS("a fully qualified class name"),

    /** A package prefix ending in a dot, {@code java.time.}: every type of the package. */
    PACKAGE("a package ending in '.', such as java.time."),

    /** A class name, or a package prefix ending in a dot. */
    CLASS_OR_PACKAGE("a fully qualified class name, or a package ending in '.'"),

    /** A Java identifier: a method name or the end of a simple class name. */
    IDENTIFIER("a Java identifier"),

    /** A lower-case name with dashes: a tag or a data category, {@code user-interaction}. */
    NAME("a lower-case name such as user-interaction"),

    /** A key a library reads a value by, a mail header's name ({@code Reply-To}): compared ignoring case. */
    KEY("a key such as Reply-To: letters, digits, '-', '_' and '.'"),

    /**
     * What a sink call hands over: {@code args}, {@code this}, argument indexes from 0, or
     * several of these joined by commas ({@code this,args}, {@code 0,2}).
     */
    ARGUMENTS("args, this, argument indexes such as 0,2, or this,args"),

    /**
     * {@code if=<tag>}: the entry applies only to a receiver carrying the tag; {@code if=<tag>@<n>}:
     * only where argument {@code n} (from 0) carries it, for a call that writes to a stream it is given.
     */
    IF_TAG("if=<tag>"),

    /** Free text to the end of the line, such as a description for messages. */
    TEXT("text");

    private static final Pattern NAME_SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern KEY_SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final String description;

    CatalogField(String description) {
        this.description = description;
    }

    /**
     * What the field looks like, for error messages and the format's documentation.
     *
     * @return e.g. {@code a fully qualified class name}
     */
    public String description() {
        return description;
    }

    /**
     * Whether a word could be meant as this field at all, to place the optional fields of an
     * entry; whether it is well written is {@link #read}'s business.
     */
    boolean claims(String word) {
        return switch (this) {
            case IF_TAG -> word.startsWith("if=");
            case ARGUMENTS -> !word.contains("=") && !word.contains("#");
            default -> true;
        };
    }

    /**
     * Checks one word (or, for {@link #TEXT}, the rest of the line) and returns its value.
     *
     * @return the value: the member for {@link #METHOD} and {@link #MEMBER}, the tag for
     *     {@link #IF_TAG}, the text itself otherwise
     * @throws IllegalArgumentException with a one-line description of what is wrong
     */
    Object read(String word) {
        return switch (this) {
            case METHOD -> method(word);
            case MEMBER -> MemberRef.parsePattern(word);
            case METHOD_NAME -> methodName(word);
            case CLASS -> className(word);
            case PACKAGE -> packageName(word);
            case CLASS_OR_PACKAGE -> word.endsWith(".") ? packageName(word) : className(word);
            case IDENTIFIER -> identifier(word);
            case NAME -> name(word, "'" + word + "'");
            case KEY -> key(word);
            case ARGUMENTS -> arguments(word);
            case IF_TAG -> tagCondition(word);
            case TEXT -> word;
        };
    }

    private static String key(String word) {
        if (!KEY_SYNTAX.matcher(word).matches()) {
            throw new IllegalArgumentException("'" + word + "' is not a key: " + KEY.description);
        }
        return word;
    }

    private static MemberRef method(String word) {
        MemberRef member = MemberRef.parsePattern(word);
        if (member.isField()) {
            throw new IllegalArgumentException("'" + word + "' names no method: add the parameter types, e.g. "
                    + word + "(java.lang.String), or " + word + "(*) for every overload");
        }
        return member;
    }

    private static String methodName(String word) {
        MemberRef member = MemberRef.parse(word);
        if (member.isMethod()) {
            throw new IllegalArgumentException("write '" + word.substring(0, word.indexOf('('))
                    + "' without parameter types: here an entry covers every overload");
        }
        return word;
    }

    private static String className(String word) {
        String problem = dottedNameProblem(word);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (word.indexOf('.') < 0) {
            throw new IllegalArgumentException("'" + word + "' is not a fully qualified class name: write its package too");
        }
        return word;
    }

    private static String packageName(String word) {
        if (!word.endsWith(".")) {
            throw new IllegalArgumentException("package '" + word + "' must end in '.'");
        }
        String problem = dottedNameProblem(word.substring(0, word.length() - 1));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return word;
    }

    private static String dottedNameProblem(String word) {
        if (word.indexOf('/') >= 0) {
            return "'" + word + "': class names use dots, not slashes";
        }
        for (String part : word.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return "'" + word + "' is not a binary class name: '" + part + "' is not a Java identifier";
            }
        }
        return null;
    }

    private static String identifier(String word) {
        if (!isIdentifier(word)) {
            throw new IllegalArgumentException("'" + word + "' is not a Java identifier");
        }
        return word;
    }

    private static String name(String word, String what) {
        if (!NAME_SYNTAX.matcher(word).matches()) {
            throw new IllegalArgumentException(what + " is not a lower-case name (letters, digits and single"
                    + " dashes, starting with a letter)");
        }
        return word;
    }

    private static String tagCondition(String word) {
        String condition = word.substring("if=".length());
        int at = condition.indexOf('@');
        name(at < 0 ? condition : condition.substring(0, at), "the tag in '" + word + "'");
        if (at >= 0 && !INDEX.matcher(condition.substring(at + 1)).matches()) {
            throw new IllegalArgumentException("the argument after '@' in '" + word + "' is not an index from 0");
        }
        return condition;
    }

    /**
     * The tag of an {@link #IF_TAG} value.
     *
     * @param condition the value, {@code file} or {@code file@1}
     * @return the tag, {@code file}
     */
    public static String conditionTag(String condition) {
        int at = condition.indexOf('@');
        return at < 0 ? condition : condition.substring(0, at);
    }

    /**
     * The argument an {@link #IF_TAG} value asks the tag of.
     *
     * @param condition the value, {@code file} or {@code file@1}
     * @return the argument index from 0, or -1 for the receiver
     */
    public static int conditionArgument(String condition) {
        int at = condition.indexOf('@');
        return at < 0 ? -1 : Integer.parseInt(condition.substring(at + 1));
    }

    private static String arguments(String word) {
        Set<String> seen = new HashSet<>();
        for (String part : word.split(",", -1)) {
            boolean known = part.equals("args") || part.equals("this") || INDEX.matcher(part).matches();
            if (!known) {
                throw new IllegalArgumentException("'" + word + "' is not what a sink takes: expected "
                        + ARGUMENTS.description);
            }
            if (!seen.add(part)) {
                throw new IllegalArgumentException("'" + word + "' names '" + part + "' twice");
            }
        }
        return word;
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
}
