package io.github.privacyflow.flows.propagation;

/** Third class of the pipeline: the text itself. */
public final class WelcomeTemplates {

    private WelcomeTemplates() {
    }

    public static String fill(String name) {
        return "Everyone, please welcome " + name;
    }
}
