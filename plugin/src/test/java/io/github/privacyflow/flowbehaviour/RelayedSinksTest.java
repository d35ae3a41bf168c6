package io.github.privacyflow.flowbehaviour;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dependency's method that sends what it is given, found by reading the dependency: through its
 * shipped implementation of the interface the program calls, and through the library's own helper
 * classes, but not into another library, and not where the program implements the interface.
 */
class RelayedSinksTest {

    @TempDir
    Path folder;

    @Test
    void aLibrarysServiceSendsThroughItsOwnHelpersOnly() {
        FixtureProject library = FixtureProject.in(folder.resolve("lib"))
                .source("org/shop/common/http/Poster.java",
                        "package org.shop.common.http;",
                        "public class Poster {",
                        "    public void post(String body) throws Exception {",
                        "        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(\"https://x\"))",
                        "                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),",
                        "                java.net.http.HttpResponse.BodyHandlers.discarding());",
                        "    }",
                        "}")
                .source("org/other/Sender.java",
                        "package org.other;",
                        "public class Sender {",
                        "    public static void send(String body) throws Exception { new org.shop.common.http.Poster().post(body); }",
                        "}")
                .source("org/shop/common/mail/Notifier.java",
                        "package org.shop.common.mail;",
                        "public interface Notifier { void notify(String to, String text) throws Exception; }")
                .source("org/shop/common/mail/NotifierImpl.java",
                        "package org.shop.common.mail;",
                        "public class NotifierImpl implements Notifier {",
                        "    public void notify(String to, String text) throws Exception { render(to + text); }",
                        "    private void render(String mail) throws Exception { new org.shop.common.http.Poster().post(mail); }",
                        "}")
                .source("org/shop/common/mail/Auditor.java",
                        "package org.shop.common.mail;",
                        "public interface Auditor { void record(String who); }")
                .source("org/shop/common/mail/AuditorImpl.java",
                        "package org.shop.common.mail;",
                        "public class AuditorImpl implements Auditor {",
                        "    private final java.util.List<String> seen = new java.util.ArrayList<>();",
                        "    public void record(String who) { seen.add(who); }",
                        "}")
                .source("org/shop/common/mail/Ledger.java",
                        "package org.shop.common.mail;",
                        "public interface Ledger { void enter(String who) throws Exception; }")
                .source("org/shop/common/mail/LedgerImpl.java",
                        "package org.shop.common.mail;",
                        "public class LedgerImpl implements Ledger {",
                        "    public void enter(String who) throws Exception { new org.shop.common.http.Poster().post(who); }",
                        "}")
                .source("org/shop/common/mail/Relay.java",
                        "package org.shop.common.mail;",
                        "public class Relay {",
                        "    public void forward(String who) throws Exception { org.other.Sender.send(who); }",
                        "}")
                .compile();
        Path libraryClasses = library.root().resolve("target/classes");
        FixtureProject.in(folder.resolve("app")).rule("PF005")
                .compileAgainst(libraryClasses)
                .configure(request -> request.classpathEntry(libraryClasses))
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        "    public String email;",
                        "}")
                .source("org/example/OwnLedger.java",
                        "package org.example;",
                        "public class OwnLedger implements org.shop.common.mail.Ledger {",
                        "    public void enter(String who) { }",
                        "}")
                .source("org/example/Alerts.java",
                        "package org.example;",
                        "import org.shop.common.mail.*;",
                        "public class Alerts {",
                        // The shipped NotifierImpl hands the mail to the library's own HTTP helper.
                        "    void welcome(Notifier notifier, Member member) throws Exception {",
                        "        notifier.notify(member.email, \"welcome\"); // expect PF005",
                        "    }",
                        // Kept in the library's memory: nothing is sent.
                        "    void audit(Auditor auditor, Member member) {",
                        "        auditor.record(member.email);",
                        "    }",
                        // The program implements Ledger itself: its own code runs, not LedgerImpl.
                        "    void enter(Ledger ledger, Member member) throws Exception {",
                        "        ledger.enter(member.email);",
                        "    }",
                        // Relay hands the value to another library, whose doings are not read.
                        "    void forward(Relay relay, Member member) throws Exception {",
                        "        relay.forward(member.email);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
