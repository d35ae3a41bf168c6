package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.catalog.NameMatch;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.ResolvedCall;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
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
        if (method.getArgumentTypes().length != 0 && !readsItsArgument(call, method)) {
            return Optional.empty();
        }
        String owner = ClassNames.simple(call.owner());
        Optional<NameMatch> match = context.classifier().personalGetter(call.name(), method.getReturnType(), owner);
        return match.map(found -> context.labels().data("getter " + call.owner() + "#" + call.name(), DataSource.named(
                owner + "." + call.name() + "()", context.inferredCategory(), null, null, found.family())));
    }

    /**
     * A library's static helper that reads a property of the object it is given, as a getter would
     * of its receiver: JSPWiki's {@code HttpUtil.getRemoteAddress(request)}, a
     * {@code WebUtils.getClientIp(request)}. Its one argument is the holder, not a key or a value
     * to convert: text, numbers and other plain values are left to the default transfer.
     */
    private static boolean readsItsArgument(ResolvedCall call, Type method) {
        if (call.opcode() != Opcodes.INVOKESTATIC || method.getArgumentTypes().length != 1) {
            return false;
        }
        Type holder = method.getArgumentTypes()[0];
        return holder.getSort() == Type.OBJECT && !holder.getClassName().startsWith("java.");
    }

    /**
     * A keyed read of a library: {@code getParameter("email")}, {@code getString("login_name")},
     * {@code getAttribute("loginName")}, {@code getHeader("User-Agent")}, {@code get("phone")}.
     * The key names the data as a field's name would. A configuration read is a setting, not a
     * person's data, whatever its key is called ({@code getInitParameter("sender")},
     * {@code getProperty("mail.user")}).
     */
    @Override
    public Optional<Label> keyedResult(ResolvedCall call, String key) {
        if (call.programOwner() || !call.targets().isEmpty() || !KEYED_READS.contains(call.name())
                || key.indexOf('.') >= 0 || isConfiguration(call.owner())) {
            // "mail.user" is a configuration property's name, and a Dictionary or Properties holds settings.
            return Optional.empty();
        }
        Type returned = Type.getReturnType(call.descriptor());
        String owner = ClassNames.simple(call.owner());
        return context.classifier().personalVariable(key.replace('-', '_'), returned, owner)
                .map(found -> context.labels().data("key " + call.owner() + "#" + call.name() + " " + key, DataSource.keyedRead(
                        owner + "." + call.name(), key, context.inferredCategory(), found.family())));
    }

    /**
     * A result set's column named by a field: {@code rs.getString(m_loginName)} reads the login
     * name, as {@code getString("login_name")} would. Only for JDBC's result sets: their key is a
     * column of the row read, while a map looked up by a field's value returns no such datum.
     */
    @Override
    public Optional<Label> columnNamedByField(ResolvedCall call, String field) {
        if (call.programOwner() || !call.targets().isEmpty() || !call.name().startsWith("get")
                || !context.hierarchy().supertypes(call.owner()).contains("java/sql/ResultSet")) {
            return Optional.empty();
        }
        Type returned = Type.getReturnType(call.descriptor());
        String owner = ClassNames.simple(call.owner());
        String fieldName = field.substring(field.lastIndexOf('.') + 1);
        return context.classifier().personalVariable(fieldName, returned, owner)
                .map(found -> context.labels().data("column " + call.owner() + "#" + call.name() + " " + field, DataSource.named(
                        owner + "." + call.name() + "(" + field + ")", context.inferredCategory(), null, null, found.family())));
    }

    /**
     * A configuration API: OSGi's component properties ({@code Dictionary}), or a type named so
     * ({@code Properties}, {@code Preferences}, Keycloak's {@code Config$Scope}, a {@code SettingsReader}).
     */
    private static boolean isConfiguration(String owner) {
        if (owner.equals("java/util/Dictionary")) {
            return true;
        }
        String simple = owner.substring(owner.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        for (String word : CONFIGURATION_WORDS) {
            if (simple.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.List<String> CONFIGURATION_WORDS = java.util.List.of("config", "setting", "propert",
            "preference", "option", "environment");

    /** Reads by key of requests, result sets, documents, JSON objects and maps; not of configuration. */
    private static final java.util.Set<String> KEYED_READS = java.util.Set.of("get", "getAttribute", "getString",
            "getParameter", "getParameterValues", "getHeader", "getHeaders", "getValue", "getFirst", "getObject",
            "opt", "optString", "getAsString", "getText", "findValue", "path");

    /**
     * The JDK's own getters name files, threads and hosts, never a person; the catalogue lists its few real
     * sources. The {@code javax} APIs (servlets, mail) are specifications applications implement against.
     */
    private static boolean isJdk(String owner) {
        return owner.startsWith("java/") || owner.startsWith("jdk/") || owner.startsWith("sun/");
    }
}
