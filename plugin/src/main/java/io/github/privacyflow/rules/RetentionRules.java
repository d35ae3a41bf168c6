package io.github.privacyflow.rules;

import io.github.privacyflow.policy.Category;
import io.github.privacyflow.policy.Policy;
import java.util.OptionalInt;

/** Reads retention limits from the policy in the form the retention rules compare against. */
final class RetentionRules {

    private RetentionRules() {
    }

    static OptionalInt maxDays(Category category) {
        return category.retention().maxDays();
    }

    static OptionalInt logDataMaxDays(Policy policy) {
        return policy.logDataMaxDays();
    }

    static String describe(Category category) {
        OptionalInt days = maxDays(category);
        return days.isPresent() ? "at most " + days.getAsInt() + " days" : "until the customer deletes it";
    }
}
