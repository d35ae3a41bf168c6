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

    /**
     * Tells whether a class belongs to the Java platform or its enterprise APIs, whose
     * interfaces are implemented as often by a container or the JDK as by the program.
     *
     * @param internalName e.g. {@code java/util/List}
     * @return whether it is under {@code java/}, {@code javax/}, {@code jakarta/}, {@code jdk/} or {@code sun/}
     */
    public static boolean isPlatform(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jakarta/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/");
    }
}
