package io.github.privacyflow.finding;

/**
 * A step of a flow path as a rule reports it, before the engine gives it a position.
 *
 * @param description what happens there, e.g. "reads Student.email"
 * @param anchor where it happens
 */
public record AnchoredStep(String description, Anchor anchor) {
}
