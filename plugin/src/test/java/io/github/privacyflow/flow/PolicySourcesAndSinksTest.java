package io.github.privacyflow.flow;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy's sources: and sinks: extend what the flow engine knows, for code a project cannot annotate. */
class PolicySourcesAndSinksTest {

    @TempDir
    Path folder;

    private static final String POLICY = String.join("\n",
            "sources:",
            "  - { field: \"com.vendor.crm.Contact#email\", category: user-interaction }",
            "  - { method: \"com.vendor.sso.Session#getUserName()\", category: user-interaction }",
            "  - { parameter: \"org.example.Api#login(java.lang.String,java.lang.String)\", index: 0, category: user-interaction }",
            "sinks:",
            "  - { kind: http, method: \"com.vendor.crm.Crm#push(*)\" }",
            "  - { kind: analytics, parameter: \"com.vendor.stats.Stats#track(java.lang.String,long)\", index: 0 }",
            "  - { kind: http, returns: \"org.example.PublicFeed#latest()\" }",
            "");

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF005")
                .file("privacyflow-policy.yaml", POLICY)
                .source("com/vendor/crm/Contact.java",
                        "package com.vendor.crm;",
                        "public class Contact { public String email; public String company; }")
                .source("com/vendor/crm/Crm.java",
                        "package com.vendor.crm;",
                        "public class Crm { public void push(Object record) { } }")
                .source("com/vendor/sso/Session.java",
                        "package com.vendor.sso;",
                        "public class Session { public String getUserName() { return \"\"; } public String getTenant() { return \"\"; } }")
                .source("com/vendor/stats/Stats.java",
                        "package com.vendor.stats;",
                        "public class Stats { public void track(String event, long value) { } }");
    }

    @Test
    void policySourcesReachPolicySinks() {
        project()
                .source("org/example/Sync.java",
                        "package org.example;",
                        "import com.vendor.crm.Contact;",
                        "import com.vendor.crm.Crm;",
                        "import com.vendor.sso.Session;",
                        "import com.vendor.stats.Stats;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"provide-feature\")",
                        "public class Sync {",
                        "    void sync(Crm crm, Contact contact, Session session, Stats stats) {",
                        "        crm.push(contact.email); // expect PF005",
                        "        crm.push(contact.company);",
                        "        stats.track(session.getUserName(), 1L); // expect PF005",
                        "        stats.track(\"sync\", contact.email.length());",
                        "        stats.track(session.getTenant(), 2L);",
                        "    }",
                        "}")
                .source("org/example/Api.java",
                        "package org.example;",
                        "import com.vendor.crm.Crm;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"provide-feature\")",
                        "public class Api {",
                        "    private final Crm crm = new Crm();",
                        "    void login(String user, String password) {",
                        "        crm.push(user); // expect PF005",
                        "    }",
                        "    void other(String label, String password) {",
                        "        crm.push(label);",
                        "    }",
                        "}")
                .source("org/example/PublicFeed.java",
                        "package org.example;",
                        "import com.vendor.sso.Session;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"provide-feature\")",
                        "public class PublicFeed {",
                        "    private Session session;",
                        "    String latest() {",
                        "        return \"posted by \" + session.getUserName(); // expect PF005",
                        "    }",
                        "    String oldest() {",
                        "        return \"posted by \" + session.getUserName();",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
