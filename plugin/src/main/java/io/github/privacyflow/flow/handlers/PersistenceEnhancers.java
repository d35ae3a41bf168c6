package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.FieldResolver;
import java.util.Optional;

/**
 * The members that OpenJPA, Hibernate and EclipseLink bytecode enhancement add to entities.
 * Their state-manager plumbing would mix every field of every entity; what they mean is simply
 * "read field x" or "write field x", so they are modelled as that, and the engine does not
 * analyse their bodies at all.
 */
final class PersistenceEnhancers implements LibraryModel {

    private static final String OPENJPA_ENHANCED = "org/apache/openjpa/enhance/PersistenceCapable";
    private static final String HIBERNATE_READ = "$$_hibernate_read_";
    private static final String HIBERNATE_WRITE = "$$_hibernate_write_";
    private static final String ECLIPSELINK_GET = "_persistence_get_";
    private static final String ECLIPSELINK_SET = "_persistence_set_";

    private final ClassHierarchy hierarchy;
    private final FieldResolver fields;

    PersistenceEnhancers(HandlerContext context) {
        this.hierarchy = context.hierarchy();
        this.fields = context.fields();
    }

    @Override
    public Optional<FieldAccess> fieldAccess(String owner, String name) {
        if (name.startsWith(HIBERNATE_READ)) {
            return access(FieldAccess.Kind.GETTER, name.substring(HIBERNATE_READ.length()));
        }
        if (name.startsWith(HIBERNATE_WRITE)) {
            return access(FieldAccess.Kind.SETTER, name.substring(HIBERNATE_WRITE.length()));
        }
        if (name.startsWith(ECLIPSELINK_GET) && !name.equals(ECLIPSELINK_GET)) {
            return access(FieldAccess.Kind.GETTER, name.substring(ECLIPSELINK_GET.length()));
        }
        if (name.startsWith(ECLIPSELINK_SET) && !name.equals(ECLIPSELINK_SET)) {
            return access(FieldAccess.Kind.SETTER, name.substring(ECLIPSELINK_SET.length()));
        }
        if (name.startsWith("$$_hibernate_") || name.startsWith("_persistence_")) {
            return access(FieldAccess.Kind.OTHER, null);
        }
        // OpenJPA's names (pcGetName) could be a program's own, so they count only on its enhanced classes.
        if (name.length() > 2 && name.startsWith("pc") && Character.isUpperCase(name.charAt(2))
                && hierarchy.isSubtype(owner, OPENJPA_ENHANCED)) {
            if (name.startsWith("pcGet") && name.length() > 5 && !name.startsWith("pcGetStateManager")
                    && fields.field(owner, name.substring(5)).isPresent()) {
                return access(FieldAccess.Kind.GETTER, name.substring(5));
            }
            if (name.startsWith("pcSet") && name.length() > 5 && fields.field(owner, name.substring(5)).isPresent()) {
                return access(FieldAccess.Kind.SETTER, name.substring(5));
            }
            return access(FieldAccess.Kind.OTHER, null);
        }
        return Optional.empty();
    }

    private static Optional<FieldAccess> access(FieldAccess.Kind kind, String field) {
        return Optional.of(new FieldAccess(kind, field));
    }
}
