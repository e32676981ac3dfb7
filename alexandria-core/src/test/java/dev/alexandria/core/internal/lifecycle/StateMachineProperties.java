package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.Library;
import dev.alexandria.api.LifecycleRefusedException;
import dev.alexandria.api.PromotionResult;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.MaturityLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The laws of the state machine: exactly the moves {@link MaturityLevel#canTransitionTo} allows are possible
 * (checked against an oracle written from the library format's rules), and no sequence of operations through
 * the lifecycle reaches an invalid state or leaves archived.
 */
class StateMachineProperties {

    static final MaturityLevel[] LADDER = {MaturityLevel.EXPERIMENTAL, MaturityLevel.ALPHA, MaturityLevel.BETA,
        MaturityLevel.STABLE, MaturityLevel.MATURE};

    @TempDir
    Path tmp;

    /** The rules as the library format states them, independent of the enum's implementation. */
    static boolean oracle(MaturityLevel from, MaturityLevel to) {
        if (from == to || from == MaturityLevel.ARCHIVED) {
            return false;
        }
        if (from == MaturityLevel.DEPRECATED) {
            return to == MaturityLevel.ARCHIVED;
        }
        if (to == MaturityLevel.DEPRECATED) {
            return true;
        }
        if (to == MaturityLevel.ARCHIVED) {
            return false;
        }
        int f = List.of(LADDER).indexOf(from);
        int t = List.of(LADDER).indexOf(to);
        if (t == f + 1) {
            return true;
        }
        Set<MaturityLevel> unlocked = Set.of(MaturityLevel.EXPERIMENTAL, MaturityLevel.ALPHA, MaturityLevel.BETA);
        return t < f && (unlocked.contains(from) || from == MaturityLevel.MATURE && to == MaturityLevel.STABLE);
    }

    @Test
    void everyPairOfLevels_isAllowedExactlyWhenTheRulesAllowIt() {
        Gen<MaturityLevel> level = arbitrary().enumValues(MaturityLevel.class);
        qt().withExamples(200).forAll(level, level).checkAssert((from, to) -> {
            assertEquals(oracle(from, to), from.canTransitionTo(to), from + " → " + to);
            assertEquals(from.canTransitionTo(to), Transitions.refusal("m", from, to).isEmpty(), from + " → " + to);
        });
    }

    /** One operation of a sequence: promote to a level, deprecate, or archive (forced). */
    record Op(MaturityLevel target) {
    }

    @Test
    void noSequenceOfOperations_reachesAnInvalidStateOrLeavesArchived() {
        Gen<List<Op>> ops = lists().of(arbitrary().enumValues(MaturityLevel.class).map(Op::new)).ofSizeBetween(1, 5);
        int[] run = {0};
        qt().withExamples(25).forAll(ops).checkAssert(sequence -> {
            LifecycleFixture f = LifecycleFixture.create(tmp.resolve("run" + run[0]++));
            // no criteria on any promotion: only the state machine and the version rule decide
            f.write("_catalog/maturity-levels.yaml", "promotions:\n"
                    + "  - {from: experimental, to: alpha, criteria: []}\n"
                    + "  - {from: alpha, to: beta, criteria: []}\n");
            MaturityLevel state = MaturityLevel.EXPERIMENTAL;
            LocalDate day = LocalDate.of(2026, 3, 1);
            for (Op op : sequence) {
                day = day.plusDays(1);
                Library lib = f.open();
                MaturityLevel before = lib.requireModule("vpc-experimental").maturity();
                assertEquals(state, before);
                boolean allowed = oracle(before, op.target());
                boolean changed = apply(lib, op.target(), day);
                // beta needs a 1.0.0-beta.N release, which needs git: the library is not in one, so it is refused
                boolean expected = allowed && op.target() != MaturityLevel.BETA;
                assertEquals(expected, changed, before + " → " + op.target());
                if (changed) {
                    state = op.target();
                }
                Library after = f.open();
                assertEquals(state, after.requireModule("vpc-experimental").maturity());
                assertTrue(after.findings().stream().noneMatch(x -> x.isError()), after.findings().toString());
                if (before == MaturityLevel.ARCHIVED) {
                    assertEquals(MaturityLevel.ARCHIVED, state, "nothing leaves archived");
                }
            }
            delete(f.root.getParent());
        });
    }

    private static boolean apply(Library lib, MaturityLevel target, LocalDate day) {
        var lc = lib.lifecycle("vpc-experimental").asOf(day);
        try {
            if (target == MaturityLevel.DEPRECATED) {
                lc.deprecate(DeprecationRequest.because("No longer needed.")).apply();
                return true;
            }
            if (target == MaturityLevel.ARCHIVED) {
                lc.archive(true).apply();
                return true;
            }
            PromotionResult r = lc.promote(target);
            r.plan().ifPresent(p -> p.apply());
            return r.isReady();
        } catch (LifecycleRefusedException e) {
            return false;
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
