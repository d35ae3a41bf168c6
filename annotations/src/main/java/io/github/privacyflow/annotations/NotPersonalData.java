package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that a value whose name looks like personal data is not personal data, which
 * silences the name heuristics ({@code PF002 unclassified-personal-data}).
 *
 * <p>On a type it covers every field of the type.
 *
 * <pre>{@code
 * @NotPersonalData(reason = "the room's display name, chosen by the teacher")
 * private String displayName;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface NotPersonalData {

    /**
     * Why this value is not personal data, for the reviewer who reads the code later.
     *
     * @return the reason
     */
    String reason();
}
