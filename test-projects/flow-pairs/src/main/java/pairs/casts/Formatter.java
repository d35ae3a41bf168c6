package pairs.casts;

/**
 * Formats one kind of value for the room's activity line. Generic, so each implementation gets a
 * bridge method {@code format(Object)} that casts and calls its own {@code format}.
 *
 * @param <T> what is formatted
 */
public interface Formatter<T> {

    String format(T value);
}
