package io.github.privacyflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BudgetAndProgressTest {

    @Test
    void timeoutsAreReadAsUsersWriteThem() {
        assertEquals(Duration.ofSeconds(300), Budget.parseTimeout("300"));
        assertEquals(Duration.ofSeconds(90), Budget.parseTimeout("90s"));
        assertEquals(Duration.ofMinutes(5), Budget.parseTimeout(" 5m "));
        assertEquals(Duration.ofHours(1), Budget.parseTimeout("1h"));
        assertEquals(Duration.ofMillis(1500), Budget.parseTimeout("1500ms"));
        assertEquals(Duration.ofMinutes(10), Budget.parseTimeout("PT10M"));
        assertEquals("5m", Budget.format(Budget.DEFAULT_TIMEOUT));
        assertEquals("90s", Budget.format(Duration.ofSeconds(90)));
        assertEquals("1500ms", Budget.format(Duration.ofMillis(1500)));
        assertEquals("2h", Budget.format(Duration.ofHours(2)));
    }

    @Test
    void badTimeoutsAreNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Budget.parseTimeout("five minutes"));
        assertEquals("'five minutes' is not a duration; write e.g. 300s, 10m or 1h", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Budget.parseTimeout("0s"));
        assertThrows(IllegalArgumentException.class, () -> Budget.parseTimeout("-5m"));
        assertThrows(IllegalArgumentException.class, () -> Budget.start(Duration.ZERO, 10));
    }

    @Test
    void aBudgetExpiresAtItsDeadline() throws InterruptedException {
        Budget running = Budget.start(Duration.ofHours(1), 10);
        assertFalse(running.expired());
        assertTrue(running.remaining().compareTo(Duration.ofMinutes(59)) > 0);
        Budget spent = Budget.start(Duration.ofMillis(1), 10);
        Thread.sleep(5);
        assertTrue(spent.expired());
        assertEquals(Duration.ZERO, spent.remaining());
    }

    @Test
    void progressIsQuietOnShortWorkAndPrintsAtMostEveryFiveSeconds() {
        AtomicLong clock = new AtomicLong(0);
        List<String> lines = new ArrayList<>();
        Progress progress = Progress.withClock(lines::add, clock);
        progress.methodsToAnalyse(40);
        for (int i = 0; i < 10; i++) {
            progress.classRead();
        }
        clock.set(4_900_000_000L);
        progress.methodAnalysed();
        assertEquals(List.of(), lines, "nothing in the first five seconds");
        clock.set(5_000_000_000L);
        progress.methodAnalysed();
        clock.set(7_000_000_000L);
        progress.methodAnalysed();
        clock.set(10_000_000_000L);
        progress.methodAnalysed();
        clock.set(16_000_000_000L);
        progress.stage("placing 3 findings in their sources");
        assertEquals(List.of("privacyflow: 10 classes read, 2 of 40 methods analysed, 5 s",
                "privacyflow: 10 classes read, 4 of 40 methods analysed, 10 s",
                "privacyflow: 10 classes read, 4 of 40 methods analysed, placing 3 findings in their sources, 16 s"), lines);
    }

    @Test
    void phasesEnteredTwiceAreCountedOnce() {
        PhaseTimer timer = new PhaseTimer();
        timer.start("read");
        timer.start("rules");
        timer.start("flow");
        timer.start("rules");
        timer.stop();
        List<String> names = timer.phases().stream().map(PhaseTimer.Phase::name).toList();
        assertEquals(List.of("read", "rules", "flow"), names);
        assertTrue(PhaseTimer.describe(timer.phases()).startsWith("read "), PhaseTimer.describe(timer.phases()));
    }
}
