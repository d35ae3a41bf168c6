package io.github.privacyflow.finding;

import io.github.privacyflow.model.SourceLocation;

/**
 * One step of a flow finding's path from source to sink.
 *
 * @param description what happens there, e.g. "reads Student.email" or "passes it to Logger.info"
 * @param location where it happens
 */
public record PathStep(String description, SourceLocation location) {
}
