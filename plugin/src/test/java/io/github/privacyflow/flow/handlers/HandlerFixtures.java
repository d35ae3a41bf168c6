package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.calls.CallResolver;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.FieldResolver;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.PolicyLoader;
import java.util.List;
import java.util.Optional;

/** Handler contexts over a given hierarchy, for the handlers' mutation tests. */
final class HandlerFixtures {

    static final String PERSONAL_DATA = "Lio/github/privacyflow/annotations/PersonalData;";

    private HandlerFixtures() {
    }

    /** A context with name heuristics on (a field named {@code email} is personal) and the default agreement. */
    static HandlerContext context(ClassHierarchy hierarchy) {
        return context(hierarchy, PolicyLoader.loadDefault());
    }

    static HandlerContext context(ClassHierarchy hierarchy, Policy policy) {
        DataClassifier classifier = new DataClassifier(true, "user-interaction", NameDictionary.personalData(),
                NameDictionary.sensitiveData(), Catalogs.bundled());
        return new HandlerContext(hierarchy, new CallResolver(hierarchy), new FieldResolver(hierarchy), classifier,
                policy, new LabelTable(), "user-interaction");
    }

    static ResolvedCall libraryCall(int opcode, String owner, String name, String descriptor) {
        return new ResolvedCall(opcode, owner, name, descriptor, owner, Optional.empty(), List.of(), false);
    }

    static ResolvedCall declaredCall(int opcode, MethodModel declared) {
        String owner = declared.declaringClass().internalName();
        return new ResolvedCall(opcode, owner, declared.name(), declared.descriptor(), owner, Optional.of(declared),
                List.of(), true);
    }
}
