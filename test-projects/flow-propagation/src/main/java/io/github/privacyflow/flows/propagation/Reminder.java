package io.github.privacyflow.flows.propagation;

/** An immutable reminder, filled by its constructor. */
public class Reminder {

    private final String to;

    private final String text;

    public Reminder(String to, String text) {
        this.to = to;
        this.text = text;
    }

    public String to() {
        return to;
    }

    public String text() {
        return text;
    }
}
