package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says how long stored personal data is kept: either a number of days, or until the customer
 * deletes it.
 *
 * <pre>{@code
 * @Retain(days = 180)
 * public class AttendanceRecord { ... }
 *
 * @Retain(untilDeleted = true)
 * public class Recording { ... }
 * }</pre>
 *
 * <p>Set exactly one of the two. A type that carries it also needs a way to erase its
 * instances ({@link Erases}, a JPA {@code remove}, a Spring Data {@code delete*} or an SQL
 * {@code DELETE}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface Retain {

    /**
     * How many days the data is kept at most; {@code -1} when {@link #untilDeleted()} is used.
     *
     * @return the maximum age in days
     */
    int days() default -1;

    /**
     * Whether the data is kept until the customer deletes it.
     *
     * @return {@code true} for data kept until deleted
     */
    boolean untilDeleted() default false;
}
