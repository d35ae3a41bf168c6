package io.github.privacyflow.flows.propagation;

/** Something shown as a badge next to a video tile. */
public interface Badge {

    String caption();

    default String render() {
        return "[" + caption() + "]";
    }
}
