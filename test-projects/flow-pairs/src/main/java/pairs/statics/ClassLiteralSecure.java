package pairs.statics;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.DemoClass;

/**
 * Secure twin of {@link ClassLiteralInsecure}: registers Tooltip.class.getSimpleName(): a class
 * literal does not initialise the class.
 */
public class ClassLiteralSecure {

    private static final Logger log = LoggerFactory.getLogger(ClassLiteralSecure.class);

    public void register(List<String> widgets) {
        widgets.add(Tooltip.class.getSimpleName());
    }

    /** Previews the tooltip with the demo student once, when the class is initialised. */
    private static final class Tooltip {

        static {
            log.info("tooltip preview for {}", DemoClass.SECOND.getDisplayName());
        }

        static String describe() {
            return "tooltip";
        }
    }
}
