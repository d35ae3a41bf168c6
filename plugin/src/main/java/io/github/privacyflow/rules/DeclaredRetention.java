package io.github.privacyflow.rules;

import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramElement;
import java.util.Optional;

/**
 * A {@code @Retain} as declared on a type or field.
 *
 * @param element the annotated type or field
 * @param days the days given, or -1
 * @param untilDeleted whether the data is kept until the customer deletes it
 */
record DeclaredRetention(ProgramElement element, int days, boolean untilDeleted) {

    static Optional<DeclaredRetention> of(ProgramElement element) {
        return element.annotation(PrivacyAnnotations.RETAIN).map(retain ->
                new DeclaredRetention(element, retain.intValue("days", -1), retain.booleanValue("untilDeleted", false)));
    }

    /** Whether it states a period at all; {@code @Retain()} with neither value states none. */
    boolean isValid() {
        return untilDeleted || days > 0;
    }

    String describe() {
        return untilDeleted ? "until deleted" : days + " days";
    }
}
