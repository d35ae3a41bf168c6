package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map's entries stay apart after the map is stored in a field, passed on or returned: a
 * {@code get} with a constant key finds what was put under that key (and under keys that are
 * not constants), not everything any map held. Lines with {@code // expect PF003} must fire,
 * the others must stay silent.
 */
class MapKeysTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "    public String room;",
                        "}");
    }

    @Test
    void aSharedStateMapAnswersEachKeyWithWhatWasPutUnderIt() throws Exception {
        project()
                .source("org/example/StateHolder.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class StateHolder {",
                        "    private final List<Map<String, Object>> states = new ArrayList<>();",
                        "    private Map<String, Object> last;",
                        "    public void register(Map<String, Object> state) { states.add(state); last = state; }",
                        "    public Map<String, Object> last() { return last; }",
                        "    public void rollBack(Handler handler) {",
                        "        for (Map<String, Object> state : states) {",
                        "            handler.rollBack(state);",
                        "        }",
                        "        handler.rollBack(last);",
                        "    }",
                        "}")
                .source("org/example/Handler.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Handler {",
                        "    public void rollBack(Map<String, Object> state) {",
                        "        System.out.println(state.get(\"room\"));",
                        "        System.out.println(state.get(\"who\")); // expect PF003",
                        "        Object any = state.get(pick());",
                        "        System.out.println(any); // expect repeat PF003",
                        "        System.out.println(roomOf(state));",
                        "        System.out.println(state); // expect repeat PF003",
                        "    }",
                        "    private static Object roomOf(Map<String, Object> state) { return state.get(\"room\"); }",
                        "    private static String pick() { return String.valueOf(System.nanoTime()); }",
                        "}")
                .source("org/example/Activities.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Activities {",
                        "    void enrol(StateHolder holder, Member member) {",
                        "        Map<String, Object> state = new HashMap<>();",
                        "        state.put(\"who\", member.email);",
                        "        state.put(\"room\", member.room);",
                        "        holder.register(state);",
                        "    }",
                        "    void checkIn(StateHolder holder, Member member) {",
                        "        Map<String, Object> state = new HashMap<>();",
                        "        state.put(\"room\", member.room);",
                        "        holder.register(state);",
                        "        System.out.println(holder.last().get(\"room\"));",
                        // After register(state), last is this method's own map, which holds no member. (The key is
                        // "who", not "member": a constant key naming a person is a weak source of its own.)
                        "        System.out.println(holder.last().get(\"who\"));",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aKeyThatIsNotAConstantOrACopyUnderOtherKeysAnswersEveryGet() throws Exception {
        project()
                .source("org/example/Bags.java",
                        "package org.example;",
                        "import java.util.*;",
                        "import java.util.stream.*;",
                        "public class Bags {",
                        "    private Map<String, Object> shared = new HashMap<>();",
                        "    void fill(Member member, String key) {",
                        "        shared.put(key, member.email);",
                        "    }",
                        "    void read() {",
                        "        System.out.println(shared.get(\"anything\")); // expect PF003",
                        "    }",
                        "    private Map<String, Object> byRoom = new HashMap<>();",
                        "    void fillByRoom(Member member) {",
                        "        byRoom.put(\"email\", member.email);",
                        "    }",
                        "    void rekeyed() {",
                        "        Map<String, Object> copy = new HashMap<>(byRoom);",
                        "        System.out.println(copy.get(\"room\"));",
                        "        System.out.println(copy.get(\"email\")); // expect repeat PF003",
                        "        Map<Object, Object> swapped = byRoom.entrySet().stream()",
                        "                .collect(Collectors.toMap(e -> e.getValue(), e -> e.getKey()));",
                        "        Map<Object, Object> inverse = byRoom.entrySet().stream()",
                        "                .collect(Collectors.toMap(e -> e.getKey() + \"!\", e -> e.getValue()));",
                        "        System.out.println(inverse.get(\"room\")); // expect repeat PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
