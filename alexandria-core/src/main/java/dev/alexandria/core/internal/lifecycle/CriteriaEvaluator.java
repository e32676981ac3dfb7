package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.CriterionCheck;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel.Criterion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Judges each criterion from evidence: measured from the module's files ({@link ModuleFacts}) and its days in
 * level, or declared by evidence sources (the {@code evidence:} block first). Every check says what it found
 * and what would meet it.
 */
final class CriteriaEvaluator {

    /** Without a recorded run ({@code alexandria test}), tests are judged by their presence; the checklist says so. */
    static final String TESTS_NOTE = "judged by the presence of test files, since no run is recorded; run them "
            + "with 'alexandria test' (recorded in _catalog/test-results/) before promoting";

    /**
     * With a recorded-runs file that cannot be read, tests are judged by their presence too, but "no run is
     * recorded" would be wrong: the note names the file (whose errors status lists) and how to mend it.
     */
    static String unreadableRunsNote(String file) {
        return "judged by the presence of test files, since the runs recorded in " + file + " cannot be read; "
                + "correct it, or run 'alexandria test' again to rewrite it";
    }

    /** One source of declared evidence, in order of precedence. */
    record Declared(String source, Evidence evidence) {
    }

    private final ModuleFacts facts;
    private final List<Declared> declared;
    private final MaturityLevel level;
    private final OptionalLong daysInLevel;
    private final Optional<LocalDate> since;
    /** The day the criteria are judged as of; null: critical-bug dates are not counted. */
    private final LocalDate asOf;

    /** The last recorded run of each test suite ({@code unit}, {@code integration}). */
    private final java.util.Map<String, TestRecords.Recorded> testRuns;
    private final String testRunsFile;
    /** The note of a test criterion judged by the presence of files: {@link #TESTS_NOTE} or the unreadable one. */
    private final String testsNote;

    CriteriaEvaluator(ModuleFacts facts, List<Declared> declared, MaturityLevel level, OptionalLong daysInLevel,
                      Optional<LocalDate> since) {
        this(facts, declared, level, daysInLevel, since, null, java.util.Map.of(), "", true);
    }

    CriteriaEvaluator(ModuleFacts facts, List<Declared> declared, MaturityLevel level, OptionalLong daysInLevel,
                      Optional<LocalDate> since, LocalDate asOf) {
        this(facts, declared, level, daysInLevel, since, asOf, java.util.Map.of(), "", true);
    }

    CriteriaEvaluator(ModuleFacts facts, List<Declared> declared, MaturityLevel level, OptionalLong daysInLevel,
                      Optional<LocalDate> since, java.util.Map<String, TestRecords.Recorded> testRuns,
                      String testRunsFile) {
        this(facts, declared, level, daysInLevel, since, null, testRuns, testRunsFile, true);
    }

    CriteriaEvaluator(ModuleFacts facts, List<Declared> declared, MaturityLevel level, OptionalLong daysInLevel,
                      Optional<LocalDate> since, LocalDate asOf, java.util.Map<String, TestRecords.Recorded> testRuns,
                      String testRunsFile, boolean runsReadable) {
        this.testRuns = java.util.Map.copyOf(testRuns);
        this.testRunsFile = testRunsFile;
        this.testsNote = runsReadable ? TESTS_NOTE : unreadableRunsNote(testRunsFile);
        this.facts = facts;
        this.declared = List.copyOf(declared);
        this.level = level;
        this.daysInLevel = daysInLevel;
        this.since = since;
        this.asOf = asOf;
    }

    List<CriterionCheck> evaluate(List<Criterion> criteria) {
        return criteria.stream().map(this::evaluate).toList();
    }

    CriterionCheck evaluate(Criterion c) {
        String id = c.id();
        switch (id) {
            case "readme":
                return measured(c, facts.readme().isPresent() && !facts.readme().get().isBlank(),
                        facts.readme().map(t -> t.isBlank() ? "README.md is empty" : "README.md exists ("
                                + Plurals.count(t.lines().count(), "line") + (facts.readmeSections().isEmpty() ? ""
                                : ", sections: " + String.join(", ", facts.readmeSections())) + ")")
                                .orElse("no README.md"),
                        "write a README.md that says what the module does and how to use it", Optional.empty());
            case "unit_tests":
                return tests(c, facts.unitTests(), "tests/unit", "unit");
            case "integration_tests":
                return tests(c, facts.integrationTests(), "tests/integration", "integration");
            case "examples": {
                int min = threshold(c, 1);
                int n = facts.examples().size();
                return measured(c, n >= min, Plurals.count(n, "example") + (n == 0 ? ""
                        : " (" + String.join(", ", facts.examples()) + ")"), "add " + Plurals.count(min - n,
                        "more example") + " under examples/<name>/ (each with a .tf file); " + min
                        + " needed", Optional.empty());
            }
            case "days_in_level": {
                int min = threshold(c, 0);
                if (daysInLevel.isEmpty()) {
                    return measured(c, false, "the date " + level + " was entered is not recorded",
                            "record it in maturity_history of .alexandria.yaml (- level: " + level
                                    + ", date: YYYY-MM-DD), or commit .alexandria.yaml so git history shows it; "
                                    + Plurals.count(min, "day") + " needed", Optional.empty());
                }
                long days = daysInLevel.getAsLong();
                return measured(c, days >= min, Plurals.count(days, "day") + " in " + level + " (since "
                        + since.orElseThrow() + ")",
                        "wait " + Plurals.count(min - days, "more day") + " (until "
                                + since.orElseThrow().plusDays(min) + ")", Optional.empty());
            }
            case "documentation":
                return documentation(c);
            case "critical_bugs":
                return atMost(c, Evidence::criticalBugs, "open critical bug", "", "critical_bugs");
            case "critical_bugs_90d":
                return recentCriticalBugs(c, 90);
            case "production_teams":
                return atLeast(c, Evidence::productionTeams, "team", " using it in production", "production_teams");
            case "case_studies":
                return atLeast(c, Evidence::caseStudies, "case study", "", "case_studies");
            case "benchmarks": {
                CriterionCheck declaredCheck = flag(c, Evidence::benchmarks, "benchmarks");
                String files = facts.benchmarks().isEmpty() ? "no benchmark files"
                        : "benchmark files: " + String.join(", ", facts.benchmarks());
                return new CriterionCheck(c.id(), c.description(), declaredCheck.met(), files + "; "
                        + declaredCheck.found(), declaredCheck.toMeet(), declaredCheck.source(),
                        Optional.of("benchmark results are declared (evidence: benchmarks: true), not measured; keep"
                                + " them with the module (e.g. under benchmarks/) so a reviewer can check them"));
            }
            case "api_complete":
                return flag(c, Evidence::apiComplete, "api_complete");
            case "community_usage":
                return flag(c, Evidence::communityUsage, "community_usage");
            default:
                return new CriterionCheck(c.id(), c.description(), false, "no way to judge criterion '" + id + "'",
                        "use one of the criterion ids of the library format", CriterionCheck.MEASURED,
                        Optional.empty());
        }
    }

    private CriterionCheck tests(Criterion c, List<String> files, String folder, String suite) {
        TestRecords.Recorded run = testRuns.get(suite);
        if (run != null && run.outcome() != dev.alexandria.api.model.TestOutcome.SKIPPED) {
            boolean passed = run.outcome() == dev.alexandria.api.model.TestOutcome.PASSED;
            return new CriterionCheck(c.id(), c.description(), passed, folder + " " + run.describe(), passed
                    ? "keep them passing" : "fix the failing tests and run 'alexandria test'" + (suite.equals(
                    "integration") ? " with --integration" : "") + " again", testRunsFile, Optional.empty());
        }
        if (run != null) {
            return measured(c, !files.isEmpty(), (files.isEmpty() ? "no files under " + folder + "/" : folder + "/ has "
                    + Plurals.count(files.size(), "file")) + "; the last run was skipped ("
                    + run.reason() + ")", "add tests under " + folder + "/ and run them where terraform can run",
                    Optional.of(testsNote));
        }
        return measured(c, !files.isEmpty(), files.isEmpty() ? "no files under " + folder + "/"
                : folder + "/ has " + Plurals.count(files.size(), "file") + " ("
                + String.join(", ", files.subList(0, Math.min(3, files.size()))) + (files.size() > 3 ? ", …" : "")
                + ")", "add tests under " + folder + "/ (such as a .tftest.hcl file)", Optional.of(testsNote));
    }

    private CriterionCheck documentation(Criterion c) {
        Optional<Declared> d = first(e -> e.documentation().isPresent());
        if (d.isPresent() && !d.get().evidence().documentation().orElseThrow()) {
            return new CriterionCheck(c.id(), c.description(), false, "documentation: false is declared",
                    "complete the documentation, then " + change(d.get(), "documentation",
                            "set documentation: true"), d.get().source(),
                    Optional.empty());
        }
        boolean readme = facts.readme().isPresent() && !facts.readme().get().isBlank();
        int vars = facts.variables();
        int outs = facts.outputs();
        int vDone = vars - facts.undescribedVariables().size();
        int oDone = outs - facts.undescribedOutputs().size();
        boolean met = readme && facts.undescribedVariables().isEmpty() && facts.undescribedOutputs().isEmpty();
        String found = (readme ? "README.md exists" : "no README.md") + "; " + vDone + "/" + vars
                + " variables and " + oDone + "/" + outs + " outputs described"; // a share: "1/1 variables"
        StringBuilder fix = new StringBuilder();
        if (!readme) {
            fix.append("write a README.md");
        }
        if (!facts.undescribedVariables().isEmpty()) {
            fix.append(fix.length() == 0 ? "" : "; ").append("describe variables ")
                    .append(String.join(", ", facts.undescribedVariables()));
        }
        if (!facts.undescribedOutputs().isEmpty()) {
            fix.append(fix.length() == 0 ? "" : "; ").append("describe outputs ")
                    .append(String.join(", ", facts.undescribedOutputs()));
        }
        return measured(c, met, found, fix.toString(), Optional.empty());
    }

    /** "At most N": {@code noun} is the singular ("open critical bug"), {@code rest} follows it. */
    private CriterionCheck atMost(Criterion c, Function<Evidence, OptionalInt> item, String noun, String rest,
                                  String key) {
        int max = threshold(c, 0);
        Optional<Declared> d = first(e -> item.apply(e).isPresent());
        if (d.isEmpty()) {
            return undeclared(c, key, "<count> (at most " + max + ")");
        }
        int n = item.apply(d.get().evidence()).getAsInt();
        return new CriterionCheck(c.id(), c.description(), n <= max, Plurals.count(n, noun) + rest, "fix "
                + Plurals.count(n - max, "critical bug") + " (at most " + max + " allowed), then "
                + change(d.get(), key, "update " + key),
                d.get().source(), Optional.empty());
    }

    /**
     * "At most N critical bugs in the last {@code days} days": counted from the dates of the first source that
     * declares either the dates ({@code critical_bug_dates}) or the count ({@code critical_bugs_90d}), as of the
     * day judged, so the answer does not go stale; from the count when that source declares no dates.
     */
    private CriterionCheck recentCriticalBugs(Criterion c, int days) {
        Optional<Declared> d = first(e -> !e.criticalBugDates().isEmpty() || e.criticalBugs90d().isPresent());
        if (asOf == null || d.isEmpty() || d.get().evidence().criticalBugDates().isEmpty()) {
            return atMost(c, Evidence::criticalBugs90d, "critical bug", " in the last 90 days", "critical_bugs_90d");
        }
        int max = threshold(c, 0);
        Evidence e = d.get().evidence();
        int n = e.criticalBugsInLast(days, asOf);
        LocalDate from = asOf.minusDays(days - 1L);
        List<LocalDate> recent = e.criticalBugDates().stream().filter(x -> !x.isBefore(from) && !x.isAfter(asOf))
                .toList();
        String found = Plurals.count(n, "critical bug") + " reported in the last " + Plurals.count(days, "day")
                + " (" + from + " to " + asOf + (recent.isEmpty() ? "" : ": " + recent.stream().map(LocalDate::toString)
                .collect(java.util.stream.Collectors.joining(", "))) + ")";
        // the window drops the oldest dates first: once enough have left it, the criterion is met
        String toMeet = n <= max ? "keep at most " + max + " in any " + Plurals.count(days, "day")
                : "wait until " + recent.get(n - max - 1).plusDays(days) + ", when " + (n - max) + " of them "
                + (n - max == 1 ? "is" : "are") + " older than " + Plurals.count(days, "day") + " (at most " + max
                + " allowed), with no new critical bug";
        return new CriterionCheck(c.id(), c.description(), n <= max, found, toMeet, d.get().source(),
                Optional.empty());
    }

    /** "At least N": {@code noun} is the singular ("case study"), {@code rest} follows it. */
    private CriterionCheck atLeast(Criterion c, Function<Evidence, OptionalInt> item, String noun, String rest,
                                   String key) {
        int min = threshold(c, 1);
        Optional<Declared> d = first(e -> item.apply(e).isPresent());
        if (d.isEmpty()) {
            return undeclared(c, key, "<count> (at least " + min + ")");
        }
        int n = item.apply(d.get().evidence()).getAsInt();
        return new CriterionCheck(c.id(), c.description(), n >= min, Plurals.count(n, noun) + rest,
                Plurals.count(min, noun) + rest + " needed (" + (min - n) + " more), then "
                        + change(d.get(), key, "update " + key),
                d.get().source(), Optional.empty());
    }

    private CriterionCheck flag(Criterion c, Function<Evidence, Optional<Boolean>> item, String key) {
        Optional<Declared> d = first(e -> item.apply(e).isPresent());
        if (d.isEmpty()) {
            return undeclared(c, key, "true once it holds");
        }
        boolean v = item.apply(d.get().evidence()).orElseThrow();
        return new CriterionCheck(c.id(), c.description(), v, key + ": " + v + " is declared",
                "once it holds, " + change(d.get(), key, "set " + key + ": true"), d.get().source(), Optional.empty());
    }

    /**
     * How to change a declared item where its value came from: the {@code evidence:} block, or the evidence
     * source that declared it (saying whether a value in the block would count instead).
     */
    private String change(Declared from, String key, String edit) {
        if (from.source().equals(EvidenceSources.BLOCK_LABEL)) {
            return edit + " in the evidence: block of .alexandria.yaml";
        }
        int block = -1;
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).source().equals(EvidenceSources.BLOCK_LABEL)) {
                block = i;
            }
        }
        boolean blockFirst = block >= 0 && block < declared.indexOf(from);
        return "have the evidence source " + from.source() + ", where " + key + " comes from, report it" + (blockFirst
                ? " (or " + edit + " in the evidence: block of .alexandria.yaml, which comes first)"
                : " (it overrides the evidence: block of .alexandria.yaml)");
    }

    /**
     * A criterion no source declares: unknown, so not met, and credited to no source (a provider that says
     * nothing about it did not supply it). The advice names the sources that were asked.
     */
    private CriterionCheck undeclared(Criterion c, String key, String value) {
        List<String> providers = declared.stream().map(Declared::source)
                .filter(s -> !s.equals(EvidenceSources.BLOCK_LABEL)).toList();
        String asked = providers.isEmpty() ? "the evidence: block of .alexandria.yaml"
                : "the evidence: block of .alexandria.yaml or the evidence "
                + (providers.size() == 1 ? "source " : "sources ") + String.join(", ", providers);
        return new CriterionCheck(c.id(), c.description(), false, "unknown: no evidence source declares " + key
                + " (asked: " + asked + ")", "declare " + key + ": " + value + " in the evidence: "
                + "block of .alexandria.yaml" + (providers.isEmpty() ? "" : ", or have "
                + String.join(" or ", providers) + " report it"), CriterionCheck.NOT_EVIDENCED, Optional.empty());
    }

    private Optional<Declared> first(java.util.function.Predicate<Evidence> has) {
        return declared.stream().filter(d -> has.test(d.evidence())).findFirst();
    }

    private static CriterionCheck measured(Criterion c, boolean met, String found, String toMeet,
                                           Optional<String> note) {
        return new CriterionCheck(c.id(), c.description(), met, found, toMeet, CriterionCheck.MEASURED, note);
    }

    private static int threshold(Criterion c, int otherwise) {
        return c.threshold().map(BigDecimal::intValue).orElse(otherwise);
    }
}
