package io.github.privacyflow.rules;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.ProgramModel;
import io.github.privacyflow.policy.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees: the module's classes, the agreement, the shared classification of personal
 * data, the bundled catalogues, the module's resource folders (for logging configuration) and,
 * computed once on first use, the data flows.
 */
public final class RuleContext {

    private final ProgramModel program;
    private final Policy policy;
    private final DataClassifier classifier;
    private final Catalogs catalogs;
    private final List<Path> resourceRoots;
    private final Diagnostics diagnostics;
    private final Supplier<FlowResult> flowSupplier;
    /** Built on first use: scanning every method for deletes is paid only by the rules that ask. */
    private ErasurePaths erasure;
    private FlowResult flow;

    /**
     * Creates a context.
     *
     * @param program the module's classes
     * @param policy the agreement in force
     * @param classifier which declarations hold personal or sensitive data
     * @param catalogs bundled library knowledge
     * @param resourceRoots the module's resource folders, e.g. {@code src/main/resources}
     * @param diagnostics where unreadable inputs are reported
     * @param flowSupplier runs the flow analysis; called at most once
     */
    public RuleContext(ProgramModel program, Policy policy, DataClassifier classifier, Catalogs catalogs,
            List<Path> resourceRoots, Diagnostics diagnostics, Supplier<FlowResult> flowSupplier) {
        this.program = program;
        this.policy = policy;
        this.classifier = classifier;
        this.catalogs = catalogs;
        this.resourceRoots = List.copyOf(resourceRoots);
        this.diagnostics = diagnostics;
        this.flowSupplier = flowSupplier;
    }

    /** @return the module's classes */
    public ProgramModel program() {
        return program;
    }

    /** @return the agreement in force */
    public Policy policy() {
        return policy;
    }

    /** @return which declarations hold personal or sensitive data */
    public DataClassifier classifier() {
        return classifier;
    }

    /** @return bundled library knowledge */
    public Catalogs catalogs() {
        return catalogs;
    }

    /** @return the module's resource folders */
    public List<Path> resourceRoots() {
        return resourceRoots;
    }

    /** @return where unreadable inputs are reported */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Returns the data flows, analysing them on first call; the rules run one after another, so
     * no synchronisation is needed.
     *
     * @return the flow result
     */
    public FlowResult flow() {
        if (flow == null) {
            flow = flowSupplier.get();
        }
        return flow;
    }

    /** Every way the module's code deletes stored data, scanned once per analysis. */
    ErasurePaths erasure() {
        if (erasure == null) {
            erasure = new ErasurePaths(this);
        }
        return erasure;
    }

    /**
     * Where the module's code deletes a type's stored instances by age: the retention a cleanup
     * enforces ({@code DELETE ... WHERE created < ?}, a repository's {@code deleteBy...Before}),
     * on the type itself or on an owner whose removal cascades to it ({@code @OneToMany(cascade =
     * ALL)}, {@code orphanRemoval = true}).
     *
     * @param type the type
     * @return the method and place that deletes it by age, if any
     */
    public Optional<String> enforcedRetention(io.github.privacyflow.model.ClassModel type) {
        Optional<String> own = erasure().agedDeletion(type, NoErasurePathRule.tableNames(this, type));
        if (own.isPresent()) {
            return own;
        }
        // A row its owner's removal cascades to goes when a cleanup deletes that owner by age.
        for (io.github.privacyflow.model.ClassModel owner : erasure().cascadingOwners(type)) {
            Optional<String> owners = erasure().agedDeletion(owner, NoErasurePathRule.tableNames(this, owner));
            if (owners.isPresent()) {
                return Optional.of(owners.get() + ", with its " + owner.simpleName());
            }
        }
        return Optional.empty();
    }
}
