package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which code a call runs decides what its result holds: Object's own {@code toString} and
 * {@code hashCode} print nothing personal, an override inherited from a super class does what
 * it says, and an interface's default method runs when the class does not override it. Each
 * fixture is built so that the library model (arguments and receiver flow to the result) would
 * give the opposite answer.
 */
class CallResolutionTest {

    @TempDir
    Path folder;

    @Test
    void objectsOwnToStringAndHashCodeAreNotPersonal() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "}")
                .source("org/example/Named.java",
                        "package org.example;",
                        "public class Named {",
                        PERSONAL,
                        "    String email;",
                        "    @Override public String toString() { return email; }",
                        "}")
                .source("org/example/SubNamed.java",
                        "package org.example;",
                        "public class SubNamed extends Named { }")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Member member, SubNamed named) {",
                        "        System.out.println(member.toString());",
                        "        System.out.println(member.hashCode());",
                        "        System.out.println(named.toString()); // expect PF003",
                        "        // Printing the object runs Object's toString too: a class name and a hash.",
                        "        System.out.println(member);",
                        "        System.out.println(named); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aClassBelowALibraryClassDoesNotRunObjectsToString() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Emails.java",
                        "package org.example;",
                        "public class Emails extends java.util.ArrayList<String> {",
                        PERSONAL,
                        "    String owner;",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Emails emails) {",
                        "        // ArrayList's toString prints the elements: the library model holds.",
                        "        System.out.println(emails.toString()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aCallOnAnInterfaceTypeRunsItsImplementations() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Labelled.java",
                        "package org.example;",
                        "public interface Labelled { String label(); }")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member implements Labelled {",
                        PERSONAL,
                        "    String email;",
                        "    public String label() { return email; }",
                        "    @Override public String toString() { return email; }",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Labelled labelled) {",
                        "        System.out.println(labelled.label()); // expect PF003",
                        "        System.out.println(labelled.toString()); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anInheritedDefaultMethodRuns() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "}")
                .source("org/example/Greeter.java",
                        "package org.example;",
                        "public interface Greeter {",
                        "    default String greet(Member member) { return \"hello\"; }",
                        "    default String address(Member member) { return member.email; }",
                        "    String abstractOne(Member member);",
                        "}")
                .source("org/example/Hello.java",
                        "package org.example;",
                        "public abstract class Hello implements Greeter { }")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Hello hello, Member member) {",
                        "        System.out.println(hello.greet(member));",
                        "        System.out.println(hello.address(member)); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aClassOverridingADefaultMethodRunsItsOwn() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "}")
                .source("org/example/Greeter.java",
                        "package org.example;",
                        "public interface Greeter {",
                        "    default String greet(Member member) { return member.email; }",
                        "}")
                .source("org/example/Polite.java",
                        "package org.example;",
                        "public class Polite implements Greeter {",
                        "    @Override public String greet(Member member) { return \"hello\"; }",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Polite polite, Member member) {",
                        "        System.out.println(polite.greet(member));",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
