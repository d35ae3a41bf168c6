package pairs.statics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.DemoClass;

/**
 * The tour's nested Banner class logs the demo student's email in its static initialiser;
 * startTour() calls Banner.show(), so the initialiser runs.
 */
public class NeverRunInitialiserInsecure {

    private static final Logger log = LoggerFactory.getLogger(NeverRunInitialiserInsecure.class);

    public void startTour() {
        Banner.show();
    }

    /** Names the demo student once, when the banner is first shown. */
    private static final class Banner {

        static {
            log.info("demo student {}", DemoClass.FIRST.getEmail()); // expect PF003
        }

        static void show() {
            log.info("tour started");
        }
    }
}
