package io.github.privacyflow.policy;

import java.util.OptionalInt;

/**
 * How long a data category may be kept: at most a number of days, or until the customer deletes
 * it. Exactly one of the two is set.
 *
 * @param maxDays the maximum number of days (positive), or empty for {@code untilDeleted}
 * @param untilDeleted whether the data may be kept until the customer deletes it
 */
public record Retention(OptionalInt maxDays, boolean untilDeleted) {

    /**
     * Checks that exactly one of the two is set and that the days are positive.
     *
     * @param maxDays the maximum number of days, or empty
     * @param untilDeleted whether kept until deleted
     * @throws IllegalArgumentException when both or neither are set, or days are not positive
     */
    public Retention {
        if (maxDays == null) {
            throw new IllegalArgumentException("maxDays must not be null (use OptionalInt.empty())");
        }
        if (maxDays.isPresent() == untilDeleted) {
            throw new IllegalArgumentException("exactly one of maxDays and untilDeleted must be set");
        }
        if (maxDays.isPresent() && maxDays.getAsInt() <= 0) {
            throw new IllegalArgumentException("maxDays must be positive: " + maxDays.getAsInt());
        }
    }

    /**
     * A retention of at most {@code days} days.
     *
     * @param days a positive number of days
     * @return the retention
     */
    public static Retention days(int days) {
        return new Retention(OptionalInt.of(days), false);
    }

    /**
     * A retention until the customer deletes the data.
     *
     * @return the retention
     */
    public static Retention untilDeletion() {
        return new Retention(OptionalInt.empty(), true);
    }

    /**
     * Whether keeping data for {@code days} days stays within this retention.
     *
     * @param days the number of days the code keeps it
     * @return {@code true} when {@code untilDeleted}, or {@code days <= maxDays}
     */
    public boolean permitsDays(int days) {
        return untilDeleted || days <= maxDays.getAsInt();
    }

    /**
     * Whether keeping data until the customer deletes it stays within this retention.
     *
     * @return {@code true} only for an {@code untilDeleted} retention
     */
    public boolean permitsUntilDeleted() {
        return untilDeleted;
    }

    /**
     * The policy-file form, e.g. {@code max-days: 180} or {@code until-deleted: true}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return untilDeleted ? "until-deleted: true" : "max-days: " + maxDays.getAsInt();
    }

    /**
     * Says what the agreement allows, for messages and reports.
     *
     * @return "at most 180 days" or "until the customer deletes it"
     */
    public String describe() {
        return maxDays.isPresent() ? "at most " + maxDays.getAsInt() + " days" : "until the customer deletes it";
    }
}
