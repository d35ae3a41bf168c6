package pairs.statics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.DemoClass;

/**
 * Secure twin of {@link NeverRunInitialiserInsecure}: startTour() no longer uses Banner: the
 * private class is never initialised, so its initialiser never runs.
 */
public class NeverRunInitialiserSecure {

    private static final Logger log = LoggerFactory.getLogger(NeverRunInitialiserSecure.class);

    public void startTour() {
        log.info("tour started");
    }

    /** Names the demo student once, when the banner is first shown. */
    private static final class Banner {

        static {
            log.info("demo student {}", DemoClass.FIRST.getEmail());
        }

        static void show() {
            log.info("tour started");
        }
    }
}
