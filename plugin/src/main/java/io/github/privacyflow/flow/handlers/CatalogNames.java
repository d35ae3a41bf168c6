package io.github.privacyflow.flow.handlers;

import java.util.Locale;
import java.util.Optional;

/** How the catalogues name an enum's constants: {@code ADD_ELEMENT} is {@code add-element}. */
final class CatalogNames {

    private CatalogNames() {
    }

    /** The name a catalogue uses for a constant. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a catalogue names, empty for a name no constant has. */
    static <E extends Enum<E>> Optional<E> named(E[] constants, String name) {
        for (E constant : constants) {
            if (of(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
