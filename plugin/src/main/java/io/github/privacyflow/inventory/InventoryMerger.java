package io.github.privacyflow.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the data maps of several modules into one, for reactor-wide reports. */
public final class InventoryMerger {

    private InventoryMerger() {
    }

    /**
     * Merges inventories: holders and retentions are united, uses and flows added up.
     *
     * @param inventories one per module, at least one
     * @return the merged inventory
     */
    public static DataInventory merge(List<DataInventory> inventories) {
        Map<String, List<DataInventory.Category>> byName = new LinkedHashMap<>();
        Map<List<String>, DataInventory.Edge> edges = new LinkedHashMap<>();
        for (DataInventory inventory : inventories) {
            for (DataInventory.Category category : inventory.categories()) {
                byName.computeIfAbsent(category.name(), key -> new ArrayList<>()).add(category);
            }
            for (DataInventory.Edge edge : inventory.edges()) {
                edges.merge(List.of(edge.category(), edge.purpose(), edge.processor()), edge, (a, b) ->
                        new DataInventory.Edge(a.category(), a.purpose(), a.processor(), a.flows() + b.flows(), a.violation() || b.violation()));
            }
        }
        List<DataInventory.Category> categories = new ArrayList<>();
        for (List<DataInventory.Category> parts : byName.values()) {
            DataInventory.Category first = parts.get(0);
            Map<String, DataInventory.Holder> holders = new LinkedHashMap<>();
            List<DataInventory.Retention> retentions = new ArrayList<>();
            Map<String, DataInventory.Use> purposes = new LinkedHashMap<>();
            Map<String, DataInventory.Use> processors = new LinkedHashMap<>();
            for (DataInventory.Category part : parts) {
                part.holders().forEach(holder -> holders.putIfAbsent(holder.signature(), holder));
                retentions.addAll(part.retentions());
                add(purposes, part.purposes());
                add(processors, part.processors());
            }
            List<DataInventory.Holder> holderList = new ArrayList<>(holders.values());
            holderList.sort(Comparator.comparing(DataInventory.Holder::signature));
            categories.add(new DataInventory.Category(first.name(), first.title(), first.defined(), first.policyRetention(),
                    List.copyOf(holderList), sorted(purposes), sorted(processors), List.copyOf(retentions), first.clauses()));
        }
        List<DataInventory.Edge> edgeList = new ArrayList<>(edges.values());
        edgeList.sort(Comparator.comparing(DataInventory.Edge::category).thenComparing(DataInventory.Edge::purpose)
                .thenComparing(DataInventory.Edge::processor));
        return new DataInventory(inventories.get(0).policyName(), List.copyOf(categories), List.copyOf(edgeList));
    }

    private static void add(Map<String, DataInventory.Use> into, List<DataInventory.Use> uses) {
        for (DataInventory.Use use : uses) {
            into.merge(use.name(), use, (a, b) -> new DataInventory.Use(a.name(), a.title(), a.permitted(), a.flows() + b.flows()));
        }
    }

    private static List<DataInventory.Use> sorted(Map<String, DataInventory.Use> uses) {
        List<DataInventory.Use> list = new ArrayList<>(uses.values());
        list.sort(Comparator.comparing(DataInventory.Use::name));
        return List.copyOf(list);
    }
}
