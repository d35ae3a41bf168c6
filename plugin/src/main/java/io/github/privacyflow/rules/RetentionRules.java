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
        return category.retention().describe();
    }
}
