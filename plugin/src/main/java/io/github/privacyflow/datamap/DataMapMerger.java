package io.github.privacyflow.datamap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the data maps of several modules into one, for reactor-wide reports. */
public final class DataMapMerger {

    private DataMapMerger() {
    }

    /**
     * Merges data maps: holders and retentions are united, uses and flows added up.
     *
     * @param dataMaps one per module, at least one
     * @return the merged data map
     */
    public static DataMap merge(List<DataMap> dataMaps) {
        Map<String, List<DataMap.Category>> byName = new LinkedHashMap<>();
        Map<List<String>, DataMap.Edge> edges = new LinkedHashMap<>();
        for (DataMap dataMap : dataMaps) {
            for (DataMap.Category category : dataMap.categories()) {
                byName.computeIfAbsent(category.name(), key -> new ArrayList<>()).add(category);
            }
            for (DataMap.Edge edge : dataMap.edges()) {
                edges.merge(List.of(edge.category(), edge.purpose(), edge.processor()), edge, (a, b) ->
                        new DataMap.Edge(a.category(), a.purpose(), a.processor(), a.flows() + b.flows(), a.violation() || b.violation()));
            }
        }
        List<DataMap.Category> categories = new ArrayList<>();
        for (List<DataMap.Category> parts : byName.values()) {
            DataMap.Category first = parts.get(0);
            Map<String, DataMap.Holder> holders = new LinkedHashMap<>();
            List<DataMap.Retention> retentions = new ArrayList<>();
            Map<String, DataMap.Use> purposes = new LinkedHashMap<>();
            Map<String, DataMap.Use> processors = new LinkedHashMap<>();
            for (DataMap.Category part : parts) {
                part.holders().forEach(holder -> holders.putIfAbsent(holder.signature(), holder));
                retentions.addAll(part.retentions());
                add(purposes, part.purposes());
                add(processors, part.processors());
            }
            List<DataMap.Holder> holderList = new ArrayList<>(holders.values());
            holderList.sort(Comparator.comparing(DataMap.Holder::signature));
            categories.add(new DataMap.Category(first.name(), first.title(), first.defined(), first.policyRetention(),
                    List.copyOf(holderList), sorted(purposes), sorted(processors), List.copyOf(retentions), first.clauses()));
        }
        List<DataMap.Edge> edgeList = new ArrayList<>(edges.values());
        edgeList.sort(Comparator.comparing(DataMap.Edge::category).thenComparing(DataMap.Edge::purpose)
                .thenComparing(DataMap.Edge::processor));
        return new DataMap(dataMaps.get(0).policyName(), List.copyOf(categories), List.copyOf(edgeList));
    }

    private static void add(Map<String, DataMap.Use> into, List<DataMap.Use> uses) {
        for (DataMap.Use use : uses) {
            into.merge(use.name(), use, (a, b) -> new DataMap.Use(a.name(), a.title(), a.permitted(), a.flows() + b.flows()));
        }
    }

    private static List<DataMap.Use> sorted(Map<String, DataMap.Use> uses) {
        List<DataMap.Use> list = new ArrayList<>(uses.values());
        list.sort(Comparator.comparing(DataMap.Use::name));
        return List.copyOf(list);
    }
}
