package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the rule's class as Error Prone's {@code @BugPattern} is: the reports,
 * the docs and the SARIF rule descriptors all read it from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /**
     * The stable id users suppress and baseline with, e.g. {@code PF001}.
     *
     * @return the id
     */
    String id();

    /**
     * The kebab-case name printed after the id, e.g. {@code sensitive-data}.
     *
     * @return the name
     */
    String name();

    /**
     * The severity findings get.
     *
     * @return the default severity
     */
    Severity severity();

    /**
     * One sentence saying what the rule reports.
     *
     * @return the summary
     */
    String summary();

    /**
     * The agreement clause the rule enforces, in words.
     *
     * @return the clause
     */
    String clause();
}
