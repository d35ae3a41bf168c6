package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the purposes for which this code processes personal data.
 *
 * <p>The purpose in scope at a call is taken from the method, then its class, then its
 * package ({@code package-info.java}), then the callers on the path that led there.
 *
 * <pre>{@code
 * @Purpose({"provide-feature", "troubleshooting"})
 * public class RoomDiagnostics { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.PACKAGE})
public @interface Purpose {

    /**
     * The purposes, as the agreement names them.
     *
     * @return one or more purpose names
     */
    String[] value();
}
