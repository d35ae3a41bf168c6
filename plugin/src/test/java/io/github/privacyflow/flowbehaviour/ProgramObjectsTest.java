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

    private static final String[] PARSER = {
        "package org.example;",
        "public class Parser {",
        "    private final String text;",
        "    public Parser(String text) { this.text = text; }",
        "    public String parse() { return text.trim(); }",
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
                .source("org/example/Parser.java", PARSER)
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
                .source("org/example/Parser.java", PARSER)
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

    @Test
    void aFunctionValueOfTheProgramsOwnFunctionalLibraryIsNotEveryImplementationAtOnce() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java", MEMBER)
                .source("org/example/Fn.java",
                        "package org.example;",
                        "public abstract class Fn<A, B> {",
                        "    public abstract B apply(A a);",
                        "}")
                .source("org/example/Holder.java",
                        "package org.example;",
                        "public class Holder {",
                        "    public Object val;",
                        "}")
                .source("org/example/Lists.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Lists {",
                        "    static <A, B> List<B> map(List<A> in, Fn<A, B> f) {",
                        "        List<B> out = new ArrayList<>();",
                        "        for (A a : in) {",
                        "            out.add(f.apply(a));",
                        "        }",
                        "        return out;",
                        "    }",
                        "}")
                .source("org/example/Uses.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Uses {",
                        "    static final Fn<Object, Object> READ = new Fn<Object, Object>() { public Object apply(Object o) { return ((Holder) o).val; } };",
                        "    static final Fn<String, String> F0 = new Fn<String, String>() { public String apply(String s) { return s + 0; } };",
                        "    static final Fn<String, String> F1 = new Fn<String, String>() { public String apply(String s) { return s + 1; } };",
                        "    static final Fn<String, String> F2 = new Fn<String, String>() { public String apply(String s) { return s + 2; } };",
                        "    static final Fn<String, String> F3 = new Fn<String, String>() { public String apply(String s) { return s + 3; } };",
                        "    static final Fn<String, String> F4 = new Fn<String, String>() { public String apply(String s) { return s + 4; } };",
                        "    static final Fn<String, String> F5 = new Fn<String, String>() { public String apply(String s) { return s + 5; } };",
                        "    static final Fn<String, String> F6 = new Fn<String, String>() { public String apply(String s) { return s + 6; } };",
                        "    static final Fn<String, String> F7 = new Fn<String, String>() { public String apply(String s) { return s + 7; } };",
                        "    void keep(Holder holder, Member member) { holder.val = member.email; }",
                        "    void rooms(List<String> rooms) {",
                        "        System.out.println(Lists.map(rooms, F0));",
                        "    }",
                        "    void emails(Member member) {",
                        "        System.out.println(Lists.map(List.of(member.email), F1)); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
