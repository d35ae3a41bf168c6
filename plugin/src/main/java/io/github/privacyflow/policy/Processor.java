package io.github.privacyflow.policy;

import java.util.List;
import java.util.Objects;

/**
 * A processor (sub-processor) of the agreement, such as {@code cloud-log-service}, with the sink
 * kinds through which code hands data to it.
 *
 * @param name the name annotations use, e.g. {@code mysql}
 * @param title the agreement's wording, e.g. "TencentDB for MySQL"
 * @param sinks the {@link SinkKind} identifiers it receives data through, e.g. {@code [jdbc, jpa]}
 * @param line the 1-based line of the processor's name in the file it was declared in
 *     ({@link Policy#agreementOrigin()})
 */
public record Processor(String name, String title, List<String> sinks, int line) {

    /**
     * Copies the list and checks for nulls.
     *
     * @param name the name
     * @param title the title
     * @param sinks the sink kinds
     * @param line the line
     */
    public Processor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        sinks = List.copyOf(sinks);
    }

    /**
     * Whether this processor receives data through a sink kind.
     *
     * @param kind a sink kind identifier such as {@code logging}
     * @return whether it is listed
     */
    public boolean receives(String kind) {
        return sinks.contains(kind);
    }
}
