package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;
import java.util.Optional;

/**
 * Library methods whose result is personal data, from the bundled {@code sources.catalog}
 * ({@code [methods]}): a request's remote address, say, which no annotation in the program marks.
 */
final class CatalogSources implements SourceHandler {

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;
    private final LabelTable labels;

    CatalogSources(FlowCatalogs catalogs, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
        this.labels = context.labels();
    }

    @Override
    public Optional<Label> result(ResolvedCall call) {
        for (FlowCatalogs.SourceEntry source : catalogs.sources) {
            if (source.pattern().matches(hierarchy, call.owner(), call.name(), call.descriptor())) {
                return Optional.of(labels.data("library " + source.pattern(), new DataSource(
                        source.description(), source.category(), false, null, null)));
            }
        }
        return Optional.empty();
    }
}
