package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects the program makes and follows through its own code: what one object is given must not
 * become what every object of its class holds. These are the merges that named a wiki's page
 * names after its authors (issue 12): a dependency's interface the program implements, a lookup
 * that answers null when nothing is found, and a factory that may hand back a cached object.
 */
class ProgramObjectsTest {

    @TempDir
    Path folder;

    private static final String[] MEMBER = {
        "package org.example;",
        "public class Member {",
        PERSONAL,
        "    public String email;",
        "}"};

    @Test
    void aDependencysInterfaceThatTheProgramImplementsRunsTheProgramsCodeOnly() throws Exception {
        FixtureProject library = FixtureProject.in(folder.resolve("lib"))
                .source("org/lib/Page.java",
                        "package org.lib;",
                        "public interface Page {",
                        "    void setAttribute(String key, Object value);",
                        "    Object getAttribute(String key);",
                        "    String getName();",
                        "}")
                .compile();
        Path libraryClasses = library.root().resolve("target/classes");
        FixtureProject.in(folder.resolve("app")).rule("PF003")
                .compileAgainst(libraryClasses)
                .configure(request -> request.classpathEntry(libraryClasses))
                .source("org/example/Member.java", MEMBER)
                .source("org/example/WikiPage.java",
                        "package org.example;",
                        "public class WikiPage implements org.lib.Page {",
                        "    private final String name;",
                        "    private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();",
                        "    public WikiPage(String name) { this.name = name; }",
                        "    public void setAttribute(String key, Object value) { attributes.put(key, value); }",
                        "    public Object getAttribute(String key) { return attributes.get(key); }",
                        "    public String getName() { return name; }",
                        "}")
                .source("org/example/Pages.java",
                        "package org.example;",
                        "public class Pages {",
                        "    void tag(org.lib.Page page, Member member) {",
                        "        page.setAttribute(\"author\", member.email);",
                        "        System.out.println(page.getName());",
                        "        System.out.println(page.getAttribute(\"author\")); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aLookupThatAnswersNullKeepsWhatItWasGivenInTheObjectItMakes() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java", MEMBER)
                .source("org/example/Attachment.java",
                        "package org.example;",
                        "public class Attachment {",
                        "    private final String name;",
                        "    public Attachment(String name) { this.name = name; }",
                        "    public String getName() { return name; }",
                        "}")
                .source("org/example/Attachments.java",
                        "package org.example;",
                        "public class Attachments {",
                        "    Attachment find(String name, boolean stored) {",
                        "        if (!stored) {",
                        "            return null;",
                        "        }",
                        "        return new Attachment(name);",
                        "    }",
                        "    boolean exists(Member member, boolean stored) {",
                        "        return find(member.email, stored) != null;",
                        "    }",
                        "    void list(Attachment attachment) {",
                        "        System.out.println(attachment.getName());",
                        "    }",
                        "    void show(Member member) {",
                        "        System.out.println(find(member.email, true).getName()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aFactoryThatMayReturnACachedObjectKeepsTheNewObjectsFieldsWithIt() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java", MEMBER)
                .source("org/example/Parser.java",
                        "package org.example;",
                        "public class Parser {",
                        "    private final String text;",
                        "    public Parser(String text) { this.text = text; }",
                        "    public String parse() { return text.trim(); }",
                        "}")
                .source("org/example/Parsers.java",
                        "package org.example;",
                        "public class Parsers {",
                        "    private Parser cached;",
                        "    Parser parser(String text) {",
                        "        if (cached != null) {",
                        "            return cached;",
                        "        }",
                        "        return new Parser(text);",
                        "    }",
                        "    void render(Member member) {",
                        "        parser(member.email).parse();",
                        "    }",
                        "    void page(Parser other) {",
                        "        System.out.println(other.parse());",
                        "    }",
                        "    void direct(Member member) {",
                        "        System.out.println(parser(member.email).parse()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theNewObjectAFactoryReturnedStillPublishesWhatItHoldsWhenItIsKept() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java", MEMBER)
                .source("org/example/Parser.java",
                        "package org.example;",
                        "public class Parser {",
                        "    private final String text;",
                        "    public Parser(String text) { this.text = text; }",
                        "    public String parse() { return text.trim(); }",
                        "}")
                .source("org/example/Parsers.java",
                        "package org.example;",
                        "public class Parsers {",
                        "    private Parser cached;",
                        "    Parser parser(String text) {",
                        "        if (cached != null) {",
                        "            return cached;",
                        "        }",
                        "        return new Parser(text);",
                        "    }",
                        "    void keep(Member member) {",
                        "        cached = parser(member.email);",
                        "    }",
                        "    void later() {",
                        "        System.out.println(cached.parse()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
