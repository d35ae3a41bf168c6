package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.calls.CallResolver;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.FieldResolver;
import io.github.privacyflow.policy.Policy;

/**
 * What a handler may use, for one analysis: the program's hierarchy and resolution, the
 * classification of declarations, the agreement, and the table its labels come from.
 *
 * @param hierarchy the program's class hierarchy
 * @param calls call resolution
 * @param fields field resolution
 * @param classifier which declarations hold personal data, from annotations and names
 * @param policy the agreement, with its {@code sources:} and {@code sinks:}
 * @param labels the table every label of the analysis comes from
 * @param inferredCategory the category of data that only a name or an annotation without one classifies
 */
public record HandlerContext(ClassHierarchy hierarchy, CallResolver calls, FieldResolver fields, DataClassifier classifier,
        Policy policy, LabelTable labels, String inferredCategory) {
}
