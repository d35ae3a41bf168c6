/**
 * Annotations that tell privacyflow what the code does with personal data.
 *
 * <p>Every annotation has {@code CLASS} retention: the compiler keeps it in the class file,
 * where the privacyflow Maven plugin reads it, but it costs nothing at run time. The jar has
 * no dependencies and targets Java 8.
 *
 * <p>The names used inside the annotations (categories, purposes, processors and sensitive
 * kinds) must be defined by the data-processing agreement the plugin enforces; a name the
 * agreement does not define is reported as {@code PF008 policy-mismatch}, so a typo never
 * passes silently.
 */
package io.github.privacyflow.annotations;
