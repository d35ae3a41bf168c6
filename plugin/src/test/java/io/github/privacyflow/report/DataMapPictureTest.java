package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.PolicyLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data map picture for other pages (the Maven site page) is the HTML report's, styled on its own. */
class DataMapPictureTest {

    private final Policy policy = PolicyLoader.loadDefault();
    private final DataMap dataMap = new DataMap(policy.name(),
            List.of(new DataMap.Category("user-interaction", "User Interaction and Application Data", true,
                    "at most 180 days",
                    List.of(new DataMap.Holder("field", "Student.email", "org.example.Student#email",
                            new SourceLocation(Path.of("/ws/src/main/java/org/example/Student.java"), 7, 20), "annotation")),
                    List.of(new DataMap.Use("analytics", false, 2)), List.of(new DataMap.Use("cloud-log-service", true, 2)),
                    List.of(), List.of())),
            List.of(new DataMap.Edge("user-interaction", "analytics", "cloud-log-service", 2, true)));

    @Test
    void theSamePictureWithItsOwnStyleSheet() {
        String report = HtmlDataMap.svg(dataMap, policy);
        String picture = HtmlReport.dataMapPicture(dataMap, policy);
        assertTrue(picture.startsWith("<svg class=\"datamap\""), picture);
        assertEquals(1, picture.split("<style>", -1).length - 1, "one style sheet, inside the svg element");
        assertTrue(picture.indexOf("<style>") < picture.indexOf("<g class=\"dm-bands\">"));
        assertFalse(picture.contains("var(--"), "a site skin has none of the report's CSS variables");
        assertEquals(report, picture.replaceFirst("(?s)<style>.*?</style>\n", ""), "the picture itself is the report's");
        assertTrue(picture.contains("stroke=\"" + HtmlDataMap.VIOLATION + "\""), "the violating band is drawn");
    }
}
