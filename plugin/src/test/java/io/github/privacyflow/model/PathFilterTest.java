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

    @Test
    void classNamePatternsNameNestedTypesWithDollarOrDot() {
        String[] outer = {"org.example.Outer", "org.example", "org/example/Outer.class", "org/example/Outer.java"};
        String[] inner = {"org.example.Outer$Inner", "org.example", "org/example/Outer$Inner.class", "org/example/Outer.java"};
        String[] deeper = {"org.example.Outer$Inner$Leaf", "org.example", "org/example/Outer$Inner$Leaf.class",
            "org/example/Outer.java"};
        for (String written : List.of("org.example.Outer$Inner", "org.example.Outer.Inner", "Outer.Inner", "Outer$Inner")) {
            PathFilter exclude = PathFilter.of(List.of(), List.of(written));
            assertTrue(accepts(exclude, outer), written + " must keep the outer class");
            assertFalse(accepts(exclude, inner), written + " must exclude the nested class");
            assertFalse(accepts(exclude, deeper), written + " must exclude what is nested in it");
            PathFilter include = PathFilter.of(List.of(written), List.of());
            assertFalse(accepts(include, outer), written + " must not include the outer class");
            assertTrue(accepts(include, inner), written + " must include the nested class");
        }
    }

    @Test
    void classNameWildcardsStayWithinOneName() {
        PathFilter filter = PathFilter.of(List.of(), List.of("org.example.generated.*"));
        assertFalse(filter.acceptsClass("org.example.generated.Dto", "org.example.generated"));
        assertTrue(filter.acceptsClass("org.example.generated.deep.Dto", "org.example.generated.deep"));
        assertFalse(PathFilter.of(List.of(), List.of("org.example.**")).acceptsClass("org.example.a.b.C", "org.example.a.b"));
        // path patterns keep working next to class name patterns
        assertTrue(PathFilter.isClassNamePattern("Outer.Inner"));
        assertFalse(PathFilter.isClassNamePattern("**/Outer$Inner.class"));
        assertFalse(PathFilter.of(List.of(), List.of("**/Outer$Inner.class")).acceptsClass("org.example.Outer$Inner",
                "org.example", "org/example/Outer$Inner.class", "org/example/Outer.java"));
    }

    private static boolean accepts(PathFilter filter, String[] type) {
        return filter.acceptsClass(type[0], type[1], type[2], type[3]);
    }
}
