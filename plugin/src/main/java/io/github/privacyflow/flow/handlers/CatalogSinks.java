package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The bundled sinks, from {@code sinks.catalog}: one section per sink kind (logging, jdbc,
 * http, ...), each line a member pattern with the values it sinks and, for writers and
 * streams, the tag the receiver must carry ({@code if=file}).
 *
 * <p>A dependency's method that itself hands its work to a catalogued sink (a wiki's
 * {@code MailUtil.sendMessage} calling {@code Transport.send}, a spam service's client calling
 * an HTTP client) is a sink of that kind too: the dependency's class file is read and its own
 * calls are looked at, and those of its class's helpers it calls, not those of other classes. Logs and file writes are left out: libraries log and
 * keep files of their own as a matter of course, whatever they were handed.
 */
final class CatalogSinks implements SinkHandler {

    /** Kinds a dependency's method passes on only when it was handed data to send or store. */
    private static final Set<String> NOT_RELAYED = Set.of("logging", "file");

    /** How deep a dependency's method is followed into the helpers of its own class. */
    private static final int HELPER_DEPTH = 2;

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;

    CatalogSinks(FlowCatalogs catalogs, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
    }

    @Override
    public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
        List<SinkSpec> found = catalogued(owner, name, descriptor);
        if (found.isEmpty() && !name.equals("<init>") && !name.equals("<clinit>")) {
            relayed(owner, name, descriptor).ifPresent(found::add);
        }
        return found;
    }

    private List<SinkSpec> catalogued(String owner, String name, String descriptor) {
        List<SinkSpec> found = new ArrayList<>();
        for (FlowCatalogs.SinkEntry entry : catalogs.sinks) {
            if (entry.pattern().matches(hierarchy, owner, name, descriptor)) {
                found.add(entry.spec());
            }
        }
        return found;
    }

    /**
     * The sink a dependency's method calls in its own code, or in its class's own helpers it calls
     * ({@code Akismet.commentCheck} posts through its {@code akismetCall}), as a sink of the same
     * kind that takes every argument; empty for a program class, a JDK class, or a class the
     * classpath lacks.
     */
    private Optional<SinkSpec> relayed(String owner, String name, String descriptor) {
        return relayed(owner, name, descriptor, new HashSet<>(), HELPER_DEPTH);
    }

    private Optional<SinkSpec> relayed(String owner, String name, String descriptor, Set<String> seen, int depth) {
        Optional<MethodModel> method = hierarchy.libraryClass(owner).flatMap(type -> type.method(name, descriptor));
        if (method.isEmpty() || method.get().node().instructions == null || !seen.add(name + descriptor)) {
            return Optional.empty();
        }
        for (AbstractInsnNode instruction : method.get().node().instructions) {
            if (!(instruction instanceof MethodInsnNode call)) {
                continue;
            }
            if (call.owner.equals(owner)) {
                if (depth > 0) {
                    Optional<SinkSpec> helper = relayed(owner, call.name, call.desc, seen, depth - 1);
                    if (helper.isPresent()) {
                        return helper;
                    }
                }
                continue;
            }
            for (SinkSpec sink : catalogued(call.owner, call.name, call.desc)) {
                if (sink.kind() != null && !NOT_RELAYED.contains(sink.kind()) && sink.requiredTag() == 0) {
                    return Optional.of(new SinkSpec(sink.kind(), null, SinkSpec.Sunk.ALL, 0, sink.origin()));
                }
            }
        }
        return Optional.empty();
    }
}
