package io.github.privacyflow.rules;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.ProgramModel;
import io.github.privacyflow.policy.Policy;
import java.nio.file.Path;
import java.util.List;

/**
 * What a rule sees: the module's classes, the agreement, the shared classification of personal
 * data, the bundled catalogues and the module's resource folders (for logging configuration).
 *
 * @param program the module's classes
 * @param policy the agreement in force
 * @param classifier which declarations hold personal or sensitive data
 * @param catalogs bundled library knowledge
 * @param resourceRoots the module's resource folders, e.g. {@code src/main/resources}
 * @param diagnostics where unreadable inputs are reported
 */
public record RuleContext(ProgramModel program, Policy policy, DataClassifier classifier, Catalogs catalogs,
        List<Path> resourceRoots, Diagnostics diagnostics) {
}
