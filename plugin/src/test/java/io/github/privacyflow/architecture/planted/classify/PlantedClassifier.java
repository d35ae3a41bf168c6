package io.github.privacyflow.architecture.planted.classify;

import io.github.privacyflow.architecture.planted.flow.PlantedFlow;

/** The other half of the planted cycle: classify reaching up into flow. */
public final class PlantedClassifier {

    private PlantedClassifier() {
    }

    /**
     * Classifies a flow, which the classify layer must never see.
     *
     * @param flow the flow
     * @return the category
     */
    public static String classify(PlantedFlow flow) {
        return flow.getClass().getSimpleName();
    }
}
