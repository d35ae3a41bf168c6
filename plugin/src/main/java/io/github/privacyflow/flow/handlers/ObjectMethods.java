package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.CallResolver;
import io.github.privacyflow.flow.calls.ResolvedCall;

/**
 * {@link Object}'s own {@code toString()} and {@code hashCode()}: they print a class name and a
 * number, nothing personal. They apply when no program class between the receiver's class and
 * {@code Object} overrides the method; a program override is analysed like any method.
 */
final class ObjectMethods implements LibraryModel {

    private static final CallEffect NOTHING_PERSONAL = new CallEffect(false, true);

    private final CallResolver calls;

    ObjectMethods(HandlerContext context) {
        this.calls = context.calls();
    }

    @Override
    public CallEffect effect(ResolvedCall call) {
        if (!call.targets().isEmpty() || !call.hasReceiver() || !isObjectMethod(call.name(), call.descriptor())) {
            return CallEffect.NONE;
        }
        return calls.inheritsFromObject(call.resolutionOwner(), call.name(), call.descriptor()) ? NOTHING_PERSONAL : CallEffect.NONE;
    }

    private static boolean isObjectMethod(String name, String descriptor) {
        return name.equals("toString") && descriptor.equals("()Ljava/lang/String;")
                || name.equals("hashCode") && descriptor.equals("()I");
    }
}
