package io.github.privacyflow.architecture.planted.model;

import io.github.privacyflow.architecture.planted.rules.PlantedRule;

/** A model class that reaches up into the rules: the violation the layer rule must name. */
public final class PlantedElement {

    /**
     * Asks a rule about itself, which the model layer must never do.
     *
     * @return the rule's id
     */
    public String askTheRule() {
        return new PlantedRule().id();
    }
}
