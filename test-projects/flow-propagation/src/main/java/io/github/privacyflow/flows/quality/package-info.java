/**
 * Call quality: monitoring performance and troubleshooting connection problems.
 */
@Purpose("troubleshooting")
package io.github.privacyflow.flows.quality;

import io.github.privacyflow.annotations.Purpose;
