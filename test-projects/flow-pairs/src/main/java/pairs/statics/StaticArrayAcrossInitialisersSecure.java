package pairs.statics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secure twin of {@link StaticArrayAcrossInitialisersInsecure}: logs Signage.DOOR_SIGNS[0],
 * another static array written with constants by another initialiser.
 */
public class StaticArrayAcrossInitialisersSecure {

    private static final Logger log = LoggerFactory.getLogger(StaticArrayAcrossInitialisersSecure.class);

    public void logFirstSeat() {
        log.info("first seat {}", Signage.DOOR_SIGNS[0]);
    }
}
