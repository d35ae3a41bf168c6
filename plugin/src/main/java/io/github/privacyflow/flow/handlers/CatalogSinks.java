package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.policy.SinkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled sinks, from {@code sinks.catalog}: one section per sink kind (logging, jdbc,
 * http, ...), each line a member pattern with the values it sinks and, for writers and
 * streams, the tag the receiver must carry ({@code if=file}).
 *
 * <p>A dependency's method that sends what it is given through a catalogued sink (a wiki's
 * {@code MailUtil.sendMessage} calling {@code Transport.send}, a spam service's client posting
 * with an HTTP client) is a sink of that kind too: the dependency's class file is read, and its
 * own calls, and those of its class's helpers it calls, are looked at; calls into other classes
 * are not followed.
 */
final class CatalogSinks implements SinkHandler {

    /**
     * The kinds a dependency's method is taken to send its arguments by. Not logs and files:
     * libraries log and keep files of their own, whatever they were handed; not stores: a
     * library's own tables are its business, and PF006 and PF009 ask about the program's.
     */
    private static final Set<String> RELAYED = Set.of(SinkKind.MAIL.id(), SinkKind.HTTP.id(), SinkKind.SMS.id(),
            SinkKind.PUSH.id(), SinkKind.MESSAGING.id(), SinkKind.ANALYTICS.id());

    /** How deep a dependency's method is followed into the helpers of its own class. */
    private static final int HELPER_DEPTH = 2;

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;
    /** The catalogued sinks of each member asked about, the dependencies' calls included. */
    private final Map<ClassHierarchy.LibraryCall, List<SinkSpec>> catalogued = new HashMap<>();

    CatalogSinks(FlowCatalogs catalogs, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
    }

    @Override
    public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
        List<SinkSpec> found = catalogued(new ClassHierarchy.LibraryCall(owner, name, descriptor));
        if (!found.isEmpty() || name.equals("<init>") || name.equals("<clinit>")) {
            return found;
        }
        return relayed(owner, name, descriptor, new HashSet<>(), HELPER_DEPTH).map(List::of).orElse(List.of());
    }

    private List<SinkSpec> catalogued(ClassHierarchy.LibraryCall member) {
        return catalogued.computeIfAbsent(member, key -> {
            List<SinkSpec> found = new ArrayList<>();
            for (FlowCatalogs.SinkEntry entry : catalogs.sinks) {
                if (entry.pattern().matches(hierarchy, key.owner(), key.name(), key.descriptor())) {
                    found.add(entry.spec());
                }
            }
            return List.copyOf(found);
        });
    }

    /**
     * The sink a dependency's method calls in its own code, or in a helper of its class it calls
     * ({@code Akismet.commentCheck} posts through its {@code akismetCall}), as a sink of the same
     * kind that takes every argument: what reaches the inner sink is not worked out, the method
     * is given the data to send. Empty for a program class, a JDK class, or a class the
     * classpath lacks.
     */
    private Optional<SinkSpec> relayed(String owner, String name, String descriptor, Set<String> seen, int depth) {
        if (!seen.add(name + descriptor)) {
            return Optional.empty();
        }
        for (ClassHierarchy.LibraryCall call : hierarchy.libraryMethodCalls(owner, name, descriptor)) {
            if (call.owner().equals(owner)) {
                Optional<SinkSpec> helper = depth > 0 ? relayed(owner, call.name(), call.descriptor(), seen, depth - 1) : Optional.empty();
                if (helper.isPresent()) {
                    return helper;
                }
                continue;
            }
            for (SinkSpec sink : catalogued(call)) {
                if (sink.kind() != null && RELAYED.contains(sink.kind()) && sink.requiredTag() == 0) {
                    return Optional.of(new SinkSpec(sink.kind(), null, SinkSpec.Sunk.ALL, 0, sink.origin()));
                }
            }
        }
        return Optional.empty();
    }
}
