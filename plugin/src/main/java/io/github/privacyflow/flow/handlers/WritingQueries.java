package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.NamedQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JPA and Hibernate queries that write: one made from an {@code INSERT}, an {@code UPDATE ... SET}
 * or a {@code MERGE}, given as text ({@code createQuery}, {@code createNativeQuery}) or by the name
 * of a program's {@code @NamedQuery} or {@code @NamedNativeQuery} whose text is one, carries the
 * {@code query-write} tag. The sink catalogue's {@code Query#executeUpdate()} stores only such a
 * query's parameters (Keycloak's named {@code insert into LoginFailureEntity (realmId, userId)}): a
 * {@code DELETE} binds the keys of what it removes, which is no storing.
 */
final class WritingQueries implements LibraryModel {

    /** The tag a writing query carries. */
    static final String TAG = "query-write";

    /** What starts a statement that writes what it binds. */
    private static final Pattern WRITES = Pattern.compile("^\\s*(?:insert|update|merge|upsert)\\b", Pattern.CASE_INSENSITIVE);

    /** The factories of queries, by the query API's owners. */
    private static final Set<String> QUERY_OWNERS = Set.of("javax/persistence/EntityManager", "jakarta/persistence/EntityManager",
            "org/hibernate/Session", "org/hibernate/SharedSessionContract");

    private final ClassHierarchy hierarchy;
    /** The program's named queries' texts by name, read on first use. */
    private Map<String, String> namedQueries;

    WritingQueries(HandlerContext context) {
        this.hierarchy = context.hierarchy();
    }

    @Override
    public int resultTags(ResolvedCall call, String text) {
        if (!call.name().startsWith("create") || !call.name().endsWith("Query") || !madeByAQueryApi(call.owner())) {
            return 0;
        }
        String statement = call.name().startsWith("createNamed") ? named().get(text) : text;
        return statement != null && WRITES.matcher(statement).find() ? ValueTags.bit(TAG) : 0;
    }

    private boolean madeByAQueryApi(String owner) {
        for (String type : hierarchy.supertypes(owner)) {
            if (QUERY_OWNERS.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> named() {
        if (namedQueries == null) {
            namedQueries = new HashMap<>();
            // In name order: a name two classes declare (which JPA forbids) resolves the same on every run.
            List<ClassModel> types = new ArrayList<>(hierarchy.programClasses());
            types.sort(Comparator.comparing(ClassModel::internalName));
            for (ClassModel type : types) {
                for (NamedQueries.NamedQuery query : NamedQueries.declaredBy(type)) {
                    if (!query.name().isEmpty()) {
                        namedQueries.putIfAbsent(query.name(), query.text());
                    }
                }
            }
        }
        return namedQueries;
    }
}
