package pairs.statics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lobby's initialiser sets LAST_VISITOR to a demo student's name; this class logs it. */
public class StaticBlankFinalsInsecure {

    private static final Logger log = LoggerFactory.getLogger(StaticBlankFinalsInsecure.class);

    public void logLobby() {
        log.info("lobby shows {}", Lobby.LAST_VISITOR); // expect PF003
    }
}
