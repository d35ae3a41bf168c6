package pairs.statics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seating's static initialiser writes the demo students' emails into Seating.FRONT_ROW; this class
 * logs FRONT_ROW[0].
 */
public class StaticArrayAcrossInitialisersInsecure {

    private static final Logger log = LoggerFactory.getLogger(StaticArrayAcrossInitialisersInsecure.class);

    public void logFirstSeat() {
        log.info("first seat {}", Seating.FRONT_ROW[0]); // expect PF003
    }
}
