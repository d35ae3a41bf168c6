package pairs.statics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secure twin of {@link StaticBlankFinalsInsecure}: logs Lobby.GREETING, set by the same
 * initialiser from the room id.
 */
public class StaticBlankFinalsSecure {

    private static final Logger log = LoggerFactory.getLogger(StaticBlankFinalsSecure.class);

    public void logLobby() {
        log.info("lobby shows {}", Lobby.GREETING);
    }
}
