package io.github.privacyflow.architecture.planted.flow;

import io.github.privacyflow.architecture.planted.classify.PlantedClassifier;

/** Half of a planted cycle: flow uses classify, and classify uses flow back. */
public final class PlantedFlow {

    /**
     * Classifies through the classifier, which calls back into flow.
     *
     * @return the category
     */
    public String category() {
        return PlantedClassifier.classify(this);
    }
}
