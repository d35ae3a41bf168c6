package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value as special-category data (GDPR Art. 9 and 10, PIPL Art. 28).
 *
 * <p>The kinds are {@code health}, {@code biometric}, {@code genetic}, {@code religion},
 * {@code ethnicity}, {@code political}, {@code union}, {@code sex-life}, {@code criminal},
 * {@code government-id}, {@code financial-account}, {@code precise-location} and
 * {@code minor}. Where the agreement forbids sensitive data, every element carrying this
 * annotation is reported as {@code PF001 sensitive-data}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface Sensitive {

    /**
     * The kind of special-category data.
     *
     * @return one of the sensitive kinds listed on this annotation
     */
    String kind();
}
