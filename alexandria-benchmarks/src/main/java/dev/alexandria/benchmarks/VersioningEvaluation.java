package dev.alexandria.benchmarks;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.ChangeImpact;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleDetails;
import dev.alexandria.core.internal.versioning.InterfaceDiffer;
import dev.alexandria.core.internal.versioning.ModuleSnapshot;
import dev.alexandria.core.internal.versioning.SemVers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Measures the interface diff against real release histories: for every pair of consecutive releases of a
 * module repository, what the maintainers called it (the bump of the tag numbers, and whether their CHANGELOG
 * or commit messages say "breaking") against the bump the diff requires.
 *
 * <pre>
 * java -cp ... dev.alexandria.benchmarks.VersioningEvaluation MIRROR_DIR REPOS_FILE OUT_DIR
 * </pre>
 *
 * <p>{@code MIRROR_DIR} holds bare git repositories as {@code <owner>+<name>/repo}; {@code REPOS_FILE} lists
 * the repositories to read, one {@code owner/name} a line ({@code #} comments). A repository's modules are its
 * root and every {@code modules/<name>} folder with {@code .tf} files; a release's required bump is the largest
 * over them (a module folder that disappears is breaking, one that appears is an addition). Pre-release tags are
 * left out. Writes {@code cases.tsv} (one line per release pair) and {@code results.md} (the counts and every
 * disagreement) to {@code OUT_DIR}. Reads the repositories' objects only; nothing is checked out.
 */
public final class VersioningEvaluation {

    private static final Pattern BREAKING = Pattern.compile("breaking", Pattern.CASE_INSENSITIVE);

    private VersioningEvaluation() {
    }

    /** One release pair and its verdict. */
    record Case(String repo, Version from, Version to, Bump declared, boolean noted, Bump required,
            Bump strictRequired, List<String> reasons, String verdict) {
    }

    /**
     * @param args the mirror folder, the repository list, the output folder
     * @throws IOException if a repository cannot be read or the output written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: VersioningEvaluation MIRROR_DIR REPOS_FILE OUT_DIR");
        }
        Path mirrors = Path.of(args[0]);
        List<String> repos = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<Case> cases = new ArrayList<>();
        long started = System.nanoTime();
        for (String repo : repos) {
            Path dir = mirrors.resolve(repo.replace('/', '+'));
            Path gitDir = Files.isDirectory(dir.resolve("repo")) ? dir.resolve("repo") : dir;
            if (!Files.isDirectory(gitDir)) {
                throw new IOException("no mirror of " + repo + " at " + dir);
            }
            cases.addAll(evaluate(repo, gitDir));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        write(out.resolve("cases.tsv"), tsv(cases));
        write(out.resolve("results.md"), results(cases, repos.size(), ms));
    }

    // ------------------------------------------------------------------ one repository

    static List<Case> evaluate(String repo, Path gitDir) throws IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().setMustExist(true)
                .build(); RevWalk walk = new RevWalk(r); ObjectReader reader = r.newObjectReader()) {
            TreeMap<Version, ObjectId> releases = new TreeMap<>();
            for (Ref ref : r.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                Optional<Version> v = SemVers.fromTag(ref.getName().substring(Constants.R_TAGS.length()));
                if (v.isEmpty() || v.get().isPreRelease()) {
                    continue;
                }
                try {
                    RevCommit c = walk.parseCommit(ref.getObjectId());
                    releases.putIfAbsent(v.get().withoutBuild(), c.copy());
                } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
                    // a tag of a tree or blob: not a release
                }
            }
            List<Case> out = new ArrayList<>();
            Map.Entry<Version, ObjectId> previous = null;
            Map<String, ModuleSnapshot> previousModules = null;
            for (Map.Entry<Version, ObjectId> e : releases.entrySet()) {
                Map<String, ModuleSnapshot> modules = modules(r, walk, reader, e.getValue(), e.getKey().toString());
                if (previous != null) {
                    boolean noted = noted(r, walk, reader, previous.getValue(), e.getValue(), e.getKey());
                    out.add(compare(repo, previous.getKey(), e.getKey(), previousModules, modules, noted));
                }
                previous = e;
                previousModules = modules;
            }
            return out;
        }
    }

    /** The root module and every {@code modules/<name>} module at a commit, by folder. */
    private static Map<String, ModuleSnapshot> modules(Repository r, RevWalk walk, ObjectReader reader,
                                                       ObjectId commit, String label) throws IOException {
        RevCommit c = walk.parseCommit(commit);
        Map<String, ModuleSnapshot> out = new TreeMap<>();
        Map<String, String> root = files(reader, c.getTree());
        if (!root.isEmpty()) {
            out.put(".", ModuleSnapshot.of(label, ".", root, InspectOptions.defaults()));
        }
        try (TreeWalk tw = TreeWalk.forPath(reader, "modules", c.getTree())) {
            if (tw != null && tw.getFileMode(0) == FileMode.TREE) {
                try (TreeWalk sub = new TreeWalk(reader)) {
                    sub.addTree(tw.getObjectId(0));
                    while (sub.next()) {
                        if (sub.getFileMode(0) == FileMode.TREE) {
                            Map<String, String> files = files(reader, sub.getObjectId(0));
                            if (!files.isEmpty()) {
                                String path = "modules/" + sub.getNameString();
                                out.put(path, ModuleSnapshot.of(label, path, files, InspectOptions.defaults()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> files(ObjectReader reader, ObjectId tree) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(tree);
            while (tw.next()) {
                if (tw.getFileMode(0) != FileMode.TREE && ModuleDetails.isConfigFile(tw.getNameString())) {
                    byte[] bytes = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(16 << 20);
                    files.put(tw.getNameString(), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /**
     * Whether the maintainers called the release breaking: the CHANGELOG.md at the new tag has a
     * "BREAKING" line in this version's section, or a commit between the tags says "breaking".
     */
    private static boolean noted(Repository r, RevWalk walk, ObjectReader reader, ObjectId from, ObjectId to,
                                 Version version) throws IOException {
        RevCommit toCommit = walk.parseCommit(to);
        try (TreeWalk tw = TreeWalk.forPath(reader, "CHANGELOG.md", toCommit.getTree())) {
            if (tw != null) {
                String text = new String(reader.open(tw.getObjectId(0)).getCachedBytes(16 << 20), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("(?m)^##? \\[?v?" + Pattern.quote(version.toString()) + "\\b.*$")
                        .matcher(text);
                if (m.find()) {
                    int end = text.indexOf("\n## ", m.end());
                    String section = text.substring(m.end(), end < 0 ? text.length() : end);
                    return BREAKING.matcher(section).find();
                }
            }
        }
        try (RevWalk log = new RevWalk(r)) {
            log.markStart(log.parseCommit(to));
            log.markUninteresting(log.parseCommit(from));
            for (RevCommit c : log) {
                if (BREAKING.matcher(c.getFullMessage()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the verdict

    static Case compare(String repo, Version from, Version to, Map<String, ModuleSnapshot> a,
                        Map<String, ModuleSnapshot> b, boolean noted) {
        Bump required = Bump.PATCH;
        Bump strict = Bump.PATCH;
        List<String> reasons = new ArrayList<>();
        List<String> majorReasons = new ArrayList<>();
        boolean removedInterface = false;
        Set<String> folders = new TreeSet<>(a.keySet());
        folders.addAll(b.keySet());
        for (String folder : folders) {
            ModuleSnapshot x = a.get(folder);
            ModuleSnapshot y = b.get(folder);
            if (x == null) {
                required = required.max(Bump.MINOR);
                strict = strict.max(Bump.MINOR);
                reasons.add("MINOR module-added " + folder);
                continue;
            }
            if (y == null) {
                required = Bump.MAJOR;
                strict = Bump.MAJOR;
                reasons.add("MAJOR module-removed " + folder);
                majorReasons.add("module-removed");
                removedInterface = true;
                continue;
            }
            InterfaceDiff d = InterfaceDiffer.diff(x, y, false);
            required = required.max(d.requiredBump());
            strict = strict.max(InterfaceDiffer.diff(x, y, true).requiredBump());
            for (InterfaceChange c : d.changes()) {
                if (c.impact() == ChangeImpact.PATCH) {
                    continue;
                }
                String where = folder.equals(".") ? "" : folder + ":";
                reasons.add(c.impact().name() + " " + c.rule() + " " + where + c.subject());
                if (c.impact() == ChangeImpact.MAJOR) {
                    majorReasons.add(c.rule());
                    removedInterface |= c.rule().equals("variable-removed") || c.rule().equals("output-removed");
                }
            }
        }
        Bump declared = Bump.between(from, to);
        boolean zero = from.major() == 0 && to.major() == 0;
        List<String> shown = reasons.size() <= 12 ? reasons : new ArrayList<>(reasons.subList(0, 12));
        if (reasons.size() > 12) {
            shown.add("and " + (reasons.size() - 12) + " more");
        }
        return new Case(repo, from, to, declared, noted, required, strict, shown,
                verdict(declared, zero, noted, required, majorReasons, removedInterface));
    }

    /** The rules whose MAJOR verdict rests on the child module creating something, which the diff cannot see. */
    private static final Set<String> UNSEEN = Set.of("module-call-removed", "module-removed");

    /**
     * The verdict of one release pair; see README.md for the meaning of each.
     */
    static String verdict(Bump declared, boolean zero, boolean noted, Bump required, List<String> majorReasons,
                          boolean removedInterface) {
        if (required == declared || zero && declared == Bump.MINOR && required == Bump.MAJOR) {
            return "agree";
        }
        if (required.compareTo(declared) < 0) {
            if (declared != Bump.MAJOR) {
                return "over-bump";
            }
            return noted ? "missed-breaking" : "major-without-interface-change";
        }
        if (required == Bump.MAJOR) {
            if (removedInterface) {
                return "true-positive-removal";
            }
            return UNSEEN.containsAll(majorReasons) ? "possible-false-alarm" : "true-positive-breaking";
        }
        return "addition-as-patch";
    }

    // ------------------------------------------------------------------ output

    private static String tsv(List<Case> cases) {
        StringBuilder sb = new StringBuilder("# Release pairs of real module repositories: what the maintainers called"
                + " each release against the bump alexandria's interface diff requires.\n"
                + "# Written by VersioningEvaluation (see README.md); do not edit.\n"
                + "repo\tfrom\tto\tdeclared\tbreaking_noted\trequired\trequired_strict\tverdict\treasons\n");
        for (Case c : cases) {
            sb.append(c.repo()).append('\t').append(c.from()).append('\t').append(c.to()).append('\t')
                    .append(c.declared().id()).append('\t').append(c.noted() ? "yes" : "no").append('\t')
                    .append(c.required().id()).append('\t').append(c.strictRequired().id()).append('\t')
                    .append(c.verdict()).append('\t').append(String.join("; ", c.reasons())).append('\n');
        }
        return sb.toString();
    }

    /** The verdicts, in the order results.md shows them, and whether each counts as agreement. */
    private static final Map<String, Boolean> VERDICTS = verdicts();

    private static Map<String, Boolean> verdicts() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        m.put("agree", true);
        m.put("over-bump", true);
        m.put("major-without-interface-change", true);
        m.put("true-positive-removal", true);
        m.put("true-positive-breaking", true);
        m.put("addition-as-patch", true);
        m.put("possible-false-alarm", false);
        m.put("missed-breaking", false);
        return m;
    }

    private static String results(List<Case> cases, int repos, long ms) {
        Map<String, Integer> byVerdict = new LinkedHashMap<>();
        VERDICTS.keySet().forEach(v -> byVerdict.put(v, 0));
        cases.forEach(c -> byVerdict.merge(c.verdict(), 1, Integer::sum));
        int n = cases.size();
        int exact = byVerdict.get("agree");
        int implied = cases.stream().mapToInt(c -> VERDICTS.get(c.verdict()) ? 1 : 0).sum();
        long zero = cases.stream().filter(c -> c.from().major() == 0 && c.to().major() == 0).count();
        StringBuilder sb = new StringBuilder("# Interface diff against real releases\n\n");
        sb.append("Written by `VersioningEvaluation`; do not edit (see README.md for the verdicts).\n\n");
        sb.append(String.format(Locale.ROOT, "%d release pairs (%d of them on 0.x) of %d repositories, evaluated "
                + "in %.1f s.%n%n", n, zero, repos, ms / 1000.0));
        sb.append("| verdict | pairs | share | agrees with what the interface change implies |\n|---|---|---|---|\n");
        byVerdict.forEach((v, count) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %s |%n", v, count,
                n == 0 ? 0.0 : 100.0 * count / n, VERDICTS.get(v) ? "yes" : "no")));
        sb.append(String.format(Locale.ROOT, "%nSame bump as the maintainers: %d of %d, %.1f%%.%n", exact, n,
                n == 0 ? 0.0 : 100.0 * exact / n));
        sb.append(String.format(Locale.ROOT, "Agrees with what the interface change implies: %d of %d, %.1f%%.%n",
                implied, n, n == 0 ? 0.0 : 100.0 * implied / n));
        long noted = cases.stream().filter(Case::noted).count();
        sb.append(String.format(Locale.ROOT, "Releases the maintainers noted as breaking: %d; major ones the diff "
                + "reports lower than major: %d (lenient), %d (--strict).%n", noted,
                cases.stream().filter(c -> c.noted() && c.declared() == Bump.MAJOR && c.required() != Bump.MAJOR).count(),
                cases.stream().filter(c -> c.noted() && c.declared() == Bump.MAJOR && c.strictRequired() != Bump.MAJOR)
                        .count()));
        sb.append("\n## Every disagreement with the maintainers' bump\n\n"
                + "| repo | from → to | declared | required | verdict | reasons (MAJOR, RISKY and MINOR changes) |\n"
                + "|---|---|---|---|---|---|\n");
        for (Case c : cases) {
            if (c.verdict().equals("agree")) {
                continue;
            }
            sb.append("| ").append(c.repo()).append(" | ").append(c.from()).append(" → ").append(c.to()).append(" | ")
                    .append(c.declared().id()).append(c.noted() ? " (noted breaking)" : "").append(" | ")
                    .append(c.required().id()).append(" | ").append(c.verdict()).append(" | ")
                    .append(c.reasons().isEmpty() ? "no interface change"
                            : String.join("; ", c.reasons()).replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
