package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accessors that persistence providers' bytecode enhancers add to entities (Hibernate's
 * {@code $$_hibernate_read_x}, EclipseLink's {@code _persistence_get_x}, OpenJPA's
 * {@code pcGetx}) mean "read field x" or "write field x", whatever their state-manager plumbing
 * does. The fixtures give each accessor a body that does something else, so a finding shows
 * which of the two the analysis followed.
 */
class EnhancedEntityAccessorsTest {

    @TempDir
    Path folder;

    @Test
    void hibernateAccessorsReadAndWriteTheFieldTheyName() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "    String roomId;",
                        "    String note;",
                        "    // The interceptor's plumbing: bodies that mix fields or read none.",
                        "    public String $$_hibernate_read_email() { return \"\"; }",
                        "    public String $$_hibernate_read_roomId() { return roomId + email; }",
                        "    public void $$_hibernate_write_note(String value) { }",
                        "    public String $$_hibernate_getEntityName() { return email; }",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Member member) {",
                        "        System.out.println(member.$$_hibernate_read_email()); // expect PF003",
                        "        System.out.println(member.$$_hibernate_read_roomId());",
                        "        System.out.println(member.$$_hibernate_getEntityName());",
                        "    }",
                        "    void copy(Member from, Member to) {",
                        "        to.$$_hibernate_write_note(from.email);",
                        "    }",
                        "    void print(Member member) {",
                        "        System.out.println(member.note); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void eclipseLinkAccessorsReadAndWriteTheFieldTheyName() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "    String roomId;",
                        "    String note;",
                        "    public String _persistence_get_email() { return \"\"; }",
                        "    public String _persistence_get_roomId() { return roomId + email; }",
                        "    public void _persistence_set_note(String value) { }",
                        "    public String _persistence_get_(String name) { return email; }",
                        "    public String _persistence_getPropertyChangeListener() { return email; }",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Member member) {",
                        "        System.out.println(member._persistence_get_email()); // expect PF003",
                        "        System.out.println(member._persistence_get_roomId());",
                        "        System.out.println(member._persistence_get_(\"roomId\"));",
                        "        System.out.println(member._persistence_getPropertyChangeListener());",
                        "    }",
                        "    void copy(Member from, Member to) {",
                        "        to._persistence_set_note(from.email);",
                        "    }",
                        "    void print(Member member) {",
                        "        System.out.println(member.note); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void openJpaAccessorsCountOnlyOnPersistenceCapableTypesAndExistingFields() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/apache/openjpa/enhance/PersistenceCapable.java",
                        "package org.apache.openjpa.enhance;",
                        "public interface PersistenceCapable { }")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member implements org.apache.openjpa.enhance.PersistenceCapable {",
                        PERSONAL,
                        "    String email;",
                        "    String roomId;",
                        "    String note;",
                        "    public String pcGetemail() { return \"\"; }",
                        "    public String pcGetroomId() { return roomId + email; }",
                        "    public void pcSetnote(String value) { }",
                        "    public Object pcGetStateManager() { return email; }",
                        "    public String pcGetnickname() { return email; }",
                        "    public String pcReplaceField() { return email; }",
                        "    public String pcount() { return email; }",
                        "}")
                .source("org/example/Plain.java",
                        "package org.example;",
                        "public class Plain {",
                        PERSONAL,
                        "    String email;",
                        "    public String pcGetemail() { return \"\"; }",
                        "    public String pcGetroomId() { return email; }",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "public class Service {",
                        "    void show(Member member, Plain plain) {",
                        "        System.out.println(member.pcGetemail()); // expect PF003",
                        "        System.out.println(member.pcGetroomId());",
                        "        System.out.println(member.pcGetStateManager());",
                        "        System.out.println(member.pcReplaceField());",
                        "        System.out.println(member.pcGetnickname());",
                        "        System.out.println(member.pcount()); // expect repeat PF003",
                        "        System.out.println(plain.pcGetemail());",
                        "        System.out.println(plain.pcGetroomId()); // expect PF003",
                        "    }",
                        "    void copy(Member from, Member to) {",
                        "        to.pcSetnote(from.email);",
                        "    }",
                        "    void print(Member member) {",
                        "        System.out.println(member.note); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
