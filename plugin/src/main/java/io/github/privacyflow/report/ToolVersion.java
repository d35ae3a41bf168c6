package io.github.privacyflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, from the Maven metadata in its jar. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    /**
     * Returns the version.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code dev} when run from classes
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(
                "/META-INF/maven/io.github.privacyflow/privacyflow-maven-plugin/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
