package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that calling this method establishes the end user's consent and that the user has
 * at least the minimum age of consent. A request entry point that stores personal data must
 * call such a method first on every path.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ConsentGate {
}
