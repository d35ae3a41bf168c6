package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value as personal data of one category of the agreement.
 *
 * <p>On a field, parameter or record component it classifies that value; on a method it
 * classifies what the method returns; on a type it classifies every instance and every value
 * read from the instance's fields and getters. A record component annotated with it passes the
 * annotation on to the component's field, accessor and constructor parameter.
 *
 * <pre>{@code
 * @PersonalData(category = "user-interaction")
 * private String email;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface PersonalData {

    /**
     * The data category of the agreement, for example {@code user-interaction} or
     * {@code generated-content}.
     *
     * @return the category name as the policy defines it
     */
    String category();
}
