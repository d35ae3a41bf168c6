/**
 * Attendance: who was in which class, for how long, and the summaries teachers export.
 */
@Purpose({"provide-feature", "troubleshooting"})
package io.github.privacyflow.demo.attendance;

import io.github.privacyflow.annotations.Purpose;
