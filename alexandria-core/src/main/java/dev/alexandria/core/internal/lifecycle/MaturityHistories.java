package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.core.internal.versioning.GitDiscovery;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's maturity history: from {@code maturity_history} of its {@code .alexandria.yaml}, else of its
 * registry entry, else recovered from git (each commit of {@code .alexandria.yaml} whose {@code maturity:}
 * differs from the one before is a change, dated by the commit).
 */
final class MaturityHistories {

    private static final Logger LOG = LoggerFactory.getLogger(MaturityHistories.class);
    private static final Pattern MATURITY = Pattern.compile("(?m)^maturity:\\s*[\"']?([a-z]+)[\"']?\\s*(#.*)?$");

    static final String FROM_METADATA = ".alexandria.yaml";
    static final String FROM_REGISTRY = "module-registry.yaml";
    static final String FROM_GIT = "git";
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
        List<MaturityChange> fromGit = fromGit(module.directory().resolve(".alexandria.yaml"));
        if (!fromGit.isEmpty()) {
            return new Resolved(fromGit, FROM_GIT);
        }
        return new Resolved(List.of(), NONE);
    }

    /** The changes of {@code maturity:} in the commits of a file, oldest first; empty outside git. */
    static List<MaturityChange> fromGit(Path file) {
        if (!GitDiscovery.mayBeInWorkTree(file.getParent())) {
            return List.of();
        }
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(file.getParent().toAbsolutePath()
                .toFile());
        if (b.getGitDir() == null) {
            return List.of();
        }
        try (Repository repo = b.setMustExist(true).build(); Git git = new Git(repo)) {
            if (repo.isBare() || repo.resolve("HEAD") == null) {
                return List.of();
            }
            Path work = repo.getWorkTree().toPath().toRealPath();
            String path = work.relativize(file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName()))
                    .toString().replace('\\', '/');
            List<RevCommit> commits = new ArrayList<>();
            git.log().addPath(path).call().forEach(commits::add);
            List<MaturityChange> out = new ArrayList<>();
            MaturityLevel previous = null;
            for (int i = commits.size() - 1; i >= 0; i--) {
                RevCommit c = commits.get(i);
                Optional<MaturityLevel> level = levelAt(repo, c, path);
                if (level.isPresent() && level.get() != previous) {
                    LocalDate date = c.getCommitterIdent().getWhenAsInstant().atZone(ZoneOffset.UTC).toLocalDate();
                    if (out.isEmpty() || !date.isBefore(out.get(out.size() - 1).date())) {
                        out.add(new MaturityChange(level.get(), date));
                    }
                    previous = level.get();
                }
            }
            return out;
        } catch (IOException | GitAPIException | IllegalArgumentException e) {
            LOG.debug("no maturity history from git for {}: {}", file, e.toString());
            return List.of();
        }
    }

    private static Optional<MaturityLevel> levelAt(Repository repo, RevCommit commit, String path)
            throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
            if (tw == null) {
                return Optional.empty();
            }
            ObjectLoader loader = repo.open(tw.getObjectId(0));
            Matcher m = MATURITY.matcher(new String(loader.getBytes(), StandardCharsets.UTF_8));
            return m.find() ? MaturityLevel.fromId(m.group(1)) : Optional.empty();
        }
    }
}
