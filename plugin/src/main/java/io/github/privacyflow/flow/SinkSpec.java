package io.github.privacyflow.flow;

import java.util.List;

/**
 * Where personal data leaves the system: a sink kind (or, for {@code @Sink}, a processor named
 * directly), which of the call's values are sunk, and an optional tag the receiver (or, for a
 * call that writes to a stream it is given, that argument) must carry.
 *
 * @param kind the sink kind (e.g. {@code logging}), or {@code null} when {@link #processor()} is given
 * @param processor the processor an {@code @Sink(processor)} method names, or {@code null}
 * @param sunk which values are sunk
 * @param requiredTag the tag the receiver must carry, or 0
 * @param taggedArgument the argument (from 0) that must carry {@code requiredTag} instead of the
 *     receiver ({@code Properties.store(stream, comment)}), or -1
 * @param origin where the sink was declared, for messages: "built-in", the policy, or {@code @Sink}
 */
public record SinkSpec(String kind, String processor, Sunk sunk, int requiredTag, int taggedArgument, String origin) {

    /**
     * A sink whose tag, if any, the receiver must carry.
     *
     * @param kind the sink kind, or {@code null} when {@code processor} is given
     * @param processor the processor an {@code @Sink(processor)} method names, or {@code null}
     * @param sunk which values are sunk
     * @param requiredTag the tag the receiver must carry, or 0
     * @param origin where the sink was declared
     */
    public SinkSpec(String kind, String processor, Sunk sunk, int requiredTag, String origin) {
        this(kind, processor, sunk, requiredTag, -1, origin);
    }

    /**
     * Which values of a call a sink takes.
     *
     * @param allArguments every argument
     * @param receiver the receiver object
     * @param returned the method's return value (policy {@code returns:} sinks)
     * @param indexes particular arguments, zero-based
     */
    public record Sunk(boolean allArguments, boolean receiver, boolean returned, List<Integer> indexes) {

        /** Every argument. */
        public static final Sunk ALL = new Sunk(true, false, false, List.of());
        /** The method's return value. */
        public static final Sunk RETURNED = new Sunk(false, false, true, List.of());

        /**
         * Parses a catalogue's list of sunk values.
         *
         * @param text comma-separated: {@code args}, {@code this} or zero-based argument indexes
         * @return the values
         * @throws NumberFormatException for a word that is none of these
         */
        public static Sunk parse(String text) {
            boolean all = false;
            boolean receiver = false;
            List<Integer> indexes = new java.util.ArrayList<>();
            for (String part : text.split(",")) {
                String word = part.strip();
                switch (word) {
                    case "args" -> all = true;
                    case "this" -> receiver = true;
                    default -> indexes.add(Integer.parseInt(word));
                }
            }
            return new Sunk(all, receiver, false, List.copyOf(indexes));
        }

        /**
         * One argument.
         *
         * @param index the argument, zero-based, receiver excluded
         * @return the value
         */
        public static Sunk argument(int index) {
            return new Sunk(false, false, false, List.of(index));
        }

        /**
         * Tells whether an argument is sunk.
         *
         * @param index the argument, zero-based, receiver excluded
         * @return whether the sink takes it
         */
        public boolean takesArgument(int index) {
            return allArguments || indexes.contains(index);
        }
    }

    /**
     * Tells whether the sink prints what it is given as text (a log), so that an object given to
     * it is what its {@code toString} shows.
     *
     * @return {@code true} for the {@code logging} kind
     */
    public boolean prints() {
        return "logging".equals(kind);
    }

    /**
     * Tells whether the sink kind stores data (what PF006 and PF009 look at).
     *
     * @return whether data sent here is kept
     */
    public boolean stores() {
        return kind != null && (kind.equals("jdbc") || kind.equals("jpa") || kind.equals("object-storage") || kind.equals("file")
                || kind.equals("ldap"));
    }
}
