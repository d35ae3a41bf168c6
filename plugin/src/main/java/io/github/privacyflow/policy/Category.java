package io.github.privacyflow.policy;

import java.util.List;
import java.util.Objects;

/**
 * A data category of the agreement, such as {@code user-interaction}.
 *
 * @param name the name annotations use, e.g. {@code user-interaction}
 * @param title the agreement's wording, e.g. "User Interaction and Application Data"
 * @param purposes the purposes this category may be processed for, in file order
 * @param processors the processors this category may be handed to, in file order
 * @param retention how long it may be kept
 * @param line the 1-based line of the category's name in the file it was declared in
 *     ({@link Policy#agreementOrigin()})
 */
public record Category(String name, String title, List<String> purposes, List<String> processors,
        Retention retention, int line) {

    /**
     * Copies the lists and checks for nulls.
     *
     * @param name the name
     * @param title the title
     * @param purposes the permitted purposes
     * @param processors the permitted processors
     * @param retention the retention
     * @param line the line
     */
    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        purposes = List.copyOf(purposes);
        processors = List.copyOf(processors);
        Objects.requireNonNull(retention, "retention");
    }

    /**
     * Whether the category may be processed for a purpose.
     *
     * @param purpose a purpose name
     * @return whether it is listed
     */
    public boolean permitsPurpose(String purpose) {
        return purposes.contains(purpose);
    }

    /**
     * Whether the category may be handed to a processor.
     *
     * @param processor a processor name
     * @return whether it is listed
     */
    public boolean permitsProcessor(String processor) {
        return processors.contains(processor);
    }
}
