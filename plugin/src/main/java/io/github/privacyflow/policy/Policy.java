package io.github.privacyflow.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A data-processing agreement as the plugin enforces it, plus the project's extra sources and
 * sinks. Immutable and safe to share between threads. Obtain one from {@link PolicyLoader}.
 *
 * @param name the agreement's name
 * @param sensitiveDataForbidden whether special-category data is forbidden
 *     ({@code sensitive-data: forbidden}, the default)
 * @param categories the data categories by name, in file order
 * @param purposes the purposes by name, with their descriptions, in file order
 * @param processors the processors by name, in file order
 * @param sources the project's {@code sources:} entries, in file order
 * @param sinks the project's {@code sinks:} entries, in file order
 * @param origin the file the policy was loaded from, or {@code null} for the embedded default;
 *     the lines of {@link PolicySource} and {@link PolicySink} refer to it
 * @param agreementOrigin the file the categories, purposes and processors were declared in:
 *     {@code origin} when the project file replaces the agreement, {@code null} when they come
 *     from the embedded default; the lines of {@link Category} and {@link Processor} refer to it
 * @param warnings what in the file is probably a mistake but does not stop the build, such as a
 *     sink kind no processor lists; in file order
 */
public record Policy(String name, boolean sensitiveDataForbidden, Map<String, Category> categories,
        Map<String, String> purposes, Map<String, Processor> processors, List<PolicySource> sources,
        List<PolicySink> sinks, Path origin, Path agreementOrigin, List<PolicyWarning> warnings) {

    /**
     * Creates a policy without warnings.
     *
     * @param name the name
     * @param sensitiveDataForbidden whether sensitive data is forbidden
     * @param categories the categories
     * @param purposes the purposes
     * @param processors the processors
     * @param sources the sources
     * @param sinks the sinks
     * @param origin the file, or {@code null}
     * @param agreementOrigin the agreement's file, or {@code null}
     */
    public Policy(String name, boolean sensitiveDataForbidden, Map<String, Category> categories,
            Map<String, String> purposes, Map<String, Processor> processors, List<PolicySource> sources,
            List<PolicySink> sinks, Path origin, Path agreementOrigin) {
        this(name, sensitiveDataForbidden, categories, purposes, processors, sources, sinks, origin,
                agreementOrigin, List.of());
    }

    /**
     * Makes unmodifiable, order-preserving copies of the collections.
     *
     * @param name the name
     * @param sensitiveDataForbidden whether sensitive data is forbidden
     * @param categories the categories
     * @param purposes the purposes
     * @param processors the processors
     * @param sources the sources
     * @param sinks the sinks
     * @param origin the file, or {@code null}
     * @param agreementOrigin the agreement's file, or {@code null}
     * @param warnings the warnings
     */
    public Policy {
        Objects.requireNonNull(name, "name");
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        purposes = Collections.unmodifiableMap(new LinkedHashMap<>(purposes));
        processors = Collections.unmodifiableMap(new LinkedHashMap<>(processors));
        sources = List.copyOf(sources);
        sinks = List.copyOf(sinks);
        warnings = List.copyOf(warnings);
    }

    /**
     * Looks a category up.
     *
     * @param name a category name, e.g. {@code user-interaction}
     * @return the category, or empty when the policy does not define it
     */
    public Optional<Category> category(String name) {
        return Optional.ofNullable(categories.get(name));
    }

    /**
     * Looks a processor up.
     *
     * @param name a processor name, e.g. {@code mysql}
     * @return the processor, or empty when the policy does not define it
     */
    public Optional<Processor> processor(String name) {
        return Optional.ofNullable(processors.get(name));
    }

    /**
     * Whether the policy defines a purpose.
     *
     * @param purpose a purpose name
     * @return whether it is defined under {@code purposes:}
     */
    public boolean isPurposeDefined(String purpose) {
        return purposes.containsKey(purpose);
    }

    /**
     * Whether data of a category may be processed for a purpose.
     *
     * @param category a category name
     * @param purpose a purpose name
     * @return {@code false} when the category is undefined or does not list the purpose
     */
    public boolean isPurposePermitted(String category, String purpose) {
        Category c = categories.get(category);
        return c != null && c.permitsPurpose(purpose);
    }

    /**
     * Whether data of a category may be handed to a processor.
     *
     * @param category a category name
     * @param processor a processor name
     * @return {@code false} when the category is undefined or does not list the processor
     */
    public boolean isProcessorPermitted(String category, String processor) {
        Category c = categories.get(category);
        return c != null && c.permitsProcessor(processor);
    }

    /**
     * The processors that receive data through a sink kind.
     *
     * @param kind a sink kind identifier, e.g. {@code logging}
     * @return the processors listing it, in file order; empty when the kind is undeclared
     */
    public List<Processor> processorsForSinkKind(String kind) {
        List<Processor> result = new ArrayList<>();
        for (Processor p : processors.values()) {
            if (p.receives(kind)) {
                result.add(p);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Whether data of a category may reach a sink kind: some processor the category permits
     * receives data through it.
     *
     * @param category a category name
     * @param kind a sink kind identifier
     * @return {@code false} when the category is undefined or no permitted processor lists it
     */
    public boolean isSinkKindPermitted(String category, String kind) {
        Category c = categories.get(category);
        if (c == null) {
            return false;
        }
        for (String processor : c.processors()) {
            Processor p = processors.get(processor);
            if (p != null && p.receives(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every sink kind the agreement knows: the built-in kinds, then the kinds the policy's
     * {@code sinks:} entries and processors name themselves, in file order.
     *
     * @return the kinds' identifiers, without duplicates
     */
    public List<String> sinkKinds() {
        Set<String> kinds = new LinkedHashSet<>(SinkKind.ids());
        for (PolicySink sink : sinks) {
            kinds.add(sink.kind());
        }
        for (Processor processor : processors.values()) {
            kinds.addAll(processor.sinks());
        }
        return List.copyOf(kinds);
    }

    /**
     * How reports name a sink kind: a built-in kind by its catalogue title ("Logging and the
     * console"); a kind of the policy's own by the titles of the processors that receive it
     * ("Tencent Cloud SMS"), since the agreement names the service, not the kind.
     *
     * @param kind a sink kind identifier
     * @return the title; the identifier itself when no processor receives a kind of the policy's own
     */
    public String sinkKindTitle(String kind) {
        Optional<SinkKind> builtIn = SinkKind.fromId(kind);
        if (builtIn.isPresent()) {
            return builtIn.get().title();
        }
        List<String> titles = new ArrayList<>();
        for (Processor processor : processorsForSinkKind(kind)) {
            titles.add(processor.title());
        }
        return titles.isEmpty() ? kind : String.join(" / ", titles);
    }

    /**
     * How reports name a processor: its title in the agreement.
     *
     * @param name a processor name
     * @return its title, or the name when the policy does not define it
     */
    public String processorTitle(String name) {
        Processor processor = processors.get(name);
        return processor == null ? name : processor.title();
    }

    /**
     * The longest time log files may be kept: the smallest {@code max-days} among categories
     * that permit a processor receiving {@code logging} data; when no such category has a
     * {@code max-days}, the smallest {@code max-days} of any category.
     *
     * @return the days, or empty when no category has a {@code max-days}
     */
    public OptionalInt logDataMaxDays() {
        OptionalInt logging = smallestMaxDays(true);
        return logging.isPresent() ? logging : smallestMaxDays(false);
    }

    private OptionalInt smallestMaxDays(boolean loggingOnly) {
        int best = Integer.MAX_VALUE;
        boolean found = false;
        for (Category c : categories.values()) {
            if (c.retention().maxDays().isEmpty()) {
                continue;
            }
            if (loggingOnly && !isSinkKindPermitted(c.name(), SinkKind.LOGGING.id())) {
                continue;
            }
            best = Math.min(best, c.retention().maxDays().getAsInt());
            found = true;
        }
        return found ? OptionalInt.of(best) : OptionalInt.empty();
    }

    /**
     * Whether this is the embedded default agreement, unextended.
     *
     * @return {@code true} when loaded by {@link PolicyLoader#loadDefault()}
     */
    public boolean isDefault() {
        return origin == null;
    }
}
