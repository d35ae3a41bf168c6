package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the method deletes stored instances of the given types, which is the erasure
 * path that data kept under {@link Retain} needs.
 *
 * <pre>{@code
 * @Erases(Recording.class)
 * public void purgeRecordingsOf(long customerId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Erases {

    /**
     * The types whose stored instances the method deletes.
     *
     * @return one or more types
     */
    Class<?>[] value();
}
