package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Map entries that stay apart after the map's identity is lost. A value put into a map under a
 * constant key keeps that key on its data labels, wherever the map goes (a field, a parameter,
 * a return value, a copy), so {@code get(key)} on any map answers with what was put under that
 * key and what was put under keys that are not constants, not with everything any such map
 * held. A shared property map would otherwise name every value put into it at every read.
 *
 * <p>Symbolic labels carry the same in two parts, applied when a caller binds them: the key a
 * {@code get} read from under (the caller's labels are filtered by it), and whether a put took
 * them (the caller's labels are then taken out of their own maps, under no key: what a callee
 * puts into a map answers every {@code get} of it). Keys are dropped where data leaves maps
 * other than by {@code get} (library calls that may rebuild a map, sinks): a dropped key makes a
 * label answer every {@code get}, never fewer.
 */
final class MapKeys {

    /** The put key of a label that a put under a key that is not a constant placed. */
    static final String ANY = "*";

    /**
     * The key an object's own part is read under ({@code ContainerOp.OWN_PART}): no constant is
     * written so (see {@link #key}), so it takes only what was put under no key.
     */
    static final String OWN_PART = "(own)";

    private MapKeys() {
    }

    /**
     * How a constant map key is written in labels.
     *
     * @param constant the key's constant value, or {@code null} when it is not a constant
     * @return the key, or {@code null}
     */
    static String key(Object constant) {
        if (constant == null) {
            return null;
        }
        return (constant instanceof String ? "\"" : constant.getClass().getSimpleName() + ":") + constant;
    }

    /**
     * The labels of a value put into a map under a key.
     *
     * @param table the label table
     * @param value the value's labels
     * @param key the key as {@link #key(Object)} writes it, {@code null} when it is not a constant
     * @return the labels as the map holds them
     */
    static LabelSet putUnder(LabelTable table, LabelSet value, String key) {
        if (value.isEmpty()) {
            return value;
        }
        LabelSet.Builder placed = new LabelSet.Builder();
        for (int i = 0; i < value.size(); i++) {
            Label label = value.label(i);
            Label put;
            if (label.isData()) {
                put = table.keyed(label, null, key);
            } else {
                // What a caller passes is taken out of its own maps, not placed under this key:
                // one variant per parameter instead of one per key it is put under, which on
                // map-heavy code cost half the analysis time.
                put = table.keyed(label, label.mapGetKey(), ANY);
            }
            placed.add(put, value.witness(i));
        }
        return placed.build();
    }

    /**
     * What {@code get(key)} returns from a map whose labels are given: data held under that key
     * or under none, and symbolic labels that read from under it when bound.
     *
     * @param table the label table
     * @param map the map's labels
     * @param key the key as {@link #key(Object)} writes it, {@code null} when it is not a constant
     * @return the value's labels, no longer placed in the map
     */
    static LabelSet getWith(LabelTable table, LabelSet map, String key) {
        if (map.isEmpty() || key == null && !hasKeyedData(map)) {
            // A get by a key that is not a constant takes everything; what callers pass keeps
            // its keys (a variant per parameter here cost more than all map keys together).
            return map;
        }
        LabelSet.Builder got = new LabelSet.Builder();
        for (int i = 0; i < map.size(); i++) {
            Label label = map.label(i);
            String put = label.mapPutKey();
            Label taken;
            if (label.isData()) {
                if (put != null && key != null && !put.equals(key)) {
                    continue;
                }
                taken = label.base();
            } else if (put == null) {
                // Not placed yet: what the caller binds is read from under the key.
                String get = label.mapGetKey() != null ? label.mapGetKey() : key;
                taken = get == null ? label : table.keyed(label, get, null);
            } else if (put.equals(ANY) || key == null || put.equals(key)) {
                taken = table.keyed(label, label.mapGetKey(), ANY);
            } else {
                continue;
            }
            got.add(taken, map.witness(i));
        }
        return got.build();
    }

    private static boolean hasKeyedData(LabelSet labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.label(i).isData() && labels.label(i).isKeyed()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Labels taken out of any map they were placed in: for code that may rebuild a map from
     * them under other keys.
     *
     * @param table the label table
     * @param labels the labels
     * @return the labels, {@code labels} itself when none was placed
     */
    static LabelSet strip(LabelTable table, LabelSet labels) {
        return strip(table, labels, true);
    }

    /**
     * Like {@link #strip(LabelTable, LabelSet)}, optionally leaving symbolic labels as they are:
     * for a call that cannot hand back a map built anew from its arguments, only data already
     * placed in a map here needs its key dropped; so does what a sink receives, the data as it
     * is, whichever map entry held it (the symbolic labels there are bound by callers).
     *
     * @param table the label table
     * @param labels the labels
     * @param symbolicToo whether what callers bind for symbolic labels is taken out of its maps too
     * @return the labels, {@code labels} itself when nothing changes
     */
    static LabelSet strip(LabelTable table, LabelSet labels, boolean symbolicToo) {
        boolean placed = hasKeyedData(labels);
        for (int i = 0; i < labels.size() && symbolicToo && !placed; i++) {
            placed = labels.label(i).isSymbolic() && !ANY.equals(labels.label(i).mapPutKey());
        }
        if (!placed) {
            return labels;
        }
        LabelSet.Builder stripped = new LabelSet.Builder();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            Label taken = label.isData() ? label.base() : symbolicToo ? table.keyed(label, label.mapGetKey(), ANY) : label;
            stripped.add(taken, labels.witness(i));
        }
        return stripped.build();
    }

    /**
     * What a symbolic label stands for once a caller binds it to labels of its own: read from
     * under its get key, kept to what the scalar it was seen through can be, then placed under
     * its put key.
     *
     * @param table the label table
     * @param symbolic the callee's label
     * @param bound what the caller passes for it
     * @return the caller's labels, placed as the label says
     */
    static LabelSet bind(LabelTable table, Label symbolic, LabelSet bound) {
        if (symbolic.base() == symbolic || bound.isEmpty()) {
            return bound;
        }
        LabelSet result = symbolic.mapGetKey() == null ? bound : getWith(table, bound, symbolic.mapGetKey());
        if (symbolic.scalar() != null) {
            result = FieldTransfer.boundThrough(table, symbolic.scalar(), result);
        }
        String put = symbolic.mapPutKey();
        if (put == null) {
            return result;
        }
        return put.equals(ANY) ? strip(table, result) : putUnder(table, result, put);
    }

    /**
     * Whether a library call's result may be a map, whose entries a later {@code get} would pick
     * by key: any object but the {@code java.lang} types that are no map (strings, numbers,
     * builders). An array or a primitive is no map.
     */
    static boolean mayHoldMap(Type type) {
        if (type.getSort() != Type.OBJECT) {
            return false;
        }
        String name = type.getInternalName();
        return !name.startsWith("java/lang/") || name.equals("java/lang/Object");
    }

    /**
     * Whether a library call may hand back a map built anew from its arguments, under keys of
     * its own: one that returns a map type, or a stream's collect. Only then must what callers
     * pass in be taken out of its maps; elsewhere a value that is no map is only placed in one
     * again by a put, which places it anew.
     */
    static boolean buildsMap(MethodInsnNode call, Type returnType) {
        return call.name.equals("collect") || returnType.getInternalName().endsWith("Map");
    }

    /** Whether a call is on a map: its class is named as maps are, or is one of the JDK's older ones. */
    static boolean isMapApi(String owner) {
        return owner.endsWith("Map") || owner.equals("java/util/Properties") || owner.equals("java/util/Dictionary")
                || owner.equals("java/util/Hashtable");
    }

    /** A copy of a map keeps its entries under their keys: a map's constructor, putAll, the unmodifiable and synchronized views. */
    static boolean keepsMapKeys(MethodInsnNode call) {
        return (call.name.equals("<init>") && call.owner.endsWith("Map")) || call.name.equals("putAll")
                || (call.owner.equals("java/util/Collections") && call.name.endsWith("Map")) || (call.owner.equals("java/util/Map")
                && call.name.equals("copyOf"));
    }
}
