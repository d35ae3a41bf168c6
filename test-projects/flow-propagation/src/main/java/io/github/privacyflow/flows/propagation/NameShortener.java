package io.github.privacyflow.flows.propagation;

/** Shortens names for small tiles, one character at a time. */
public final class NameShortener {

    private NameShortener() {
    }

    public static String shorten(String name, int maxLength) {
        if (name.length() <= maxLength) {
            return name;
        }
        return shorten(name.substring(0, name.length() - 1), maxLength);
    }
}
