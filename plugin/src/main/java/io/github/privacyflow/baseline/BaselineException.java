package io.github.privacyflow.baseline;

/** A baseline file that cannot be used; the message names the file and what is wrong. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message {@code file: what is wrong}
     */
    public BaselineException(String message) {
        super(message);
    }
}
