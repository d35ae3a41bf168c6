package io.github.privacyflow.flow.handlers;

import java.util.Optional;

/**
 * What a library call does to a container's contents, as a library model says. A container
 * (a collection, map, array, optional, iterator or stream) is an object whose contents the
 * flow engine keeps in slots: its elements, or a map's keys and values, and for constant keys
 * and indexes each entry apart. A get then returns the contained object itself, with its own
 * fields, not everything the container ever held. Catalogue names are these constants' names in
 * lower case with dashes ({@code add-element}).
 */
public enum ContainerOp {
    /** The last argument becomes an element of the receiver: {@code Collection.add}, {@code Queue.offer}. */
    ADD_ELEMENT,
    /** The result is an element of the receiver: {@code List.get}, {@code Iterator.next}, {@code Optional.get}. */
    GET_ELEMENT,
    /** The result is a new container of the receiver's elements: {@code iterator()}, {@code stream()}. */
    ELEMENTS_VIEW,
    /** Argument 0 becomes a key of the receiver and argument 1 its value: {@code Map.put}. */
    PUT_ENTRY,
    /** The result is the receiver's value under the key in argument 0: {@code Map.get}. */
    GET_VALUE,
    /** The result is a container of the receiver's keys: {@code Map.keySet()}. */
    KEYS_VIEW,
    /** The result is a container of the receiver's values: {@code Map.values()}. */
    VALUES_VIEW,
    /** The result is a container of entries, each with a key and a value: {@code Map.entrySet()}. */
    ENTRIES_VIEW,
    /** The result is the key of an entry: {@code Map.Entry.getKey()}. */
    ENTRY_KEY,
    /** The result is the value of an entry: {@code Map.Entry.getValue()}. */
    ENTRY_VALUE,
    /** The result is a new container whose elements are the arguments: {@code List.of}, {@code Optional.of}. */
    OF_ELEMENTS,
    /**
     * The result is what the receiver was built with, not what was put into it under a key: a
     * request's URI, not the headers set on it ({@code HttpUriRequest.getURI()} after
     * {@code setHeader}, modelled as a {@link #PUT_ENTRY} under the header's name).
     */
    OWN_PART,
    /**
     * The result is a collector that builds a map: argument 0 makes each element's key and
     * argument 1 its value ({@code Collectors.toMap(User::getId, Function.identity())}).
     */
    MAP_COLLECTOR,
    /**
     * The result is what the collector in argument 0 builds of the receiver's elements: with a
     * {@link #MAP_COLLECTOR} the method knows, a map whose keys and values are what its two
     * functions make of them; otherwise a new container of the elements, as {@link #ELEMENTS_VIEW}.
     */
    COLLECT,
    /**
     * The receiver holds nothing any more: {@code Collection.clear()}, and
     * {@code StringBuilder.setLength(n)} when {@code n} is the constant 0.
     */
    CLEAR,
    /**
     * The function in argument 0 runs on each entry of the receiver, its key first and its value
     * second: {@code Map.forEach((key, value) -> ...)}.
     */
    EACH_ENTRY;

    /**
     * The operation a catalogue names.
     *
     * @param name the name, e.g. {@code add-element}
     * @return the operation, or empty for an unknown name
     */
    public static Optional<ContainerOp> named(String name) {
        return CatalogNames.named(values(), name);
    }

    /** @return the name a catalogue uses */
    public String catalogName() {
        return CatalogNames.of(this);
    }
}
