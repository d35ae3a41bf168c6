package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled sinks, from {@code sinks.catalog}: one section per sink kind (logging, jdbc,
 * http, ...), each line a member pattern with the values it sinks and, for writers and
 * streams, the tag the receiver must carry ({@code if=file}).
 */
final class CatalogSinks implements SinkHandler {

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;

    CatalogSinks(FlowCatalogs catalogs, HandlerContext context) {
        this.catalogs = catalogs;
        this.hierarchy = context.hierarchy();
    }

    @Override
    public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
        List<SinkSpec> found = new ArrayList<>();
        for (FlowCatalogs.SinkEntry entry : catalogs.sinks) {
            if (entry.pattern().matches(hierarchy, owner, name, descriptor)) {
                found.add(entry.spec());
            }
        }
        return found;
    }
}
