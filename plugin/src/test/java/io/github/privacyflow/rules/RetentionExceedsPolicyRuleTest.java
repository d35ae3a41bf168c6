package io.github.privacyflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionExceedsPolicyRuleTest {

    @TempDir
    Path folder;

    @Test
    void retainLongerThanTheCategoryFires() {
        FixtureProject.in(folder).rule("PF007")
                .source("org/example/AttendanceRecord.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 365) // expect PF007",
                        "public class AttendanceRecord {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String participantId;",
                        "}")
                .source("org/example/OperationLog.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@PersonalData(category = \"user-interaction\")",
                        "@Retain(untilDeleted = true) // expect PF007",
                        "public class OperationLog {",
                        "    private String action;",
                        "}")
                .source("org/example/JoinEvent.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "public class JoinEvent {",
                        "    @Retain(days = 181) // expect PF007",
                        "    private String clientIp;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void retainWithinTheCategoryIsSilent() {
        FixtureProject.in(folder).rule("PF007")
                .source("org/example/Recording.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@PersonalData(category = \"generated-content\")",
                        "@Retain(untilDeleted = true)",
                        "public class Recording {",
                        "    private String storageKey;",
                        "}")
                .source("org/example/Attendance.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 180)",
                        "public class Attendance {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String participantId;",
                        "}")
                .source("org/example/RoomCache.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 3650)",
                        "public class RoomCache {",
                        "    private String roomName;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void logbackHistoryLongerThanLogDataFires() {
        FixtureProject.in(folder).rule("PF007")
                .source("org/example/App.java", "package org.example;", "public class App { }")
                .resource("logback.xml", String.join("\n",
                        "<configuration>",
                        "  <property name=\"KEEP\" value=\"30\"/>",
                        "  <appender name=\"AUDIT\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.TimeBasedRollingPolicy\">",
                        "      <fileNamePattern>audit.%d{yyyy-MM-dd}.log</fileNamePattern>",
                        "      <maxHistory>365</maxHistory> <!-- expect PF007 -->",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "  <appender name=\"MONTHLY\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy\">",
                        "      <fileNamePattern>app.%d{yyyy-MM}.%i.log</fileNamePattern>",
                        "      <maxFileSize>10MB</maxFileSize>",
                        "      <maxHistory>6</maxHistory> <!-- expect PF007 -->",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "  <appender name=\"FOREVER\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.TimeBasedRollingPolicy\"> <!-- expect PF007 -->",
                        "      <fileNamePattern>forever.%d.log</fileNamePattern>",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "  <appender name=\"APP\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.TimeBasedRollingPolicy\">",
                        "      <fileNamePattern>app.%d{yyyy-MM-dd}.log</fileNamePattern>",
                        "      <maxHistory>${KEEP}</maxHistory>",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "  <appender name=\"HOURLY\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.TimeBasedRollingPolicy\">",
                        "      <fileNamePattern>app.%d{yyyy-MM-dd_HH}.log</fileNamePattern>",
                        "      <maxHistory>720</maxHistory>",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "  <appender name=\"WINDOW\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.FixedWindowRollingPolicy\">",
                        "      <fileNamePattern>app.%i.log</fileNamePattern>",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "</configuration>", ""))
                .assertMatchesMarkers();
    }

    @Test
    void log4j2DeleteAgeAndDatedPatternsWithoutDelete() {
        FixtureProject.in(folder).rule("PF007")
                .source("org/example/App.java", "package org.example;", "public class App { }")
                .resource("log4j2.xml", String.join("\n",
                        "<Configuration>",
                        "  <Properties>",
                        "    <Property name=\"keep\">P30D</Property>",
                        "  </Properties>",
                        "  <Appenders>",
                        "    <RollingFile name=\"Audit\" fileName=\"audit.log\" filePattern=\"audit-%d{yyyy-MM-dd}.log.gz\">",
                        "      <DefaultRolloverStrategy>",
                        "        <Delete basePath=\"logs\">",
                        "          <IfFileName glob=\"audit-*.log.gz\"/>",
                        "          <IfLastModified age=\"365d\"/> <!-- expect PF007 -->",
                        "        </Delete>",
                        "      </DefaultRolloverStrategy>",
                        "    </RollingFile>",
                        "    <RollingFile name=\"App\" fileName=\"app.log\" filePattern=\"app-%d{yyyy-MM-dd}.log.gz\">",
                        "      <DefaultRolloverStrategy max=\"30\"/> <!-- expect PF007 -->",
                        "    </RollingFile>",
                        "    <RollingFile name=\"Short\" fileName=\"short.log\" filePattern=\"short-%d{yyyy-MM-dd}.log.gz\">",
                        "      <DefaultRolloverStrategy>",
                        "        <Delete basePath=\"logs\"><IfLastModified age=\"${keep}\"/></Delete>",
                        "      </DefaultRolloverStrategy>",
                        "    </RollingFile>",
                        "    <RollingFile name=\"Sized\" fileName=\"sized.log\" filePattern=\"sized-%i.log\">",
                        "      <DefaultRolloverStrategy max=\"10\"/>",
                        "    </RollingFile>",
                        "  </Appenders>",
                        "</Configuration>", ""))
                .assertMatchesMarkers();
    }

    @Test
    void suppressionOnTheAnnotatedType() {
        FixtureProject.in(folder).rule("PF007")
                .source("org/example/Archive.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@SuppressWarnings(\"PF007\")",
                        "@Retain(days = 400) // expect suppressed PF007",
                        "public class Archive {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String participantId;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aConfigurationListedTwiceIsReadAndWarnedAboutOnce() throws Exception {
        // Maven lists src/main/resources twice when a pom filters part of it; the log4j2 "forever"
        // finding and the configuration's warnings must still come once per module.
        FixtureProject project = FixtureProject.in(folder).rule("PF007")
                .source("org/example/App.java", "package org.example;", "public class App { }")
                .resource("log4j2.xml", String.join("\n",
                        "<Configuration>",
                        "  <Appenders>",
                        "    <RollingFile name=\"App\" fileName=\"app.log\" filePattern=\"app-%d{yyyy-MM-dd}.log.gz\">",
                        "      <DefaultRolloverStrategy max=\"30\"/>",
                        "    </RollingFile>",
                        "    <RollingFile name=\"Odd\" fileName=\"odd.log\" filePattern=\"odd-%d{yyyy-MM-dd}.log.gz\">",
                        "      <DefaultRolloverStrategy><Delete basePath=\"logs\"><IfLastModified age=\"a while\"/></Delete></DefaultRolloverStrategy>",
                        "    </RollingFile>",
                        "  </Appenders>",
                        "</Configuration>", ""))
                .configure(builder -> builder.resourceRoot(java.nio.file.Path.of("src/main/resources"))
                        .resourceRoot(java.nio.file.Path.of("src/main/../main/resources")));
        project.compile();
        io.github.privacyflow.engine.AnalysisResult result = project.analyze();
        assertEquals(2, result.findings().size(), () -> result.findings().toString());
        assertEquals(1, result.findings().stream().filter(f -> f.message().contains("appender 'App' keeps log files forever")).count());
        assertEquals(java.util.List.of("src/main/resources/log4j2.xml:7: IfLastModified age is not a log4j2 duration; not checked"),
                project.diagnostics());
    }
}
