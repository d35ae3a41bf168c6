package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.catalog.NameMatch;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.ResolvedCall;
import java.util.Optional;
import org.objectweb.asm.Type;

/**
 * In heuristic mode, what a dependency's getter returns when its name says it is people's data:
 * a mail API's {@code Mail.getRecipients()}, a servlet request's {@code getRemoteUser()}. The
 * program cannot annotate a jar, and the jar's getter is where its data enters the program.
 * Like a parameter's name, this is weak evidence: a finding that also has data the program
 * declares names only that data.
 */
final class NamedLibraryGetters implements SourceHandler {

    private final HandlerContext context;

    NamedLibraryGetters(HandlerContext context) {
        this.context = context;
    }

    @Override
    public Optional<Label> result(ResolvedCall call) {
        if (call.programOwner() || !call.targets().isEmpty() || isJdk(call.owner())) {
            return Optional.empty();
        }
        Type method = Type.getMethodType(call.descriptor());
        if (method.getArgumentTypes().length != 0) {
            return Optional.empty();
        }
        String owner = ClassNames.simple(call.owner());
        Optional<NameMatch> match = context.classifier().personalGetter(call.name(), method.getReturnType(), owner);
        return match.map(found -> context.labels().data("getter " + call.owner() + "#" + call.name(), new DataSource(
                owner + "." + call.name() + "()", context.inferredCategory(), true, null, null)));
    }

    /**
     * The JDK's own getters name files, threads and hosts, never a person; the catalogue lists its few real
     * sources. The {@code javax} APIs (servlets, mail) are specifications applications implement against.
     */
    private static boolean isJdk(String owner) {
        return owner.startsWith("java/") || owner.startsWith("jdk/") || owner.startsWith("sun/");
    }
}
