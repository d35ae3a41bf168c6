package io.github.privacyflow.architecture.planted.rules;

/** A rule the planted model class wrongly depends on. */
public final class PlantedRule {

    /**
     * Returns the rule's id.
     *
     * @return the id
     */
    public String id() {
        return "PF999";
    }
}
