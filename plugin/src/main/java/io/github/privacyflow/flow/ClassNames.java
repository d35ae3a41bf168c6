package io.github.privacyflow.flow;

/** How the flow engine names classes in descriptions and messages. */
public final class ClassNames {

    private ClassNames() {
    }

    /**
     * Returns a class's simple name, nested classes by their own name.
     *
     * @param internalName e.g. {@code com/acme/Order$Line}
     * @return e.g. {@code Line}; {@code ?} for {@code null}
     */
    public static String simple(String internalName) {
        if (internalName == null) {
            return "?";
        }
        return internalName.substring(Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$')) + 1);
    }
}
