package io.github.privacyflow.flow;

import java.util.HashMap;
import java.util.Map;

/**
 * Interns labels for one analysis, so equal labels are the same object and sets compare by id.
 * Parameter labels come first, so their ids are small and stable.
 */
final class LabelTable {

    private static final int MAX_PARAMETERS = 256;

    private final Label[] parameters = new Label[MAX_PARAMETERS];
    private final Map<String, Label> data = new HashMap<>();
    private int nextId = MAX_PARAMETERS;

    LabelTable() {
        for (int i = 0; i < MAX_PARAMETERS; i++) {
            parameters[i] = new Label(i, Label.Kind.PARAMETER, null, i, null);
        }
    }

    Label parameter(int index) {
        return parameters[index];
    }

    synchronized Label data(String key, DataSource source) {
        return data.computeIfAbsent(key, k -> new Label(nextId++, Label.Kind.DATA, source, -1, source.holderType()));
    }
}
