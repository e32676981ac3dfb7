package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.LifecycleRefusedException;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MaturityLevel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle data opening cannot judge: a maturity_history that disagrees with maturity, and dates after the
 * day judged, each an error at its file:line that status lists and every lifecycle write refuses.
 */
class LifecycleDataTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final String META = LifecycleFixture.M + "vpc-old/.alexandria.yaml";

    @TempDir
    Path tmp;

    private static LifecycleFixture withBadData(Path tmp) {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write(META, f.read(META)
                + "maturity_history:\n"         // line 9
                + "  - level: beta\n"           // 10
                + "    date: 2025-01-10\n"      // 11
                + "  - level: beta\n"           // 12: not the level maturity names (stable)
                + "    date: 2026-04-01\n"      // 13: after the day judged
                + "evidence:\n"                 // 14
                + "  critical_bug_dates: [2026-02-01, 2026-03-02]\n"); // 15: the second after the day judged
        return f;
    }

    @Test
    void status_listsEveryProblemAtItsLineWithTheFix() {
        LifecycleFixture f = withBadData(tmp);

        List<String> problems = f.open().lifecycle("vpc-old").asOf(DAY).status().problems().stream()
                .map(Finding::toString).toList();

        assertEquals(List.of(
                META + ":13:5: maturity_history says beta was entered on 2026-04-01, after today (2026-03-01); a "
                        + "level is entered on the day it changes: correct the date to 2026-03-01 or earlier",
                META + ":12:5: maturity_history of .alexandria.yaml ends with beta (2026-04-01), but maturity is "
                        + "stable; add '- level: stable' with the day it became stable (date: YYYY-MM-DD) at the end"
                        + " of maturity_history, or correct maturity if beta is right",
                META + ":15:36: critical_bug_dates lists 2026-03-02, after today (2026-03-01), so no window counts "
                        + "it; list the day each critical bug was reported: correct the date to 2026-03-01 or "
                        + "earlier"), problems);
    }

    @Test
    void soundData_hasNoProblems() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write(META, f.read(META) + "maturity_history:\n  - level: stable\n    date: 2025-01-10\n"
                + "evidence:\n  critical_bug_dates: [2026-03-01]\n");

        assertEquals(List.of(), f.open().lifecycle("vpc-old").asOf(DAY).status().problems());
    }

    @Test
    void promote_isRefusedWhileTheDataIsWrong_withEveryProblemAsAReason() {
        LifecycleFixture f = withBadData(tmp);
        Map<String, String> before = f.snapshot();

        List<String> reasons = f.open().lifecycle("vpc-old").asOf(DAY).promote(MaturityLevel.MATURE).reasons();

        assertEquals(List.of(META + ":13:5", META + ":12:5", META + ":15:36"), reasons.subList(0, 3).stream()
                .map(r -> r.substring(0, r.indexOf(": "))).toList());
        assertEquals(before, f.snapshot());
    }

    @Test
    void deprecate_isRefusedOnAHistoryProblem_butNotOnBugDates() {
        LifecycleFixture f = withBadData(tmp);

        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class, () -> f.open()
                .lifecycle("vpc-old").asOf(DAY).deprecate(DeprecationRequest.because("Old.")));

        assertEquals(List.of(META + ":13:5", META + ":12:5"), e.reasons().stream()
                .map(r -> r.substring(0, r.indexOf(": "))).toList());
    }

    @Test
    void demote_isRefusedOnAHistoryProblem_butNotOnBugDates() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String alpha = LifecycleFixture.M + "vpc-alpha/.alexandria.yaml";
        f.write(alpha, f.read(alpha) + "evidence:\n  critical_bug_dates: [2026-03-02]\n");

        assertEquals(List.of(), f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL)
                .reasons());
        assertEquals(1, f.open().lifecycle("vpc-alpha").asOf(DAY).status().problems().size());
    }
}
