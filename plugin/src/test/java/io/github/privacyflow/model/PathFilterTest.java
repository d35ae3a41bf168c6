package io.github.privacyflow.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathFilterTest {

    @Test
    void everythingByDefault() {
        assertTrue(PathFilter.of(null, null).accepts("org/example/Room.class"));
        assertTrue(PathFilter.of(List.of(), List.of()).accepts("Room.class"));
    }

    @Test
    void doubleStarMatchesAnyDepthIncludingNone() {
        PathFilter filter = PathFilter.of(List.of(), List.of("**/generated/**"));
        assertFalse(filter.accepts("org/example/generated/Dto.class"));
        assertFalse(filter.accepts("generated/Dto.java"));
        assertTrue(filter.accepts("org/example/app/Room.class"));
        assertTrue(filter.accepts("org/example/generatedish/Room.class"));
    }

    @Test
    void singleStarStaysInOneFolder() {
        PathFilter filter = PathFilter.of(List.of("org/example/*.java"), List.of());
        assertTrue(filter.accepts("org/example/Room.java"));
        assertFalse(filter.accepts("org/example/room/Seat.java"));
    }

    @Test
    void aClassIsTestedUnderItsClassFileAndItsSourcePath() {
        PathFilter excludeDtos = PathFilter.of(List.of(), List.of("**/*Dto.java"));
        assertFalse(excludeDtos.accepts("org/example/RoomDto$Seat.class", "org/example/RoomDto.java"));
        PathFilter includeRoom = PathFilter.of(List.of("org/example/room/**"), List.of());
        assertTrue(includeRoom.accepts("org/example/room/Seat.class", "org/example/room/Seat.java"));
        assertFalse(includeRoom.accepts("org/example/chat/Message.class", "org/example/chat/Message.java"));
    }

    @Test
    void trailingSlashMeansTheWholeFolder() {
        assertFalse(PathFilter.of(List.of(), List.of("org/legacy/")).accepts("org/legacy/a/B.class"));
    }
}
