package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.model.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What git says about the modules of a migrated folder, read once for all of them: who changed each module
 * most often (one walk over the history, at most {@value #MAX_COMMITS} commits from HEAD), and the version tags
 * that name a module ({@code vpc/v1.2.0}, {@code vpc-v1.2.0}, {@code vpc@1.2.0}) or, for a module that is the
 * whole work tree, plain version tags ({@code v1.2.0}). Empty when the folder is not in a git work tree.
 */
final class GitFacts {

    private static final Logger LOG = LoggerFactory.getLogger(GitFacts.class);

    static final int MAX_COMMITS = 2000;

    private static final Pattern PLAIN = Pattern.compile("v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)");

    /** The most frequent author of a module's commits. */
    record Author(String name, int commits, int total) {
    }

    private final Map<String, Map<String, Integer>> authors;
    private final List<String> tags;
    private final String workTreeSource;

    private GitFacts(Map<String, Map<String, Integer>> authors, List<String> tags, String workTreeSource) {
        this.authors = authors;
        this.tags = tags;
        this.workTreeSource = workTreeSource;
    }

    static GitFacts none() {
        return new GitFacts(Map.of(), List.of(), null);
    }

    /**
     * @param folder  the migrated folder
     * @param sources the modules' folders relative to it
     */
    static GitFacts read(Path folder, List<String> sources) {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true);
        if (b.getGitDir() == null) {
            return none();
        }
        try (Repository repo = b.build()) {
            if (repo.isBare()) {
                return none();
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Path real = folder.toRealPath();
            if (!real.startsWith(workTree)) {
                return none();
            }
            String prefix = workTree.relativize(real).toString().replace('\\', '/');
            String workTreeSource = prefix.isEmpty() ? "." : null;
            Map<String, Map<String, Integer>> authors = authors(repo, prefix, sources);
            List<String> tags = new ArrayList<>();
            for (Ref r : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                tags.add(r.getName().substring(Constants.R_TAGS.length()));
            }
            return new GitFacts(authors, tags, workTreeSource);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read git history of {}: {}", folder, e.toString());
            return none();
        }
    }

    private static Map<String, Map<String, Integer>> authors(Repository repo, String prefix, List<String> sources)
            throws IOException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return out;
        }
        List<String> byLength = new ArrayList<>(sources);
        byLength.sort((a, c) -> c.length() - a.length());
        try (RevWalk walk = new RevWalk(repo); DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            if (!prefix.isEmpty()) {
                diff.setPathFilter(PathFilter.create(prefix));
            }
            walk.markStart(walk.parseCommit(head));
            int n = 0;
            for (RevCommit c : walk) {
                if (n++ >= MAX_COMMITS) {
                    break;
                }
                List<String> paths = new ArrayList<>();
                if (c.getParentCount() == 0) {
                    try (TreeWalk tw = new TreeWalk(repo)) {
                        tw.addTree(c.getTree());
                        tw.setRecursive(true);
                        if (!prefix.isEmpty()) {
                            tw.setFilter(PathFilter.create(prefix));
                        }
                        while (tw.next()) {
                            paths.add(tw.getPathString());
                        }
                    }
                } else {
                    RevCommit parent = walk.parseCommit(c.getParent(0));
                    for (DiffEntry d : diff.scan(parent.getTree(), c.getTree())) {
                        paths.add(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath());
                    }
                }
                java.util.Set<String> touched = new java.util.HashSet<>();
                for (String p : paths) {
                    String rel = prefix.isEmpty() ? p : p.startsWith(prefix + "/") ? p.substring(prefix.length() + 1)
                            : null;
                    if (rel == null) {
                        continue;
                    }
                    for (String s : byLength) {
                        if (s.equals(".") || rel.startsWith(s + "/")) {
                            touched.add(s);
                            break;
                        }
                    }
                }
                String who = c.getAuthorIdent().getName();
                for (String s : touched) {
                    out.computeIfAbsent(s, k -> new HashMap<>()).merge(who, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** The most frequent author of the module's commits; ties go to the name that sorts first. */
    Optional<Author> topAuthor(String source) {
        Map<String, Integer> counts = authors.get(source);
        if (counts == null || counts.isEmpty()) {
            return Optional.empty();
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .min((a, c) -> a.getValue().equals(c.getValue()) ? a.getKey().compareTo(c.getKey())
                        : c.getValue() - a.getValue())
                .map(e -> new Author(e.getKey(), e.getValue(), total));
    }

    /** The highest version tagged for the module, with the tag. */
    Optional<Map.Entry<Version, String>> latestTag(String source, List<String> names) {
        Version best = null;
        String bestTag = null;
        for (String tag : tags) {
            String version = null;
            for (String name : names) {
                for (String sep : List.of("/", "-", "@", "_")) {
                    if (tag.startsWith(name + sep)) {
                        Matcher m = PLAIN.matcher(tag.substring(name.length() + sep.length()));
                        if (m.matches()) {
                            version = m.group(1);
                        }
                    }
                }
            }
            if (version == null && source.equals(workTreeSource)) {
                Matcher m = PLAIN.matcher(tag);
                if (m.matches()) {
                    version = m.group(1);
                }
            }
            Optional<Version> v = version == null ? Optional.empty() : Version.tryParse(version);
            if (v.isPresent() && (best == null || v.get().compareTo(best) > 0)) {
                best = v.get();
                bestTag = tag;
            }
        }
        return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestTag));
    }
}
