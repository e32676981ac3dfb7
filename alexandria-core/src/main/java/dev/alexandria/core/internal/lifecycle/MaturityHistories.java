package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.core.internal.versioning.GitDiscovery;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's maturity history: from {@code maturity_history} of its {@code .alexandria.yaml}, else of its
 * registry entry, else recovered from git, else (outside git) the current level since the release of the first
 * version of the latest run of registered versions at that level (each commit of {@code .alexandria.yaml} whose {@code maturity} — read
 * with the YAML parser from the file as that commit has it — differs from the one before is a change, dated by the
 * commit; commits are taken parents first, whatever their dates say, and a change dated before the one it
 * follows gets that one's day). Git dates say when this repository saw the change, which is later than the change
 * itself when the module was imported or copied in; so the day the current level was entered is the earliest
 * reliable one of the commit's date and the release date of the first registered version of the current run at
 * that level (a version released at that level proves the module was there that day).
 */
final class MaturityHistories {

    private static final Logger LOG = LoggerFactory.getLogger(MaturityHistories.class);

    static final String FROM_METADATA = ".alexandria.yaml";
    static final String FROM_REGISTRY = "module-registry.yaml";
    static final String FROM_GIT = "git";
    static final String FROM_GIT_AND_RELEASES = "git and the release dates of module-registry.yaml";
    static final String FROM_RELEASES = "the release dates of module-registry.yaml";
    static final String NONE = "none";

    /** A history and where it came from. */
    record Resolved(List<MaturityChange> history, String source) {

        /** The day the module entered its current level: the last entry's date, if it names that level. */
        Optional<LocalDate> since(MaturityLevel current) {
            if (history.isEmpty() || history.get(history.size() - 1).level() != current) {
                return Optional.empty();
            }
            return Optional.of(history.get(history.size() - 1).date());
        }

        OptionalLong days(MaturityLevel current, LocalDate asOf) {
            return since(current).map(d -> OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(d, asOf))))
                    .orElse(OptionalLong.empty());
        }
    }

    private MaturityHistories() {
    }

    static Resolved resolve(Path libraryRoot, LibraryModule module) {
        if (!module.metadata().maturityHistory().isEmpty()) {
            return new Resolved(module.metadata().maturityHistory(), FROM_METADATA);
        }
        if (module.registryEntry().isPresent() && !module.registryEntry().get().maturityHistory().isEmpty()) {
            return new Resolved(module.registryEntry().get().maturityHistory(), FROM_REGISTRY);
        }
        List<RegisteredVersion> versions = module.registryEntry().map(e -> e.versions()).orElse(List.of());
        List<MaturityChange> fromGit = fromGit(module.directory().resolve(".alexandria.yaml"));
        if (!fromGit.isEmpty()) {
            return earliest(new Resolved(fromGit, FROM_GIT), module.metadata().maturity(), versions);
        }
        // outside git (a copy, an export): the releases still prove since when the module is at its level
        MaturityLevel current = module.metadata().maturity();
        return releasedAtLevelSince(current, versions)
                .map(d -> new Resolved(List.of(new MaturityChange(current, d)), FROM_RELEASES))
                .orElseGet(() -> new Resolved(List.of(), NONE));
    }

    /**
     * A history recovered from git, with the day its current level was entered moved back to the release date of
     * the first version of the current run of releases at that level, when that is earlier (never before the
     * change before it, so the history stays in order).
     *
     * @param fromGit  the history recovered from git
     * @param current  the module's level now
     * @param versions the registered versions
     * @return the history, its source naming the release dates when they were used
     */
    static Resolved earliest(Resolved fromGit, MaturityLevel current, List<RegisteredVersion> versions) {
        Optional<LocalDate> gitSince = fromGit.since(current);
        Optional<LocalDate> released = releasedAtLevelSince(current, versions);
        if (gitSince.isEmpty() || released.isEmpty() || !released.get().isBefore(gitSince.get())) {
            return fromGit;
        }
        List<MaturityChange> history = new ArrayList<>(fromGit.history());
        int last = history.size() - 1;
        LocalDate floor = last > 0 ? history.get(last - 1).date() : released.get();
        LocalDate day = released.get().isBefore(floor) ? floor : released.get();
        if (!day.isBefore(gitSince.get())) {
            return fromGit;
        }
        history.set(last, new MaturityChange(current, day));
        return new Resolved(List.copyOf(history), FROM_GIT_AND_RELEASES);
    }

    /**
     * The release date of the first version of the latest run of registered versions released at a level, if the
     * latest release was at that level.
     */
    static Optional<LocalDate> releasedAtLevelSince(MaturityLevel level, List<RegisteredVersion> versions) {
        // By date, then version; not a Comparator.comparing chain, whose serializable lambdas JDK 17's start-up
        // archive cannot hold (info generated them at run time).
        List<RegisteredVersion> byDate = versions.stream().sorted((a, b) -> {
            int byReleased = a.released().compareTo(b.released());
            return byReleased != 0 ? byReleased : a.version().compareTo(b.version());
        }).toList();
        LocalDate since = null;
        for (int i = byDate.size() - 1; i >= 0 && byDate.get(i).maturity() == level; i--) {
            since = byDate.get(i).released();
        }
        return Optional.ofNullable(since);
    }

    /**
     * The changes of {@code maturity:} in the commits of a file, oldest first; empty outside git. JGit's classes
     * are loaded only inside a git work tree (see {@link FromGit}).
     */
    static List<MaturityChange> fromGit(Path file) {
        if (!GitDiscovery.mayBeInWorkTree(file.getParent())) {
            return List.of();
        }
        return FromGit.read(file);
    }

    /**
     * Reading the history from git, in a class of its own: linking a class whose code uses JGit's types loads
     * them, and the first class loaded from JGit's signed jar costs a check of the jar's signature (about a
     * tenth of a second of a command's start-up), which {@code info} and {@code status} outside git need not pay.
     */
    private static final class FromGit {

        private FromGit() {
        }

        static List<MaturityChange> read(Path file) {
            FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(file.getParent().toAbsolutePath()
                    .toFile());
            if (b.getGitDir() == null) {
                return List.of();
            }
            try (Repository repo = b.setMustExist(true).build()) {
                if (repo.isBare() || repo.resolve("HEAD") == null) {
                    return List.of();
                }
                Path work = repo.getWorkTree().toPath().toRealPath();
                String path = work.relativize(file.toAbsolutePath().getParent().toRealPath()
                        .resolve(file.getFileName())).toString().replace('\\', '/');
                List<MaturityChange> out = new ArrayList<>();
                MaturityLevel previous = null;
                for (RevCommit c : commitsOldestFirst(repo, path)) {
                    Optional<MaturityLevel> level = levelAt(repo, c, path);
                    if (level.isPresent() && level.get() != previous) {
                        LocalDate date = c.getCommitterIdent().getWhenAsInstant().atZone(ZoneOffset.UTC)
                                .toLocalDate();
                        // a commit dated before the change it follows (a skewed clock, a rebase) still comes after
                        // it: the day is then the earlier change's, the earliest the history can prove
                        if (!out.isEmpty() && date.isBefore(out.get(out.size() - 1).date())) {
                            date = out.get(out.size() - 1).date();
                        }
                        out.add(new MaturityChange(level.get(), date));
                        previous = level.get();
                    }
                }
                return out;
            } catch (IOException | IllegalArgumentException e) {
                LOG.debug("no maturity history from git for {}: {}", file, e.toString());
                return List.of();
            }
        }

        /**
         * The commits of HEAD's history that change a file, parents before children (topological order: commit
         * dates do not decide, since a clock can be skewed and a rebase keeps the old dates).
         */
        static List<RevCommit> commitsOldestFirst(Repository repo, String path) throws IOException {
            try (RevWalk walk = new RevWalk(repo)) {
                walk.sort(RevSort.TOPO);
                walk.sort(RevSort.REVERSE, true);
                walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(path),
                        TreeFilter.ANY_DIFF));
                walk.markStart(walk.parseCommit(repo.resolve("HEAD")));
                List<RevCommit> out = new ArrayList<>();
                walk.forEach(out::add);
                return out;
            }
        }

        private static Optional<MaturityLevel> levelAt(Repository repo, RevCommit commit, String path)
                throws IOException {
            try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                ObjectLoader loader = repo.open(tw.getObjectId(0));
                if (loader.getSize() > YamlLimits.Kind.ofLibraryFile(path).maxBytes()) {
                    return Optional.empty(); // a version too large to open says nothing about the level
                }
                return maturityOf(new String(loader.getBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The {@code maturity} of a version of {@code .alexandria.yaml}, read with the YAML parser (so quoting, a
     * comment, a flow mapping or the key's place in the file make no difference); empty when that version is not
     * a YAML mapping or names no known level.
     */
    static Optional<MaturityLevel> maturityOf(String text) {
        try {
            JsonNode root = YamlLimits.mapper().readTree(text);
            JsonNode maturity = root == null ? null : root.get("maturity");
            return maturity != null && maturity.isTextual() ? MaturityLevel.fromId(maturity.asText().strip())
                    : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty(); // a commit whose file did not parse says nothing about the level
        }
    }
}
