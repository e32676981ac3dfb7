package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.GitDiscovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcomes of the version-bump check ({@code alexandria-versioning}) kept in the library's cache, so that a
 * run of {@code validate} in which nothing the check reads has changed opens no git repository: one module entry
 * of kind {@value #KIND} per module ({@link LibraryCache}), holding the module's findings (possibly none) and the
 * reason the check was skipped (a registered version without a tag), if it was.
 *
 * <p>An entry is valid while every file it was made from is unchanged (size, modification and change time, else
 * content, with the racy-clean rule of every cache entry): the module's configuration files ({@code *.tf},
 * {@code *.tf.json}: the working tree's interface and the lines of its findings) and the two files git reads the
 * tag of the highest registered version from, its loose ref {@code .git/refs/tags/<module>/v<version>} and
 * {@code .git/packed-refs} (each present or missing as it was); and while its context is the same: the declared
 * version, the registered versions, the maturity, the names of the module's loose tags (below
 * {@code .git/refs/tags/<module>}; a finding's fix names a version that is neither registered nor tagged and that
 * the maturity allows), the risky-changes policy, the boilerplate files, the git folder and the module's path. The tag's commit, the module folder's tree in it and that tree's files are git objects, which
 * never change, so the ref names them all. Kept only for a repository of the plain layout
 * ({@link GitDiscovery#plainGitDir}) that JGit opened as that same folder; any other layout is read with JGit on
 * every run. An outcome whose finding points into {@code .alexandria.yaml} (a version lower than the registered
 * one, at its {@code version:} line) is not kept: that line is not stamped.
 *
 * <p>One instance serves one run of {@code validate}; thread-safe.
 */
final class VersionCheckEntries {

    private static final Logger LOG = LoggerFactory.getLogger(VersionCheckEntries.class);

    /** The kind of the module entries. */
    static final String KIND = "versioncheck";

    /**
     * Raised when the payload or the context changes, or what the check finds: 3 when a declared version tagged
     * already fails and the untagged reason's fix changed; 4 when a broken tag (of a tree, or moved off the
     * registered files) became an error instead of a skip, and fixes name {@code git -C <root>} and the commit; 5
     * when a removal's finding named its file alone and its line in the registered version in the message.
     */
    static final int FORMAT = 5;

    private static final String METADATA = "/.alexandria.yaml";

    private final LibraryCache cache;
    private final Path gitDir;

    private VersionCheckEntries(LibraryCache cache, Path gitDir) {
        this.cache = cache;
        this.gitDir = gitDir;
    }

    /**
     * The entries of a library, if its outcomes can be kept.
     *
     * @param cacheDirectory the library's cache folder; empty: nothing is kept
     * @param root           the library root
     * @return the entries; empty without a cache folder or when the repository's layout is not the plain one
     */
    static Optional<VersionCheckEntries> of(Optional<Path> cacheDirectory, Path root) {
        if (cacheDirectory.isEmpty()) {
            return Optional.empty();
        }
        Path abs = root.toAbsolutePath().normalize();
        return GitDiscovery.plainGitDir(abs).map(git -> new VersionCheckEntries(LibraryCache.in(cacheDirectory.get(),
                abs), git));
    }

    /** @return the git folder whose ref files the entries are stamped by */
    Path gitDir() {
        return gitDir;
    }

    /**
     * What an entry depends on besides its files.
     *
     * @param modulePath  the module's path below {@code _library}
     * @param declared    the version in {@code .alexandria.yaml}
     * @param registered  the highest registered version
     * @param risky       whether risky changes count as breaking
     * @param boilerplate the library's boilerplate files, which the inspector skips
     * @param refs        the tag's ref files ({@link GitDiscovery#tagRefFiles}), in order
     * @param maturity    the module's maturity (a finding's fix names a version it allows)
     * @param taken       every registered version of the module (a fix names none of them)
     * @param tagFolder   the folder of the module's loose tags, {@code .git/refs/tags/<module>} (a fix names no
     *                    tagged version; the packed ones are in {@code packed-refs}, one of {@code refs})
     * @return the context, naming which of the ref files exist and the module's loose tags; empty when the tag
     *         folder cannot be read (nothing is then kept or looked up)
     */
    Optional<String> context(String modulePath, String declared, String registered, boolean risky, List<String> boilerplate,
                   List<Path> refs, String maturity, List<String> taken, Path tagFolder) {
        StringBuilder ctx = new StringBuilder("versioncheck ").append(FORMAT).append(" git=").append(gitDir)
                .append(" module=").append(modulePath).append(" declared=").append(declared).append(" registered=")
                .append(registered).append(" risky=").append(risky).append(" boilerplate=")
                .append(String.join(",", boilerplate)).append(" maturity=").append(maturity).append(" taken=")
                .append(String.join(",", taken));
        for (Path ref : refs) {
            ctx.append(FileStat.of(ref).isPresent() ? " present " : " missing ").append(gitDir.relativize(ref));
        }
        return looseTags(tagFolder).map(tags -> ctx.append(" tags=").append(tags).toString());
    }

    /**
     * The names below a module's tag folder, sorted: a tag added, deleted or renamed there changes them (a tag
     * re-pointed keeps its name, and no fix names a tag's commit). Unreadable, or not a folder, is said as such, so
     * it matches no context of a folder read; empty when the folder cannot be read.
     */
    private static Optional<String> looseTags(Path tagFolder) {
        if (!Files.isDirectory(tagFolder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(Files.exists(tagFolder, LinkOption.NOFOLLOW_LINKS) ? "(not a folder)" : "(none)");
        }
        try (Stream<Path> walk = Files.walk(tagFolder)) {
            return Optional.of(walk.filter(p -> !p.equals(tagFolder)).map(p -> tagFolder.relativize(p).toString())
                    .sorted().collect(Collectors.joining(",")));
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("not keeping the version check: cannot read {}", tagFolder, e);
            return Optional.empty();
        }
    }

    /**
     * A kept outcome.
     *
     * @param modulePath the module's path below {@code _library} (the entry's key)
     * @param context    its context now ({@link #context})
     * @param folder     the module folder
     * @param refs       the tag's ref files, in the order of the context
     * @return the outcome, if a valid one is kept
     */
    Optional<DefaultModuleVersions.CheckOutcome> lookup(String modulePath, String context, Path folder,
                                                        List<Path> refs) {
        Optional<List<LibraryCache.NamedFile>> files = files(modulePath, folder, refs);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Optional<CacheInput> hit = cache.lookupModule(modulePath, KIND, context, files.get());
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        try {
            CacheInput in = hit.get();
            List<Finding> findings = ModelCodec.readFindings(in);
            Optional<String> untagged = in.readBoolean() ? Optional.of(in.readString()) : Optional.empty();
            return Optional.of(new DefaultModuleVersions.CheckOutcome(findings, untagged));
        } catch (RuntimeException e) {
            LOG.debug("ignoring the version-check entry of module {}", modulePath, e);
            return Optional.empty();
        }
    }

    /**
     * Stamps the module's files and the tag's ref files before the check reads them.
     *
     * @param modulePath the module's path below {@code _library}
     * @param folder     the module folder
     * @param refs       the tag's ref files, in the order of the context
     * @return the stamps; empty when nothing is to be kept (a file that is not a plain file, or cannot be read)
     */
    Optional<List<FileStamp>> before(String modulePath, Path folder, List<Path> refs) {
        try {
            // a symbolic ref ("ref: refs/tags/…") names another file, which is not stamped
            if (FileStat.of(refs.get(0)).isPresent() && new String(Files.readAllBytes(refs.get(0)),
                    StandardCharsets.US_ASCII).startsWith("ref:")) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return files(modulePath, folder, refs).flatMap(CostEntries::stamp);
    }

    /**
     * Keeps an outcome, unless it points into the module's metadata file.
     *
     * @param modulePath the module's path below {@code _library}
     * @param context    the context taken before the check ({@link #context})
     * @param stamps     the stamps taken before the check ({@link #before})
     * @param outcome    the check's outcome
     */
    void store(String modulePath, String context, List<FileStamp> stamps, DefaultModuleVersions.CheckOutcome outcome) {
        for (Finding f : outcome.findings()) {
            if (f.location().file().endsWith(METADATA)) {
                return;
            }
        }
        CacheOutput out = CacheOutput.create();
        ModelCodec.writeFindings(out, outcome.findings());
        out.writeBoolean(outcome.untagged().isPresent());
        outcome.untagged().ifPresent(out::writeString);
        cache.storeModule(modulePath, KIND, context, stamps, out);
    }

    /** The module's configuration files, then those of the ref files that exist. */
    private static Optional<List<LibraryCache.NamedFile>> files(String modulePath, Path folder, List<Path> refs) {
        Optional<List<LibraryCache.NamedFile>> own = CostEntries.namedConfigFiles(folder, modulePath);
        if (own.isEmpty()) {
            return own;
        }
        List<LibraryCache.NamedFile> files = new ArrayList<>(own.get());
        for (Path ref : refs) {
            Optional<FileStat> stat = FileStat.of(ref);
            if (stat.isPresent()) {
                files.add(new LibraryCache.NamedFile("git:" + ref.getFileName(), ref, stat));
            } else if (Files.exists(ref, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty(); // a link or a folder: what git reads through it is not stamped
            }
        }
        return Optional.of(files);
    }
}
