package io.github.privacyflow.model;

/** The binary names of the privacyflow annotations, which the plugin reads from class files. */
public final class PrivacyAnnotations {

    private static final String PACKAGE = "io.github.privacyflow.annotations.";

    /** {@code @PersonalData(category)}. */
    public static final String PERSONAL_DATA = PACKAGE + "PersonalData";
    /** {@code @NotPersonalData(reason)}. */
    public static final String NOT_PERSONAL_DATA = PACKAGE + "NotPersonalData";
    /** {@code @Sensitive(kind)}. */
    public static final String SENSITIVE = PACKAGE + "Sensitive";
    /** {@code @Purpose(value)}. */
    public static final String PURPOSE = PACKAGE + "Purpose";
    /** {@code @Retain(days, untilDeleted)}. */
    public static final String RETAIN = PACKAGE + "Retain";
    /** {@code @Sink(processor)}. */
    public static final String SINK = PACKAGE + "Sink";
    /** {@code @Anonymizer}. */
    public static final String ANONYMIZER = PACKAGE + "Anonymizer";
    /** {@code @ConsentGate}. */
    public static final String CONSENT_GATE = PACKAGE + "ConsentGate";
    /** {@code @Erases(value)}. */
    public static final String ERASES = PACKAGE + "Erases";

    private PrivacyAnnotations() {
    }
}
