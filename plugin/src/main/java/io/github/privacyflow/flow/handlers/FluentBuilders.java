package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;

/**
 * Fluent builders of libraries the catalogue does not list: a mutable type named as a builder
 * or a request spec whose method returns its own type returns the builder itself, with the
 * argument added, so {@code builder.header(k, v);} taints {@code builder} even when the result
 * is dropped. Value types that return their own type ({@code Money.add}) return new values and
 * are left to the default model. A builder the program implements is followed through its own
 * code instead.
 */
final class FluentBuilders implements LibraryModel {

    private static final CallFlow INTO_AND_RETURNS_RECEIVER = new CallFlow(null, true, true, 0);

    private final ClassHierarchy hierarchy;
    private final ImmutableTypes immutable;

    FluentBuilders(ImmutableTypes immutable, HandlerContext context) {
        this.hierarchy = context.hierarchy();
        this.immutable = immutable;
    }

    @Override
    public CallFlow flow(ResolvedCall call, boolean passesLambda) {
        if (!call.hasReceiver() || call.isConstructor() || !call.targets().isEmpty()) {
            return CallFlow.UNKNOWN;
        }
        String simple = ClassNames.simple(call.owner());
        if ((simple.endsWith("Builder") || simple.endsWith("Spec")) && !immutable.contains(call.owner())
                && call.returnsOwnType(hierarchy)) {
            return INTO_AND_RETURNS_RECEIVER;
        }
        return CallFlow.UNKNOWN;
    }
}
