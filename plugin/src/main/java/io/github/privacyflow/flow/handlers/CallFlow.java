package io.github.privacyflow.flow.handlers;

/**
 * How a call without a program body passes data on, as data rather than code: which values its
 * result carries, whether the arguments flow into the receiver, whether it returns the receiver
 * itself, and the tags its result (or, for a constructor, the new object) carries.
 *
 * @param result what the result carries, {@code null} while no model has decided
 * @param intoReceiver whether the arguments flow into the receiver object (a collection's
 *     {@code add}, a builder's setter)
 * @param returnsReceiver whether the result is the receiver object itself (a fluent builder)
 * @param tags tag bits the result carries (a stream or writer leading to a file, say)
 */
public record CallFlow(Result result, boolean intoReceiver, boolean returnsReceiver, int tags) {

    /** What a call's result carries. */
    public enum Result {
        /** Nothing personal: a size, a test, a hash bucket. */
        NOTHING,
        /** What the receiver holds, not the arguments (a lookup by key). */
        RECEIVER,
        /** What the lambda passed in returns ({@code stream.map(f)}), not what it was given. */
        FUNCTION_RESULT,
        /** The receiver and every argument: the default, coarse but never losing a flow. */
        ALL
    }

    /** A model that does not know the call. */
    public static final CallFlow UNKNOWN = new CallFlow(null, false, false, 0);

    /**
     * What every call starts with before any model: a constructor's arguments flow into the
     * object it builds, and its result is that object, not a value computed from them.
     *
     * @param constructor whether the call is a constructor's
     * @return the starting point
     */
    public static CallFlow start(boolean constructor) {
        return constructor ? new CallFlow(Result.NOTHING, true, false, 0) : UNKNOWN;
    }

    /**
     * Adds a later model's part: the result stays as decided, if it is; the rest is united.
     *
     * @param later the later model's part
     * @return the combined flow
     */
    public CallFlow then(CallFlow later) {
        if (later == UNKNOWN) {
            return this;
        }
        return new CallFlow(result != null ? result : later.result, intoReceiver || later.intoReceiver,
                returnsReceiver || later.returnsReceiver, tags | later.tags);
    }

    /**
     * Keeps what the models decided, with another default for the result.
     *
     * @param fallback what the result carries when no model decided
     * @return the flow with its result decided
     */
    public CallFlow decidedOr(Result fallback) {
        return result != null ? this : new CallFlow(fallback, intoReceiver, returnsReceiver, tags);
    }

    /** @return what the result carries, {@link Result#ALL} when no model decided */
    public Result resultOrDefault() {
        return result == null ? Result.ALL : result;
    }
}
