package pairs.statics;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.DemoClass;

/**
 * Registering the tooltip calls Tooltip.describe(), which initialises the nested class, whose
 * initialiser logs the demo student's name.
 */
public class ClassLiteralInsecure {

    private static final Logger log = LoggerFactory.getLogger(ClassLiteralInsecure.class);

    public void register(List<String> widgets) {
        widgets.add(Tooltip.describe());
    }

    /** Previews the tooltip with the demo student once, when the class is initialised. */
    private static final class Tooltip {

        static {
            log.info("tooltip preview for {}", DemoClass.SECOND.getDisplayName()); // expect PF003
        }

        static String describe() {
            return "tooltip";
        }
    }
}
