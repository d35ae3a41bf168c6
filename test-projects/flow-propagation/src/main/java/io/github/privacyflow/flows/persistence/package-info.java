/**
 * Persistence: rows are written to provide the classroom itself, whoever calls in.
 */
@Purpose("provide-feature")
package io.github.privacyflow.flows.persistence;

import io.github.privacyflow.annotations.Purpose;
