package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The erasure paths PF010 accepts beyond the direct ones NoErasurePathRuleTest covers: Spring
 * Data repositories (by their first type argument, through a module's own base interface, or by
 * {@code @RepositoryDefinition}), and {@code remove} calls whose argument's type is known only
 * through branches, arrays and casts. The Spring types are declared by the fixture under their
 * real names.
 */
class ErasurePathsTest {

    @TempDir
    Path folder;

    private FixtureProject withSpringData() {
        return FixtureProject.in(folder).rule("PF010")
                .source("org/springframework/data/repository/CrudRepository.java",
                        "package org.springframework.data.repository;",
                        "public interface CrudRepository<T, ID> {",
                        "    void delete(T entity);",
                        "    void deleteById(ID id);",
                        "    Iterable<T> findAll();",
                        "}")
                .source("org/springframework/data/repository/RepositoryDefinition.java",
                        "package org.springframework.data.repository;",
                        "public @interface RepositoryDefinition {",
                        "    Class<?> domainClass();",
                        "    Class<?> idClass();",
                        "}");
    }

    private static String[] entity(String name, boolean fires) {
        return new String[] {
            "package org.example;",
            "@jakarta.persistence.Entity",
            "@io.github.privacyflow.annotations.Retain(days = 30)",
            "public class " + name + " {" + (fires ? " // expect PF010" : ""),
            "    String notes;",
            "}"};
    }

    @Test
    void aSpringDataRepositoryErasesItsDomainTypeByDeleteOrRemove() {
        withSpringData()
                .source("org/example/Recording.java", entity("Recording", false))
                .source("org/example/Attendance.java", entity("Attendance", false))
                .source("org/example/Whiteboard.java", entity("Whiteboard", true))
                .source("org/example/RecordingRepository.java",
                        "package org.example;",
                        "public interface RecordingRepository extends org.springframework.data.repository.CrudRepository<Recording, Long> { }")
                .source("org/example/AttendanceRepository.java",
                        "package org.example;",
                        "public interface AttendanceRepository extends org.springframework.data.repository.CrudRepository<Attendance, Long> {",
                        "    void removeByRoom(String room);",
                        "}")
                .source("org/example/WhiteboardRepository.java",
                        "package org.example;",
                        "public interface WhiteboardRepository extends org.springframework.data.repository.CrudRepository<Whiteboard, Long> { }")
                .source("org/example/Cleanup.java",
                        "package org.example;",
                        "public class Cleanup {",
                        "    void run(RecordingRepository recordings, AttendanceRepository attendance, WhiteboardRepository boards) {",
                        "        recordings.deleteById(1L);",
                        "        attendance.removeByRoom(\"a\");",
                        "        boards.findAll();",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aModulesOwnBaseRepositoryAndRepositoryDefinitionCountToo() {
        withSpringData()
                .source("org/example/Recording.java", entity("Recording", false))
                .source("org/example/Attendance.java", entity("Attendance", false))
                .source("org/example/Whiteboard.java", entity("Whiteboard", true))
                .source("org/example/BaseRepository.java",
                        "package org.example;",
                        "public interface BaseRepository<T, ID> {",
                        "    void delete(T entity);",
                        "}")
                .source("org/example/RecordingRepository.java",
                        "package org.example;",
                        "public interface RecordingRepository extends BaseRepository<Recording, Long> { }")
                .source("org/example/AttendanceStore.java",
                        "package org.example;",
                        "@org.springframework.data.repository.RepositoryDefinition(domainClass = Attendance.class, idClass = Long.class)",
                        "public interface AttendanceStore {",
                        "    void deleteAll();",
                        "}")
                .source("org/example/WhiteboardList.java",
                        "package org.example;",
                        "public interface WhiteboardList extends java.util.List<Whiteboard> { }")
                .source("org/example/WhiteboardCleaner.java",
                        "package org.example;",
                        "public abstract class WhiteboardCleaner implements BaseRepository<Whiteboard, Long> { }")
                .source("org/example/Cleanup.java",
                        "package org.example;",
                        "public class Cleanup {",
                        "    void run(RecordingRepository recordings, AttendanceStore attendance, WhiteboardList boards,",
                        "            WhiteboardCleaner cleaner, Recording recording, Whiteboard board) {",
                        "        recordings.delete(recording);",
                        "        attendance.deleteAll();",
                        "        // A list of whiteboards is no repository, and a class is not a repository interface.",
                        "        boards.remove(board);",
                        "        cleaner.delete(board);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theRemovedTypeIsFollowedThroughBranchesArraysAndCasts() {
        FixtureProject.in(folder).rule("PF010")
                .source("org/example/Recording.java", entity("Recording", false))
                .source("org/example/Attendance.java", entity("Attendance", false))
                .source("org/example/Snapshot.java", entity("Snapshot", false))
                .source("org/example/Whiteboard.java", entity("Whiteboard", true))
                .source("org/example/Stroke.java", entity("Stroke", true))
                .source("org/example/Cleanup.java",
                        "package org.example;",
                        "import jakarta.persistence.EntityManager;",
                        "public class Cleanup {",
                        "    Recording last;",
                        "    void arrays(EntityManager em, Attendance[] rows) { em.remove(rows[0]); }",
                        "    void fields(EntityManager em) { em.remove(last); }",
                        "    void casts(EntityManager em, Object found) { em.remove((Snapshot) found); }",
                        "    void branches(EntityManager em, boolean flag, Whiteboard board, Stroke stroke) {",
                        "        // Either of two unrelated types: nothing known, nothing erased.",
                        "        em.remove(flag ? board : stroke);",
                        "        Object any = flag ? new Object() : \"x\";",
                        "        em.remove(any);",
                        "        long count = flag ? 1L : 2L;",
                        "        em.remove(Long.valueOf(count));",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aBranchBetweenATypeAndItsSubtypeKeepsTheSupertype() {
        FixtureProject.in(folder).rule("PF010")
                .source("org/example/Recording.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@io.github.privacyflow.annotations.Retain(days = 30)",
                        "public class Recording {",
                        "    String notes;",
                        "}")
                .source("org/example/ScreenRecording.java",
                        "package org.example;",
                        "public class ScreenRecording extends Recording { }")
                .source("org/example/Cleanup.java",
                        "package org.example;",
                        "import jakarta.persistence.EntityManager;",
                        "public class Cleanup {",
                        "    void first(EntityManager em, boolean flag, Recording recording, ScreenRecording screen) {",
                        "        em.remove(flag ? screen : recording);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
