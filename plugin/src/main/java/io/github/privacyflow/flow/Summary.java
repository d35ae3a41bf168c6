package io.github.privacyflow.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a method does with data, seen from its callers: what it returns, what flows into its
 * argument objects and into fields, which sinks its arguments reach, which stores it reaches
 * before any consent gate, and whether it always establishes consent. Parameter labels stand
 * for the caller's arguments; data labels are sources inside the method.
 */
final class Summary {

    /** Above this many sink hits a summary keeps the first ones; more add nothing to a finding. */
    private static final int MAX_HITS = 256;

    static final Summary EMPTY = new Summary();

    LabelSet returned = LabelSet.EMPTY;
    int returnedTags;
    final Map<Integer, LabelSet> argumentMutations = new LinkedHashMap<>();
    final Map<String, LabelSet> fieldWrites = new LinkedHashMap<>();
    final Map<String, SinkHit> parameterHits = new LinkedHashMap<>();
    final Map<String, SinkHit> unconsentedStores = new LinkedHashMap<>();
    boolean establishesConsent;

    void addArgumentMutation(int argument, LabelSet labels) {
        argumentMutations.merge(argument, labels, LabelSet::union);
    }

    void addFieldWrite(String field, LabelSet labels) {
        fieldWrites.merge(field, labels, LabelSet::union);
    }

    void addParameterHit(SinkHit hit) {
        merge(parameterHits, hit);
    }

    void addUnconsentedStore(SinkHit hit) {
        merge(unconsentedStores, hit);
    }

    private static void merge(Map<String, SinkHit> hits, SinkHit hit) {
        String key = hit.siteKey();
        SinkHit known = hits.get(key);
        if (known == null) {
            if (hits.size() < MAX_HITS) {
                hits.put(key, hit);
            }
        } else {
            hits.put(key, known.withLabels(known.labels().union(hit.labels())));
        }
    }

    List<SinkHit> parameterHitList() {
        return Collections.unmodifiableList(new ArrayList<>(parameterHits.values()));
    }

    /** Compares what callers can observe, ignoring witnesses, so the fixed point is on labels. */
    boolean sameAs(Summary other) {
        if (other == null) {
            return false;
        }
        return returned.equals(other.returned) && returnedTags == other.returnedTags
                && establishesConsent == other.establishesConsent
                && argumentMutations.equals(other.argumentMutations)
                && fieldWrites.equals(other.fieldWrites)
                && sameHits(parameterHits, other.parameterHits)
                && sameHits(unconsentedStores, other.unconsentedStores);
    }

    private static boolean sameHits(Map<String, SinkHit> mine, Map<String, SinkHit> theirs) {
        if (!mine.keySet().equals(theirs.keySet())) {
            return false;
        }
        for (Map.Entry<String, SinkHit> entry : mine.entrySet()) {
            SinkHit other = theirs.get(entry.getKey());
            if (!entry.getValue().labels().equals(other.labels()) || entry.getValue().unconsented() != other.unconsented()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Summary summary && sameAs(summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(returned, returnedTags, establishesConsent);
    }
}
