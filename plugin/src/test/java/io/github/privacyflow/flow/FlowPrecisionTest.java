package io.github.privacyflow.flow;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** False positives found on real code, pinned: each case must stay silent, next to one that must fire. */
class FlowPrecisionTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Member {",
                        "    @PersonalData(category = \"user-interaction\") public String email;",
                        "    public String sessionId;",
                        "    public String getSessionId() { return sessionId; }",
                        "    @Override public String toString() { return email; }",
                        "}")
                .source("org/example/Setting.java",
                        "package org.example;",
                        "public class Setting { public String key; }");
    }

    @Test
    void aCastRulesOutInstancesOfUnrelatedTypes() {
        project()
                .source("org/example/Factory.java",
                        "package org.example;",
                        "public class Factory {",
                        "    Object create(Class<?> type) {",
                        "        if (type == Member.class) { return new Member(); }",
                        "        return new Setting();",
                        "    }",
                        "    void use() {",
                        "        Setting setting = (Setting) create(Setting.class);",
                        "        System.out.println(setting);",
                        "        Member member = (Member) create(Member.class);",
                        "        System.out.println(member); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void streamMapHoldsWhatTheFunctionReturns() {
        project()
                .source("org/example/Sessions.java",
                        "package org.example;",
                        "import java.util.List;",
                        "public class Sessions {",
                        "    void log() {",
                        "        List<Member> members = List.of(new Member(), new Member());",
                        "        System.out.println(members.stream().map(Member::getSessionId).toList());",
                        "        System.out.println(members.stream().map(member -> member.email).toList()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aCallOnAJdkFunctionalInterfaceIsNotEveryImplementation() {
        project()
                .source("org/example/Collector.java",
                        "package org.example;",
                        "import java.util.ArrayList;",
                        "import java.util.List;",
                        "import java.util.function.Consumer;",
                        "public class Collector implements Consumer<List<String>> {",
                        "    private final Member member = new Member();",
                        "    @Override public void accept(List<String> into) { into.add(member.email); }",
                        "    void configure(Consumer<List<String>> configurator) {",
                        "        List<String> query = new ArrayList<>();",
                        "        configurator.accept(query);",
                        "        System.out.println(query);",
                        "    }",
                        "    void direct() {",
                        "        List<String> query = new ArrayList<>();",
                        "        accept(query);",
                        "        System.out.println(query); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void countsOfWrittenRowsAreNotPersonal() {
        project()
                .source("org/example/Purge.java",
                        "package org.example;",
                        "import java.sql.PreparedStatement;",
                        "public class Purge {",
                        "    void purge(PreparedStatement statement, Member member) throws Exception {",
                        "        statement.setString(1, member.email);",
                        "        int rows = statement.executeUpdate(); // expect PF003",
                        "        System.out.println(\"purged \" + rows);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anInterfaceValueCarriesItsImplementationsAndACastKeepsTheOneItNames() {
        project()
                .source("org/example/Party.java",
                        "package org.example;",
                        "public interface Party { }")
                .source("org/example/Guest.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Guest implements Party {",
                        "    @PersonalData(category = \"user-interaction\") public String nickname;",
                        "    @Override public String toString() { return nickname; }",
                        "}")
                .source("org/example/Club.java",
                        "package org.example;",
                        "public class Club implements Party { public String motto; }")
                .source("org/example/Parties.java",
                        "package org.example;",
                        "public abstract class Parties {",
                        "    abstract Party find(String key);",
                        "    void show(String key) {",
                        "        System.out.println((Club) find(key));",
                        "        System.out.println((Guest) find(key)); // expect PF003",
                        "        System.out.println(find(key)); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void queryResultsAreNotTheQuerysParameters() {
        project()
                .source("org/example/Lookup.java",
                        "package org.example;",
                        "import jakarta.persistence.EntityManager;",
                        "import java.util.List;",
                        "public class Lookup {",
                        "    void count(EntityManager em, Member member) {",
                        "        List<?> rows = em.createQuery(\"select r.id from Room r where r.owner = :e\")",
                        "                .setParameter(\"e\", member.email).getResultList();",
                        "        System.out.println(rows.size() + \" rooms: \" + rows);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
