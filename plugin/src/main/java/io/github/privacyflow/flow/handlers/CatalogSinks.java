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
 * with an HTTP client, a commerce framework's {@code EmailService.sendTemplateEmail} handing the
 * mail to its {@code MessageCreator}, which gives it to Spring's {@code JavaMailSender}) is a sink
 * of that kind too. The dependency's class files are read and its calls followed a few levels,
 * into its own classes only (those under the first three package names of the class the program
 * called): a library hands its work to its own helpers, and what another library does with a
 * value is that library's business. An interface the program calls, and does not implement
 * itself, is read through the implementation the library ships under the usual name
 * ({@code EmailServiceImpl}). A sending API the catalogue describes is not read so, from the
 * program or inside a walk: its other methods were left out on purpose.
 */
final class CatalogSinks implements SinkHandler {

    /**
     * The kinds a dependency's method is taken to send its arguments by. Not logs and files:
     * libraries log and keep files of their own, whatever they were handed; not stores: a
     * library's own tables are its business, and PF006 and PF009 ask about the program's.
     */
    private static final Set<String> RELAYED = Set.of(SinkKind.MAIL.id(), SinkKind.HTTP.id(), SinkKind.SMS.id(),
            SinkKind.PUSH.id(), SinkKind.MESSAGING.id(), SinkKind.ANALYTICS.id());

    /** How many calls deep a dependency's method is followed into its own library's code. */
    private static final int RELAY_DEPTH = 3;

    /** How many leading package names make a class part of the same library as another. */
    private static final int LIBRARY_PACKAGE_DEPTH = 3;

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;
    /** The catalogued sinks of each member asked about, the dependencies' calls included. */
    private final Map<ClassHierarchy.LibraryCall, List<SinkSpec>> catalogued = new HashMap<>();

    /** The classes the catalogue's sink entries of the sending kinds name. */
    private final Set<String> cataloguedClasses = new HashSet<>();
    /** Whether each class asked about is, or is below, one the catalogue names. */
    private final Map<String, Boolean> cataloguedApis = new HashMap<>();

    CatalogSinks(FlowCatalogs catalogs, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
        for (FlowCatalogs.SinkEntry entry : catalogs.sinks) {
            // Only the sending APIs: a library's own stream or writer class is no such API.
            if (entry.pattern().internalClass() != null && RELAYED.contains(entry.spec().kind())) {
                cataloguedClasses.add(entry.pattern().internalClass());
            }
        }
    }

    @Override
    public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
        List<SinkSpec> found = catalogued(new ClassHierarchy.LibraryCall(owner, name, descriptor));
        if (!found.isEmpty() || name.equals("<init>") || name.equals("<clinit>") || cataloguedApi(owner)) {
            return found;
        }
        return relayed(libraryPackage(owner), owner, name, descriptor, new HashMap<>(), RELAY_DEPTH).map(List::of)
                .orElse(List.of());
    }

    /**
     * Whether the catalogue describes the class's API: a class it names, or a subtype of one. Its
     * other methods are left out on purpose (Sardine's {@code exists} and {@code list} are reads
     * over HTTP), so they are not taken for sinks by what the library does inside them.
     */
    private boolean cataloguedApi(String owner) {
        return cataloguedApis.computeIfAbsent(owner, type -> {
            for (String supertype : hierarchy.supertypes(type)) {
                if (cataloguedClasses.contains(supertype)) {
                    return true;
                }
            }
            return false;
        });
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
     * The sink a dependency's method calls in its own code, or in a method of its own library it
     * calls ({@code Akismet.commentCheck} posts through its {@code akismetCall}), as a sink of the
     * same kind that takes every argument: what reaches the inner sink is not worked out, the
     * method is given the data to send. Empty for a program class, a JDK class, or a class the
     * classpath lacks.
     */
    private Optional<SinkSpec> relayed(String library, String owner, String name, String descriptor, Map<String, Integer> reached,
            int depth) {
        // A method met again with no more calls left to follow than before has nothing new to show.
        Integer before = reached.put(owner + '.' + name + descriptor, depth);
        if (before != null && before >= depth) {
            reached.put(owner + '.' + name + descriptor, before);
            return Optional.empty();
        }
        List<ClassHierarchy.LibraryCall> calls = hierarchy.libraryMethodCalls(owner, name, descriptor);
        if (calls.isEmpty() && !implementedByTheProgram(owner)) {
            Optional<String> implementation = hierarchy.libraryDefaultImplementation(owner);
            if (implementation.isPresent()) {
                return relayed(library, implementation.get(), name, descriptor, reached, depth);
            }
        }
        for (ClassHierarchy.LibraryCall call : calls) {
            for (SinkSpec sink : catalogued(call)) {
                if (sink.kind() != null && RELAYED.contains(sink.kind()) && sink.requiredTag() == 0) {
                    return Optional.of(new SinkSpec(sink.kind(), null, SinkSpec.Sunk.ALL, 0, sink.origin()));
                }
            }
            boolean ownLibrary = call.owner().equals(owner) || call.owner().startsWith(library + "/");
            if (depth > 0 && ownLibrary && !cataloguedApi(call.owner())) {
                Optional<SinkSpec> inner = relayed(library, call.owner(), call.name(), call.descriptor(), reached, depth - 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the program implements the interface itself: its calls then run the program's
     * code, which the analysis follows, not the implementation the library ships.
     */
    private boolean implementedByTheProgram(String owner) {
        return hierarchy.programSubtypes(owner).stream().anyMatch(type -> !type.isAbstract());
    }

    /** The leading package names that say which library a class belongs to. */
    private static String libraryPackage(String internalName) {
        int end = -1;
        for (int names = 0; names < LIBRARY_PACKAGE_DEPTH; names++) {
            int next = internalName.indexOf('/', end + 1);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end < 0 ? "" : internalName.substring(0, end);
    }
}
