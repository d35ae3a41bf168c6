/**
 * Slides and documents a teacher uploads for a lesson, converted to page images for the
 * whiteboard.
 */
@Purpose({"provide-feature", "content-recommendation"}) // expect PF008
package io.github.privacyflow.demo.courseware;

import io.github.privacyflow.annotations.Purpose;
