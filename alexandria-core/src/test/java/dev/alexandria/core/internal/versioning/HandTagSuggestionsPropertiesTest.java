package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.model.ReleaseBump;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every version a refusal of {@code version} suggests, with every option it names, is accepted when fed back,
 * whatever versions were tagged by hand ({@code git tag vpc-standard/v3.0.0}) without being registered; and
 * {@code --bump auto}, which {@code diff --check} and {@code validate} recommend, never plans a tagged version.
 */
class HandTagSuggestionsPropertiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    /** Versions above the last release (2.0.0) a hand tag may hold. */
    private static final List<String> HAND_TAGS = List.of("2.0.1", "2.0.2", "2.1.0", "2.1.1", "2.2.0", "3.0.0",
            "3.0.1", "3.0.2", "3.1.0", "4.0.0", "2.1.0-rc.1", "3.0.0-beta.1");
    /**
     * The working trees: no interface change (patch: 2.0.0's files and a comment, since 2.0.0's files unchanged are
     * nothing to release), an optional variable (minor), 1.0.0's (major).
     */
    private static final List<String> TREES = List.of("2.0.0", "work", "1.0.0");

    private static final Pattern RELEASE = Pattern.compile("release (\\S+) \\(([^)]*)\\)");
    private static final Pattern AUTO_FIX = Pattern.compile("--bump auto --changelog \"<what changed>\"' or set the version to (\\S+)");

    @TempDir
    Path tmp;

    private static ReleaseRequest request(String option) {
        if (option.startsWith("--to ")) {
            return ReleaseRequest.to(Version.parse(option.substring("--to ".length())), "x");
        }
        return ReleaseRequest.bump(ReleaseBump.valueOf(option.substring("--bump ".length()).toUpperCase(
                Locale.ROOT)), "x");
    }

    private static ReleaseStep plan(ModuleVersions versions, ReleaseRequest r) {
        return (ReleaseStep) versions.release(r.date(DAY));
    }

    private static void appendComment(Path file) {
        try {
            Files.writeString(file, Files.readString(file) + "\n# a patch\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pre-release a refused {@code --bump prerelease} names. */
    private static final Pattern PRE_RELEASE = Pattern.compile(
            "name one with --to, such as (\\S+)");

    @Test
    void everySuggestedVersionAndOptionIsAcceptedWhenFedBack() {
        Gen<List<Integer>> tagSets = lists().of(integers().between(0, HAND_TAGS.size() - 1)).ofSizeBetween(0, 6);
        Gen<String> asked = Generate.pick(List.of("--bump auto", "--bump patch", "--bump minor", "--bump major",
                "--bump prerelease", "--to 2.0.1", "--to 2.1.0", "--to 3.0.0", "--to 3.0.0-beta.1"));
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            String[] tree = {"as tagged"}; // 2.0.0's files: nothing to release until a tree is written
            Set<String> tagged = new LinkedHashSet<>();
            qt().withExamples(25).forAll(integers().between(0, TREES.size() - 1), tagSets, asked)
                    .checkAssert((t, tags, option) -> {
                        if (!TREES.get(t).equals(tree[0])) {
                            f.moduleFiles(TREES.get(t));
                            if (t == 0) {
                                appendComment(f.moduleDir().resolve("main.tf"));
                            }
                            f.commit("tree " + TREES.get(t));
                            tree[0] = TREES.get(t);
                        }
                        tagged.forEach(f::untag);
                        tagged.clear();
                        tags.forEach(i -> tagged.add(HAND_TAGS.get(i)));
                        tagged.forEach(f::tag);
                        String what = "tree " + tree[0] + ", hand tags " + tagged + ", " + option;
                        ModuleVersions versions = Alexandria.open(f.root).versions("vpc-standard");

                        // --bump auto plans a free version, the one the check's fix names
                        Version auto = plan(versions, ReleaseRequest.bump(ReleaseBump.AUTO, "x")).next();
                        assertFalse(tagged.contains(auto.toString()), what + ": --bump auto planned " + auto);
                        Matcher checkFix = AUTO_FIX.matcher(versions.check(false).message());
                        if (checkFix.find()) {
                            assertEquals(checkFix.group(1), auto.toString(), what);
                        }

                        List<String> fixes = new ArrayList<>();
                        try {
                            Version next = plan(versions, request(option)).next();
                            assertFalse(tagged.contains(next.toString()), what + " planned " + next);
                            return;
                        } catch (ReleaseRefusedException e) {
                            Matcher m = RELEASE.matcher(e.getMessage());
                            while (m.find()) {
                                for (String o : m.group(2).split(" or ")) {
                                    fixes.add(m.group(1) + " " + o);
                                    Version v = plan(versions, request(o)).next();
                                    assertEquals(m.group(1), v.toString(), what + ": " + e.getMessage() + "; " + o);
                                }
                            }
                            Matcher pre = PRE_RELEASE.matcher(e.getMessage());
                            if (pre.find()) { // --bump prerelease from a release: a pre-release of a free version
                                fixes.add(pre.group(1));
                                assertEquals(pre.group(1), plan(versions, request("--to " + pre.group(1))).next()
                                        .toString(), what + ": " + e.getMessage());
                            }
                            assertTrue(!fixes.isEmpty(), what + ": the refusal names no version: " + e.getMessage());
                        }
                    });
        }
    }
}
