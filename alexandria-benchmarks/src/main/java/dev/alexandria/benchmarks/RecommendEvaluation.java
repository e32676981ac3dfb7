package dev.alexandria.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recommendation evaluation: runs graded {@code --for} and {@code --based-on} cases against a library and
 * prints, for {@code --for}, whether the expected pattern is at rank 1 (cases that have one) and the share of
 * slots (needs) covered within the top 8, plain and grade-weighted; for {@code --based-on}, hit@5 (a graded
 * module among the first five). A case may also name {@code first_any_of}, the modules a user expects at rank 1
 * (counted as "expected first"), and {@code wrong}, modules a platform engineer calls wrong for it (each one in the
 * top 8 is counted).
 *
 * <pre>{@code
 * java -cp <classpath> dev.alexandria.benchmarks.RecommendEvaluation \
 *     --library alexandria-examples/sample-library/components/terraform \
 *     --cases alexandria-benchmarks/eval/sample-library/recommend-cases.yaml [--misses] [--held-out]
 * }</pre>
 *
 * <p>With {@code --held-out}, each file named like the case file with {@code -held-out} and maybe more before
 * {@code .yaml} next to it ({@code recommend-cases-held-out.yaml}, {@code recommend-cases-held-out-2.yaml}) is run
 * and scored too, separately and in name order. They are held out from tuning, so their scores are the ones to
 * trust; and they stay trustworthy only while nobody looks at them during tuning. So they run only when asked:
 * an ordinary run prints the tuning set alone, and a held-out run is meant to be made once, after the tuning is
 * done, its numbers reported as they are.
 *
 * <p>{@code alexandria-benchmarks/eval/recommend-eval.sh} builds the class path and runs both case sets.
 *
 * @since 0.1.0
 */
public final class RecommendEvaluation {

    private static final int TOP = 8;
    private static final int HIT_AT = 5;
    /**
     * What names the held-out case sets next to a case file: {@code recommend-cases-held-out.yaml},
     * {@code recommend-cases-held-out-2.yaml} ….
     */
    private static final String HELD_OUT = "-held-out";

    private RecommendEvaluation() {
    }

    /**
     * Runs the evaluation.
     *
     * @param args {@code --library PATH --cases FILE [--misses] [--held-out]}
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path library = null;
        Path cases = null;
        boolean misses = false;
        boolean withHeldOut = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--library" -> library = Path.of(args[++i]);
                case "--cases" -> cases = Path.of(args[++i]);
                case "--misses" -> misses = true;
                case "--held-out" -> withHeldOut = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --library PATH --cases FILE [--misses] [--held-out]");
            }
        }
        if (library == null || cases == null) {
            throw new IllegalArgumentException("use --library PATH --cases FILE [--misses] [--held-out]");
        }
        PrintStream out = System.out;
        Library lib = Alexandria.open(library);
        lib.recommend().forUseCase("warm up").run();
        out.printf(Locale.ROOT, "%s over %s%n", cases.getFileName(), library);
        evaluate(lib, cases, misses, out);
        // The held-out sets next to the tuning set, when there are any and they are asked for: never used to
        // tune the recommender, so never printed during tuning.
        String name = cases.getFileName().toString();
        String stem = name.replaceFirst("\\.yaml$", "");
        if (withHeldOut && !name.contains(HELD_OUT)) {
            List<Path> heldOut;
            try (var files = Files.list(cases.toAbsolutePath().getParent())) {
                heldOut = files.filter(f -> {
                    String n = f.getFileName().toString();
                    return n.startsWith(stem + HELD_OUT) && n.endsWith(".yaml");
                }).sorted().toList();
            }
            for (Path h : heldOut) {
                out.printf(Locale.ROOT, "%s (held out: not used for tuning) over %s%n", h.getFileName(), library);
                evaluate(lib, h, misses, out);
            }
        }
    }

    /** Runs the cases of one file and prints their scores (and misses, when asked). */
    private static void evaluate(Library lib, Path cases, boolean misses, PrintStream out) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(cases));

        int withPattern = 0;
        int patternFirst = 0;
        int slots = 0;
        int covered = 0;
        double gradeSum = 0;
        double gradeCovered = 0;
        long t0 = System.nanoTime();
        int forCases = 0;
        int[] kindSlots = new int[2];
        int[] kindCovered = new int[2];
        int strayPattern = 0;
        int withFirst = 0;
        int firstFits = 0;
        int wrongShown = 0;
        for (JsonNode c : root.path("for")) {
            forCases++;
            List<String> top = ids(lib.recommend().forUseCase(c.get("use_case").asText()).limit(TOP).run());
            Optional<String> pattern = Optional.ofNullable(c.get("expected_pattern")).filter(n -> !n.isNull())
                    .map(JsonNode::asText);
            boolean first = pattern.map(p -> !top.isEmpty() && top.get(0).equals(p)).orElse(true);
            if (pattern.isPresent()) {
                withPattern++;
                patternFirst += first ? 1 : 0;
            } else if (!top.isEmpty() && lib.module(top.get(0)).map(m -> m.layer() == Layer.PATTERNS).orElse(false)) {
                strayPattern++;
                first = false;
            }
            int kind = pattern.isPresent() ? 0 : 1;
            List<String> missed = new ArrayList<>();
            if (c.has("first_any_of")) {
                withFirst++;
                boolean fits = false;
                for (JsonNode m : c.path("first_any_of")) {
                    fits |= !top.isEmpty() && top.get(0).equals(m.asText());
                }
                firstFits += fits ? 1 : 0;
                if (!fits) {
                    missed.add("first (" + c.path("first_any_of") + ")");
                }
            }
            for (JsonNode m : c.path("wrong")) {
                if (top.contains(m.asText())) {
                    wrongShown++;
                    missed.add("wrong " + m.asText() + " shown");
                }
            }
            for (JsonNode slot : c.path("slots")) {
                int grade = slot.path("grade").asInt(1);
                slots++;
                kindSlots[kind]++;
                gradeSum += grade;
                boolean hit = false;
                for (JsonNode m : slot.path("any_of")) {
                    hit |= top.contains(m.asText());
                }
                if (hit) {
                    covered++;
                    kindCovered[kind]++;
                    gradeCovered += grade;
                } else {
                    missed.add(slot.path("need").asText());
                }
            }
            if (misses && (!first || !missed.isEmpty())) {
                out.printf(Locale.ROOT, "    for %-34s pattern %s; missed %s -> %s%n", c.get("id").asText(),
                        first ? "ok" : pattern.map(p -> "NOT first (" + p + ")").orElse("put first where none fits"),
                        missed, top);
            }
        }
        double forMs = (System.nanoTime() - t0) / 1e6;

        int basedOn = 0;
        int hits = 0;
        t0 = System.nanoTime();
        for (JsonNode c : root.path("based_on")) {
            basedOn++;
            List<String> top = ids(lib.recommend().basedOn(c.get("module").asText()).limit(HIT_AT).run());
            boolean hit = false;
            for (JsonNode e : c.path("expected")) {
                hit |= top.contains(e.get("module").asText());
            }
            hits += hit ? 1 : 0;
            if (misses && !hit) {
                out.printf(Locale.ROOT, "    based-on %-29s miss -> %s%n", c.get("module").asText(), top);
            }
        }
        double basedMs = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "  --for       %2d cases: pattern at rank 1 %d/%d; slots in top %d %d/%d = %.1f%% "
                        + "(grade-weighted %.1f%%); %.1f ms per case%n", forCases, patternFirst, withPattern, TOP,
                covered, slots, pct(covered, slots), gradeSum == 0 ? 0 : 100 * gradeCovered / gradeSum,
                forCases == 0 ? 0 : forMs / forCases);
        out.printf(Locale.ROOT, "              with a pattern: slots %d/%d = %.1f%%; without: %d/%d = %.1f%%, a pattern "
                        + "put first where none fits in %d of %d%n", kindCovered[0], kindSlots[0],
                pct(kindCovered[0], kindSlots[0]), kindCovered[1], kindSlots[1], pct(kindCovered[1], kindSlots[1]),
                strayPattern, forCases - withPattern);
        out.printf(Locale.ROOT, "              expected first %d/%d; wrong modules in the top %d: %d%n", firstFits,
                withFirst, TOP, wrongShown);
        out.printf(Locale.ROOT, "  --based-on  %2d cases: hit@%d %d/%d = %.1f%%; %.1f ms per case%n", basedOn,
                HIT_AT, hits, basedOn, pct(hits, basedOn), basedOn == 0 ? 0 : basedMs / basedOn);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
    }
}
