/**
 * Device and network quality: what the clients report about their connection, and the
 * monitoring that warns a teacher when a student's connection degrades.
 */
@Purpose("troubleshooting")
package io.github.privacyflow.demo.quality;

import io.github.privacyflow.annotations.Purpose;
