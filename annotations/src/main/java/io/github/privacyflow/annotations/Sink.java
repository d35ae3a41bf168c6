package io.github.privacyflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that every argument of this method is handed to a processor, which makes the
 * method a sink for the flow rules.
 *
 * <pre>{@code
 * @Sink(processor = "cloud-object-storage")
 * void upload(String key, byte[] recording) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sink {

    /**
     * The processor that receives the arguments, as the agreement names it.
     *
     * @return the processor name
     */
    String processor();
}
