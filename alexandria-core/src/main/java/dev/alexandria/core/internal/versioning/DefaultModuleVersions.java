package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.VersionNotFoundException;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionCheck;
import dev.alexandria.api.model.VersionInfo;
import dev.alexandria.core.internal.inspect.InspectOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions of one module of an opened library. Reads the registry from the library snapshot and git
 * (tags, trees at revisions) when asked; never writes.
 *
 * <p>Thread-safe: it holds only immutable values and opens the git repository per call.
 */
public final class DefaultModuleVersions implements ModuleVersions {

    /**
     * The commands that make a library folder a git repository with a commit, as the README's copy of the sample
     * library does; every refusal for want of a repository (release, register, publish) gives the same recipe.
     */
    public static final String MAKE_REPOSITORY = "git init -q && git add -A && git commit -qm \"Library\", as the "
            + "README's copy of the sample does";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultModuleVersions.class);

    private final Path root;
    /** The inspector's options for every version read: the library's boilerplate files. */
    private final InspectOptions options;
    private final LibraryModule module;
    private final boolean riskyIsBreaking;
    private final CatalogWriter catalog;
    private final Optional<InterfaceCache> cache;
    private final Optional<Path> cacheDirectory;
    private final boolean readOnlyGit;
    /** What {@link #release(ReleaseRequest)} ({@code version}) must pass first: register's validation gate. */
    private final ReleaseGate gate;

    /**
     * @param library         the library snapshot
     * @param module          the module
     * @param riskyIsBreaking the library's policy for risky changes
     * @param catalog         the library's catalog, which a release writes
     */
    public DefaultModuleVersions(Library library, LibraryModule module, boolean riskyIsBreaking,
                                 CatalogWriter catalog) {
        this(Objects.requireNonNull(library, "library").root(), library.catalog(), module, riskyIsBreaking, catalog);
    }

    /**
     * @param root            the library's root folder
     * @param catalogModel    the library's catalog as read
     * @param module          the module
     * @param riskyIsBreaking the library's policy for risky changes
     * @param catalog         the library's catalog, which a release writes
     */
    public DefaultModuleVersions(Path root, Catalog catalogModel, LibraryModule module, boolean riskyIsBreaking,
                                 CatalogWriter catalog) {
        this(root, catalogModel, module, riskyIsBreaking, catalog, Optional.empty());
    }

    /**
     * @param root            the library's root folder
     * @param catalogModel    the library's catalog as read
     * @param module          the module
     * @param riskyIsBreaking the library's policy for risky changes
     * @param catalog         the library's catalog, which a release writes
     * @param cacheDirectory  the library's cache folder, where the versions read are kept ({@link InterfaceCache});
     *                        empty to read every version afresh
     */
    public DefaultModuleVersions(Path root, Catalog catalogModel, LibraryModule module, boolean riskyIsBreaking,
                                 CatalogWriter catalog, Optional<Path> cacheDirectory) {
        this(root, Objects.requireNonNull(catalogModel, "catalogModel").settings(), module, riskyIsBreaking, catalog,
                cacheDirectory, false);
    }

    /**
     * The versions of a module as a library makes them: only the library's settings are needed of its catalog
     * (the boilerplate files the inspector skips), so the registry and the other catalog files are not read for
     * them; the module's own registry entry comes with the module.
     *
     * @param root            the library's root folder
     * @param settings        the library's settings ({@code _catalog/settings.yaml})
     * @param module          the module
     * @param riskyIsBreaking the policy for risky changes (the library's, or stricter)
     * @param catalog         the library's catalog, which a release writes
     * @param cacheDirectory  the library's cache folder, where the versions read are kept ({@link InterfaceCache});
     *                        empty to read every version afresh
     * @param readOnlyGit     whether this process only reads git and ends soon: if git is first opened through
     *                        these versions, JGit is set up for such a process ({@link JGitProcess}: no shutdown
     *                        hook, no measuring of the file system); a release still opens git as a writer does
     */
    public DefaultModuleVersions(Path root, dev.alexandria.api.model.CatalogSettings settings, LibraryModule module,
                                 boolean riskyIsBreaking, CatalogWriter catalog, Optional<Path> cacheDirectory,
                                 boolean readOnlyGit) {
        this.root = Objects.requireNonNull(root, "root");
        this.options = new InspectOptions(Set.copyOf(Objects.requireNonNull(settings, "settings").inspect()
                .boilerplateFiles()));
        this.module = Objects.requireNonNull(module, "module");
        this.riskyIsBreaking = riskyIsBreaking;
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        this.cache = InterfaceCache.in(cacheDirectory, root);
        this.readOnlyGit = readOnlyGit;
        this.gate = ReleaseGate.NONE;
    }

    private DefaultModuleVersions(DefaultModuleVersions versions, ReleaseGate gate) {
        this.root = versions.root;
        this.options = versions.options;
        this.module = versions.module;
        this.riskyIsBreaking = versions.riskyIsBreaking;
        this.catalog = versions.catalog;
        this.cacheDirectory = versions.cacheDirectory;
        this.cache = versions.cache;
        this.readOnlyGit = versions.readOnlyGit;
        this.gate = gate;
    }

    /**
     * These versions with the validation a release of the next version ({@link #release(ReleaseRequest)}, the
     * {@code version} command) must pass first; the releases that {@code register} and {@code promote} plan
     * through {@link #release(ReleaseRequest, dev.alexandria.api.model.ModuleMetadata, String,
     * java.util.function.BiFunction)} are guarded by their own command. Without it, no validation gate.
     *
     * @param gate the gate, the library's ({@code Lifecycles.releaseGate})
     * @return a copy with that gate
     */
    public DefaultModuleVersions gatedBy(ReleaseGate gate) {
        return new DefaultModuleVersions(this, Objects.requireNonNull(gate, "gate"));
    }

    @Override
    public ModuleId module() {
        return module.id();
    }

    @Override
    public Version current() {
        return module.version();
    }

    /** @return the tag name of a version of this module: {@code vpc-standard/v1.2.0} */
    public String tagName(Version v) {
        return tagName(module.id(), v);
    }

    /**
     * The git command a fix names for tagging a version by hand, as a release tags it: annotated, with a message (a
     * bare {@code git tag -a} opens an editor, and fails without one).
     *
     * @param root   the library root: the command runs there whatever the user's folder ({@link GitCommands})
     * @param module a module
     * @param v      one of its versions
     * @param commit what to tag, such as {@code <commit>}
     * @return {@code git -C <root> tag -a <module>/v<version> -m "<module> <version>" <commit>}
     */
    public static String tagCommand(Path root, ModuleId module, Version v, String commit) {
        return tagCommand(root, tagName(module, v), module.value() + " " + v, commit, false);
    }

    /**
     * @param root    the library root
     * @param tag     the tag's name, such as the one a registry entry records
     * @param message its message, such as {@code vpc-standard 1.2.0}
     * @param commit  what to tag, such as {@code <commit>}
     * @param move    whether the tag exists and is moved ({@code -f})
     * @return {@code git -C <root> tag [-f] -a <tag> -m "<message>" <commit>}
     */
    public static String tagCommand(Path root, String tag, String message, String commit, boolean move) {
        return GitCommands.tag(root, tag, message, commit, move);
    }

    /**
     * The command a fix names for releasing the next version of a module: complete, as {@code version} needs its
     * changelog, with a placeholder for it.
     *
     * @param module a module id
     * @return {@code alexandria version <module> --bump auto --changelog "<what changed>"}
     */
    public static String releaseCommand(String module) {
        return "alexandria version " + module + " --bump auto --changelog \"<what changed>\"";
    }

    /**
     * @param module a module
     * @param v      one of its versions
     * @return the version's tag name, {@code <module>/v<version>}: {@code vpc-standard/v1.2.0}
     */
    public static String tagName(ModuleId module, Version v) {
        return tagPrefix(module) + v;
    }

    /**
     * @param module a module
     * @return what every tag name of its versions starts with, {@code <module>/v}: {@code vpc-standard/v}
     */
    public static String tagPrefix(ModuleId module) {
        return module.value() + "/v";
    }

    /**
     * @param module a module
     * @return its highest registered version, if it has one
     */
    public static Optional<RegisteredVersion> highestRegistered(LibraryModule module) {
        return module.registryEntry().map(e -> e.versions()).orElse(List.of()).stream()
                .max(Comparator.comparing(RegisteredVersion::version));
    }

    /**
     * Why the tag of a release cannot be created because of another ref's name, asked of JGit's ref database: git
     * stores refs as paths, so a tag {@code net-advanced} leaves no room for {@code net-advanced/v0.1.0}, nor a ref
     * below {@code net-advanced/v0.1.0/} for the tag itself.
     *
     * @param repo the repository
     * @param tag  the tag name, such as {@code net-advanced/v0.1.0}
     * @return the reason with its fix, or empty when the name is free of clashes
     * @throws IllegalStateException if the refs cannot be read
     */
    static Optional<String> refClash(org.eclipse.jgit.lib.Repository repo, String tag) {
        String ref = org.eclipse.jgit.lib.Constants.R_TAGS + tag;
        try {
            List<String> clashes = List.copyOf(repo.getRefDatabase().getConflictingNames(ref));
            if (clashes.isEmpty()) {
                return Optional.empty();
            }
            String named = String.join(", ", clashes);
            return Optional.of("the tag " + tag + " cannot be created: git stores refs as paths, and " + named
                    + (clashes.size() == 1 ? " exists" : " exist") + " where " + ref + " would need a folder or a "
                    + "file of that name, so nothing was written; rename or delete " + (clashes.size() == 1 ? "that ref"
                    : "those refs") + " (" + clashes.stream().map(c -> freeing(c, (repo.isBare() ? repo.getDirectory()
                    : repo.getWorkTree()).toPath()))
                    .collect(java.util.stream.Collectors.joining("; ")) + "), then run the command again");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the git refs could not be read to check the tag " + tag + ": "
                    + e.getMessage(), e);
        }
    }

    /** The git command that frees a clashing ref's name (only refs under refs/tags/ can clash with a tag). */
    private static String freeing(String ref, Path where) {
        String name = org.eclipse.jgit.lib.Repository.shortenRefName(ref);
        if (ref.startsWith(org.eclipse.jgit.lib.Constants.R_TAGS)) {
            return GitCommands.deleteTag(where, name) + ", after tagging its commit under another name if it is "
                    + "still needed";
        }
        return GitCommands.git(where) + " update-ref -d " + ref;
    }

    private String tagPrefix() {
        return tagPrefix(module.id());
    }

    /** @return the module folder relative to the library root: {@code _library/<layer>/<category>/<id>} */
    String display() {
        return "_library/" + module.path();
    }

    /**
     * The library's repository, or null outside git. Outside a work tree {@link GitRepo} is not even loaded:
     * linking it loads JGit's classes, and the first class from JGit's signed jar costs a check of the jar's
     * signature (about a tenth of a second of a command's start-up).
     */
    private VersionSource openGit() {
        return VersionSource.open(root, cacheDirectory, module.id().value(), readOnlyGit);
    }

    @Override
    public List<VersionInfo> list() {
        try (VersionSource git = openGit()) {
            return list(git);
        }
    }

    /** The versions, reading the tags from an open repository (or none when {@code git} is null). */
    List<VersionInfo> list(VersionSource git) {
        Map<Version, VersionInfo> byVersion = new LinkedHashMap<>();
        for (RegisteredVersion r : registered()) {
            Version v = r.version();
            byVersion.put(v.withoutBuild(), new VersionInfo(v, Optional.of(r.released()), Optional.of(r.maturity()),
                    Optional.empty(), Optional.empty(), true, r.changelog(), r.published()));
        }
        if (git != null) {
            for (GitRepo.Tag t : git.tags(tagPrefix())) {
                Optional<Version> v = Version.tryParse(t.name().substring(tagPrefix().length()));
                if (v.isEmpty()) {
                    continue;
                }
                VersionInfo known = byVersion.get(v.get().withoutBuild());
                byVersion.put(v.get().withoutBuild(), known == null
                        ? new VersionInfo(v.get(), Optional.of(t.date()), Optional.empty(), Optional.of(t.name()),
                                Optional.of(GitRepo.shortId(t.commit())), false, "", Optional.empty(),
                                Optional.of(t.commit().name()))
                        : new VersionInfo(known.version(), known.released(), known.maturity(),
                                Optional.of(t.name()), Optional.of(GitRepo.shortId(t.commit())), true,
                                known.changelog(), known.published(), Optional.of(t.commit().name())));
            }
        }
        List<VersionInfo> out = new ArrayList<>(byVersion.values());
        out.sort(Comparator.comparing(VersionInfo::version).reversed());
        return out;
    }

    @Override
    public List<dev.alexandria.api.model.IgnoredTag> ignoredTags() {
        try (VersionSource git = openGit()) {
            if (git == null) {
                return List.of();
            }
            List<dev.alexandria.api.model.IgnoredTag> out = new ArrayList<>();
            Set<String> toCommits = new HashSet<>();
            for (GitRepo.Tag t : git.tags(tagPrefix())) {
                toCommits.add(t.name());
                try {
                    Version.parse(t.name().substring(tagPrefix().length()));
                } catch (IllegalArgumentException e) { // list() leaves it out: say why
                    out.add(new dev.alexandria.api.model.IgnoredTag(t.name(), e.getMessage() + "; a version's tag "
                            + "is " + tagPrefix() + "<version>"));
                }
            }
            // git.tags leaves out the tags that lead to no commit (made by hand of a tree or a blob): say why too
            for (String name : git.repo().tagRefs(tagPrefix()).keySet()) {
                if (!toCommits.contains(name)) {
                    String v = name.substring(tagPrefix().length());
                    // a registered version needs its tag: it is moved, never deleted
                    boolean registered = Version.tryParse(v).filter(p -> registered().stream()
                            .anyMatch(r -> r.version().hasSamePrecedence(p))).isPresent();
                    git.nonCommitTarget(name).ifPresent(type -> out.add(new dev.alexandria.api.model.IgnoredTag(name,
                            "it points at a " + type + ", not a commit, so it marks no release; a version's tag names "
                                    + "the commit the version was released from (" + tagCommand(root, name,
                                    module.id() + " " + v, releaseCommit(v, git).orElse("<commit>"), true) + (registered ? ""
                                    : ", or " + GitCommands.deleteTag(root, name)) + ")")));
                }
            }
            out.sort(Comparator.comparing(dev.alexandria.api.model.IgnoredTag::tag));
            return out;
        }
    }

    private List<RegisteredVersion> registered() {
        return module.registryEntry().map(e -> e.versions()).orElse(List.of());
    }

    @Override
    public Optional<VersionInfo> latestRegistered() {
        try (VersionSource git = openGit()) {
            return latestRegistered(git);
        }
    }

    /** The highest registered version, with its tag if the repository has it; reads only that one tag. */
    Optional<VersionInfo> latestRegistered(VersionSource git) {
        Optional<RegisteredVersion> top = highestRegistered(module);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        RegisteredVersion r = top.get();
        Version v = r.version();
        if (git == null) { // no lambda over JGit's types here: making one would load them (see openGit)
            return Optional.of(new VersionInfo(v, Optional.of(r.released()), Optional.of(r.maturity()),
                    Optional.empty(), Optional.empty(), true, r.changelog(), r.published()));
        }
        Optional<ObjectId> commit = git.tagCommit(tagName(v));
        return Optional.of(new VersionInfo(v, Optional.of(r.released()), Optional.of(r.maturity()),
                commit.map(c -> tagName(v)), commit.map(GitRepo::shortId), true, r.changelog(), r.published()));
    }

    @Override
    public InterfaceDiff diff(String from, String to) {
        return diff(from, to, false);
    }

    @Override
    public InterfaceDiff diff(String from, String to, boolean strict) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        try (VersionSource git = openGit()) {
            ModuleSnapshot[] both = snapshots(from, to, git);
            return InterfaceDiffer.diff(both[0], both[1], strict || riskyIsBreaking);
        }
    }

    /**
     * Reads two versions, the old one on another thread while this one reads the new one: the two are
     * independent (each git read has its own reader), and on a machine with a second core the diff's wall time is
     * then about that of one version. An error reading either is thrown as {@link #snapshot} throws it, the old
     * version's first.
     */
    ModuleSnapshot[] snapshots(String from, String to, VersionSource git) {
        java.util.concurrent.CompletableFuture<ModuleSnapshot> old = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> snapshot(from, git));
        ModuleSnapshot neu;
        try {
            neu = snapshot(to, git);
        } catch (RuntimeException | Error e) {
            join(old);
            throw e;
        }
        return new ModuleSnapshot[] {join(old), neu};
    }

    private static ModuleSnapshot join(java.util.concurrent.CompletableFuture<ModuleSnapshot> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public VersionCheck check(boolean strict) {
        try (VersionSource git = openGit()) {
            return check(strict, git);
        }
    }

    @Override
    public Optional<Finding> checkFinding(boolean strict) {
        VersionCheck verdict = check(strict);
        if (verdict.passes()) {
            return Optional.empty();
        }
        String file = display() + "/.alexandria.yaml";
        SourceLocation where = versionLine(module.directory().resolve(".alexandria.yaml"))
                .map(line -> SourceLocation.of(file, line, 1)).orElse(SourceLocation.of(file, 1, 1));
        String message = verdict.message();
        int fix = message.indexOf("; ");
        return Optional.of(fix < 0
                ? Finding.error(VERSION_BUMP_RULE, where, message, "run 'alexandria diff " + module.id()
                        + " --check' for the changes")
                : Finding.error(VERSION_BUMP_RULE, where, message.substring(0, fix), message.substring(fix + 2)));
    }

    /**
     * The CI gate of {@link #check(boolean)} as findings of validation, each with rule id {@value #VERSION_BUMP_RULE}
     * and the text {@code diff --check} prints: one per change that needs more than the working tree's version
     * declares over the highest registered version, at the change's line (its new side; a removal at its line in
     * the registered version); a version lower than the registered one at the {@code version:} line of
     * {@code .alexandria.yaml}. None when the check passes or cannot be made: outside git, without a tag for the
     * registered version (nothing to compare with), or with HCL errors (validation reports those itself).
     *
     * @param strict treat risky changes as breaking, whatever the library's policy says
     * @return the findings, in the diff's order
     */
    public List<Finding> checkFindings(boolean strict) {
        return checkFindings(strict, null);
    }

    /**
     * {@link #checkFindings(boolean)} reading a repository opened once for many modules.
     *
     * @param strict treat risky changes as breaking, whatever the library's policy says
     * @param shared the library's repository as a validation run shares it; null to open it for this module
     * @return the findings, in the diff's order
     */
    public List<Finding> checkFindings(boolean strict, SharedRepository shared) {
        return checkOutcome(strict, shared).findings();
    }

    /**
     * What the version-bump check of validation found for this module: its findings, or why it could not compare.
     *
     * @param findings the findings of {@link #checkFindings(boolean)}
     * @param untagged why the interfaces were not compared because the highest registered version has no git tag
     *                 (the reason with its fix); empty when they were compared or nothing was registered
     */
    public record CheckOutcome(List<Finding> findings, Optional<String> untagged) {

        /**
         * @param findings the findings
         * @param untagged the reason the check was not made for want of a tag
         */
        public CheckOutcome {
            findings = List.copyOf(findings);
            Objects.requireNonNull(untagged, "untagged");
        }
    }

    /**
     * {@link #checkFindings(boolean, SharedRepository)}, saying also when the check could not be made because the
     * highest registered version has no git tag. A tag that is there but broken (of a tree or a blob, or on a commit
     * whose module folder is not the tree the registry records) is no skip but an error at the {@code version:} line
     * with its fix: the repository is wrong, and the next release would count its bump from that tag. The tag is
     * looked up before anything else is read: without it, neither the working tree nor the repository's objects are
     * read. Outside git, and for a module without a registered version, the repository is not opened at all (and the
     * outcome is empty).
     *
     * @param strict treat risky changes as breaking, whatever the library's policy says
     * @param shared the library's repository as a validation run shares it; null to open it for this module
     * @return the findings, in the diff's order, and the reason the check was skipped, if it was
     */
    public CheckOutcome checkOutcome(boolean strict, SharedRepository shared) {
        if (registered().isEmpty()) {
            return new CheckOutcome(List.of(), Optional.empty()); // nothing to compare with, so nothing to open
        }
        VersionCheck verdict;
        try (VersionSource git = shared == null ? openGit() : shared.source(root, cacheDirectory, module.id().value())) {
            if (git == null) {
                // Outside git no registered version can be read: say so without reading the working tree first
                // (a whole-library validate would otherwise parse every module's HCL once more for nothing).
                LOG.debug("no version-bump check for {}: the library {} is not in a git repository, so its "
                        + "registered versions cannot be read", module.id(), root);
                return new CheckOutcome(List.of(), Optional.empty());
            }
            Optional<VersionInfo> last = latestRegistered(git);
            if (last.isPresent() && last.get().tag().isEmpty()) {
                String why = untagged(last.get().version(), git);
                LOG.debug("no version-bump check for {}: {}", module.id(), why);
                if (git.nonCommitTarget(tagName(last.get().version())).isPresent()) {
                    // a tag made by hand of a tree or a blob is broken, not missing: an error with its fix
                    return new CheckOutcome(List.of(brokenTag(why)), Optional.empty());
                }
                return new CheckOutcome(List.of(), Optional.of(why));
            }
            verdict = check(strict, git, last);
        } catch (VersionNotFoundException e) {
            LOG.debug("no version-bump check for {}: {}", module.id(), e.getMessage());
            // a registered version's tag moved off its files is broken: an error with its fix, as a tag of a tree is
            return new CheckOutcome(e.registered() ? List.of(brokenTag(e.getMessage())) : List.of(),
                    Optional.empty());
        }
        return new CheckOutcome(findings(verdict), Optional.empty());
    }

    /**
     * The error of a registered version whose git tag is there but broken (it points at a tree or a blob, or at a
     * commit holding other files than the registry records): the version-bump check cannot be made, and unlike a
     * missing tag (a library copied without its tags, listed as skipped) the repository itself is wrong, so it is an
     * error at the {@code version:} line of {@code .alexandria.yaml}, with its fix, and fails the run.
     *
     * @param why the reason, {@code what is wrong; how to fix it}
     */
    private Finding brokenTag(String why) {
        String file = display() + "/.alexandria.yaml";
        SourceLocation where = versionLine(module.directory().resolve(".alexandria.yaml"))
                .map(line -> SourceLocation.of(file, line, 1)).orElse(SourceLocation.of(file, 1, 1));
        int fix = why.indexOf("; ");
        return fix < 0 ? Finding.error(VERSION_BUMP_RULE, where, why, "run 'alexandria versions " + module.id()
                + "' for its tags") : Finding.error(VERSION_BUMP_RULE, where, why.substring(0, fix),
                why.substring(fix + 2));
    }

    /**
     * The version a release of this module at {@code maturity} would name, by the one suggestion rule
     * {@link VersionHints#smallestRelease}: at or above the highest registered version (the module's own when none
     * is), allowed by {@code maturity}, meeting the bump the changes since that version require, and free of every
     * registered or tagged version; so a release of it is accepted as far as its version goes. The required bump is
     * a patch when nothing is registered, or when the registered version cannot be read (the release then refuses
     * and says why).
     *
     * @param maturity the level the version must fit
     * @return the version, or empty when {@code maturity} allows none at or above the highest registered version
     */
    public Optional<Version> smallestRelease(dev.alexandria.api.model.MaturityLevel maturity) {
        Objects.requireNonNull(maturity, "maturity");
        try (VersionSource git = openGit()) {
            Optional<VersionInfo> last = latestRegistered(git);
            Bump required = Bump.PATCH;
            if (last.isPresent() && git != null && last.get().tag().isPresent()) {
                try {
                    required = InterfaceDiffer.diff(snapshot(last.get().version().toString(), git),
                            snapshot(WORKING_TREE, git), riskyIsBreaking).requiredBump();
                } catch (VersionNotFoundException e) {
                    LOG.debug("{}: the bump since {} is unknown: {}", module.id(), last.get().version(),
                            e.getMessage());
                }
            }
            return VersionHints.smallestRelease(maturity, last.map(VersionInfo::version).orElse(current()),
                    required, taken(git));
        }
    }

    /** The versions a release can no longer name: registered or tagged. */
    private List<Version> taken(VersionSource git) {
        return taken(list(git), git);
    }

    /**
     * The versions a release can no longer name: those known (registered, or tagged on a commit) and those whose
     * tag name a tag made by hand of a tree or a blob holds, which {@link #list} leaves out as marking no release:
     * a release of such a version could not make its tag, so no suggestion names one.
     */
    private List<Version> taken(List<VersionInfo> known, VersionSource git) {
        List<Version> out = new ArrayList<>(known.size() + 4);
        known.forEach(i -> out.add(i.version()));
        if (git != null) {
            for (String name : git.repo().tagRefs(tagPrefix()).keySet()) {
                Version.tryParse(name.substring(tagPrefix().length())).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The fix of a version check that names the version to set: the one {@link VersionHints#smallestRelease}
     * suggests from the highest registered version for the module's maturity, so a release accepts it.
     *
     * @param last     the highest registered version
     * @param required the bump the changes since it require
     * @param git      the repository (its tags are taken too)
     * @return such as {@code set the version to 2.1.0}, or what the maturity allows none of
     */
    private String setVersion(Version last, Bump required, VersionSource git) {
        dev.alexandria.api.model.MaturityLevel maturity = module.metadata().maturity();
        return VersionHints.smallestRelease(maturity, last, required, taken(git)).map(v -> "set the version to " + v)
                .orElse("maturity '" + maturity.id() + "' allows no version above " + last + "; "
                        + VersionHints.reachableMaturity(maturity, ReleaseRules.next(last, required))
                                .map(m -> VersionHints.promoteFix(module.id().value(), m, ""))
                                .orElse("set a maturity that allows one"));
    }

    /**
     * The alternative fix for a version whose name a tag holds: deleting the tag; a tag made by hand of a tree or a
     * blob never marks a release, one of a commit may.
     */
    private String deleteTag(String tag, boolean stray) {
        return stray ? ", or delete that tag, which marks no release (" + GitCommands.deleteTag(root, tag) + ")"
                : ", or, if that tag marks no release, delete it (" + GitCommands.deleteTag(root, tag) + ")";
    }

    /**
     * Why a registered version cannot be read: it has no tag; with the fix of a diff or a validation, which may also
     * compare with the commit it was released from.
     */
    private String untagged(Version v, VersionSource git) {
        return untagged(v, commit -> ", or compare with that commit (alexandria diff " + module.id() + " --from "
                + commit + ")", git);
    }

    /**
     * The commit a registered version was released from, as a fix names it: the first commit whose module folder
     * holds the tree the registry recorded for the version (looked for from HEAD back, {@link
     * VersionSource#firstCommitWithTree}), abbreviated; empty when the registry records no tree or no recent commit
     * holds it, and outside git.
     */
    private Optional<String> releaseCommit(String version, VersionSource git) {
        Optional<Version> v = Version.tryParse(version);
        if (v.isEmpty() || git == null) {
            return Optional.empty();
        }
        return registered().stream().filter(r -> r.version().hasSamePrecedence(v.get())).findFirst()
                .flatMap(RegisteredVersion::tree)
                .flatMap(t -> git.firstCommitWithTree(git.relative(module.directory()), t)).map(GitRepo::shortId);
    }

    /**
     * @param then what follows the fix "tag the commit it was released from", given the commit as the fix names it
     *             (its id, or {@code <commit>}): an alternative, or what to do next
     */
    private String untagged(Version v, java.util.function.Function<String, String> then, VersionSource git) {
        String tag = tagName(v);
        // a tag made by hand of a tree or a blob has the name: it is moved to the commit, not made
        Optional<String> stray = git.nonCommitTarget(tag);
        // the commit is named when the registered tree finds it (read once: it walks the history), else how to list
        // the candidates
        Optional<String> first = releaseCommit(v.toString(), git);
        String commit = first.orElse("<commit>");
        return "version " + v + " of " + module.id() + " is registered but "
                + stray.map(type -> "its git tag " + tag + " points at a " + type + ", not a commit; point it at the ")
                        .orElse("has no git tag " + tag + "; tag the ")
                + "commit it was released from (" + tagCommand(root, tag, module.id() + " " + v, commit,
                stray.isPresent()) + first.map(c -> ", the first commit that holds its registered files")
                        .orElse(", where " + GitCommands.candidates(root, module.directory()) + " lists the "
                                + "candidate commits") + ")" + then.apply(commit);
    }

    private List<Finding> findings(VersionCheck verdict) {
        if (verdict.passes() || verdict.diff().isEmpty() || !verdict.diff().get().isComplete()
                || verdict.lastRegistered().isEmpty()) {
            return List.of();
        }
        InterfaceDiff diff = verdict.diff().get();
        Version last = verdict.lastRegistered().get();
        String message = verdict.message();
        int cut = message.indexOf("; ");
        String what = cut < 0 ? message : message.substring(0, cut);
        String fix = cut < 0 ? "run 'alexandria diff " + module.id() + " --check' for the changes"
                : message.substring(cut + 2);
        boolean byChange = !current().isOlderThan(last) && diff.changes().stream().anyMatch(c ->
                current().hasSamePrecedence(last) || ReleaseRules.shortfall(last, current(),
                        c.impact().requiredBump(diff.riskyIsBreaking())).isPresent());
        if (!byChange) { // a version lower than the registered one, or one tagged already: its own line
            String file = display() + "/.alexandria.yaml";
            SourceLocation where = versionLine(module.directory().resolve(".alexandria.yaml"))
                    .map(line -> SourceLocation.of(file, line, 1)).orElse(SourceLocation.of(file, 1, 1));
            return List.of(Finding.error(VERSION_BUMP_RULE, where, what, fix));
        }
        List<Finding> out = new ArrayList<>();
        for (var c : diff.changes()) {
            Bump needs = c.impact().requiredBump(diff.riskyIsBreaking());
            boolean exceeds = current().hasSamePrecedence(last)
                    || ReleaseRules.shortfall(last, current(), needs).isPresent();
            if (exceeds) {
                // a change is at its line in the working tree; a removal has no line there, and the line it had in
                // the registered version would point at whatever is on that line now: it names
                // the file alone, and says where the declaration was in that version
                SourceLocation where = c.after().orElseGet(() -> SourceLocation.of(c.before().orElseThrow().file()));
                out.add(Finding.error(VERSION_BUMP_RULE, where, what + ": " + c.impact().name() + " " + c.subject()
                        + ": " + c.message() + (c.after().isEmpty() ? " (removed from " + inFolder(c.before().get())
                        + " in " + last + ")" : ""), fix));
            }
        }
        return out;
    }

    /** A location as the module folder names it ({@code variables.tf:6:1}): the finding's location names the folder. */
    private String inFolder(SourceLocation at) {
        String folder = display() + "/";
        return at.file().startsWith(folder) ? at.toString().substring(folder.length()) : at.toString();
    }

    /** The line of the top-level {@code version:} key of a metadata file, if it can be read and has one. */
    private static Optional<Integer> versionLine(Path metadata) {
        try {
            List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("version:")) {
                    return Optional.of(i + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("cannot read {} for the line of its version: {}", metadata, e.toString());
        }
        return Optional.empty();
    }

    private VersionCheck check(boolean strict, VersionSource git) {
        return check(strict, git, latestRegistered(git));
    }

    private VersionCheck check(boolean strict, VersionSource git, Optional<VersionInfo> last) {
        Version current = current();
        if (last.isEmpty()) {
            return new VersionCheck(Optional.empty(), current, Optional.empty(), true, module.id() + " has no "
                    + "registered version, so there is nothing to compare " + current + " with");
        }
        Version lastVersion = last.get().version();
        if (last.get().tag().isEmpty()) { // the gate compares with that tag alone: a diff from a commit is no gate
            throw new VersionNotFoundException(module.id().value(), lastVersion.toString(), untagged(lastVersion,
                    commit -> ", then run the check again", git), true);
        }
        ModuleSnapshot[] both = snapshots(lastVersion.toString(), WORKING_TREE, git);
        InterfaceDiff diff = InterfaceDiffer.diff(both[0], both[1], strict || riskyIsBreaking);
        if (!diff.isComplete()) {
            List<Diagnostic> errors = diff.diagnostics().stream().filter(Diagnostic::isError).toList();
            Diagnostic first = errors.get(0);
            return new VersionCheck(last.map(VersionInfo::version), current, Optional.of(diff), false,
                    module.id() + " has " + errors.size() + (errors.size() == 1 ? " error that hides" : " errors that "
                            + "hide") + " part of its interface (first: " + first.location() + ": "
                            + first.summary() + "); fix " + (errors.size() == 1 ? "it" : "them")
                            + ", then run the check again");
        }
        if (current.isOlderThan(lastVersion)) {
            return new VersionCheck(last.map(VersionInfo::version), current, Optional.of(diff), false, "version "
                    + current + " in .alexandria.yaml is lower than the registered " + lastVersion + "; "
                    + setVersion(lastVersion, diff.requiredBump(), git));
        }
        // above every registered version but tagged by hand: a release of it could not be tagged (checked where the
        // check would pass, so a version that also falls short is reported at its changes)
        Optional<VersionCheck> tagged = tagged(current, lastVersion, diff, git);
        if (diff.isEmpty()) {
            return tagged.orElseGet(() -> new VersionCheck(last.map(VersionInfo::version), current, Optional.of(diff),
                    true, "the interface "
                    + "of " + module.id() + " has not changed since " + lastVersion));
        }
        Bump required = diff.requiredBump();
        if (current.hasSamePrecedence(lastVersion)) {
            return new VersionCheck(last.map(VersionInfo::version), current, Optional.of(diff), false, "the interface "
                    + "changed since " + lastVersion + " (" + (ReleaseRules.needed(lastVersion, required) != required
                    ? "breaking changes, which on 0.x require a minor bump" : required.id() + " required")
                    + ") but the version is still "
                    + current + "; run '" + releaseCommand(module.id().value()) + "' or "
                    + setVersion(lastVersion, required, git));
        }
        Optional<String> shortfall = ReleaseRules.shortfall(lastVersion, current, required);
        if (shortfall.isPresent()) {
            return new VersionCheck(last.map(VersionInfo::version), current, Optional.of(diff), false,
                    shortfall.get() + "; " + setVersion(lastVersion, required, git));
        }
        return tagged.orElseGet(() -> new VersionCheck(last.map(VersionInfo::version), current, Optional.of(diff),
                true, lastVersion + " → " + current + " meets the " + ReleaseRules.needed(lastVersion, required).id()
                        + " bump " + (ReleaseRules.needed(lastVersion, required) != required ? "that breaking changes "
                        + "require on 0.x" : "the changes require")));
    }

    /**
     * The failed check of a declared version above the last registered one whose git tag exists already (made by
     * hand): a release of it could not be tagged, so it can no longer be released. Empty when it is free.
     */
    private Optional<VersionCheck> tagged(Version current, Version lastVersion, InterfaceDiff diff, VersionSource git) {
        if (current.hasSamePrecedence(lastVersion)) {
            return Optional.empty();
        }
        String tag = tagName(current);
        // a tag made by hand of a tree or a blob holds the name as much as a release's tag does
        Optional<ObjectId> commit = git.tagCommit(tag);
        Optional<String> stray = commit.isPresent() ? Optional.empty() : git.nonCommitTarget(tag);
        if (commit.isEmpty() && stray.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VersionCheck(Optional.of(lastVersion), current, Optional.of(diff), false, "version "
                + current + " in .alexandria.yaml is not registered, but its git tag " + tag + " already exists"
                + stray.map(type -> " (it points at a " + type + ", not a commit)").orElse("") + ", so it "
                + "can no longer be released; " + setVersion(lastVersion, diff.requiredBump(), git) + deleteTag(tag,
                stray.isPresent())));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The module must pass the validation gate these versions were given ({@link #gatedBy}), register's: its
     * errors are reasons of the refusal, listed with the release's own.
     */
    @Override
    public ReleaseStep release(ReleaseRequest request) {
        return release(request, module.metadata(), "release", (entry, files) -> entry, gate);
    }

    /**
     * Plans a release that writes other metadata than the working tree's: a promotion releases the module's new
     * level (and its maturity history) with the version that fits it, in one commit.
     *
     * @param request  what to release
     * @param metadata the metadata to release, the working tree's with the lifecycle's changes
     * @return the plan
     * @throws dev.alexandria.api.ReleaseRefusedException listing every reason
     */
    public ReleaseStep release(ReleaseRequest request, dev.alexandria.api.model.ModuleMetadata metadata) {
        return release(request, metadata, "release", (entry, files) -> entry);
    }

    /**
     * Plans a release whose registry entry is completed from the module folder's planned files: register records
     * the version's git tag, the folder's tree hash and the interface fingerprint in the same commit.
     *
     * @param request     what to release
     * @param metadata    the metadata to release
     * @param command     the verb of the command the user ran, as its refusals say it ({@code register})
     * @param entryChange gets the module's next registry entry and the planned text of the module folder's files
     *                    (by path relative to the folder) and returns the entry to write
     * @return the plan
     * @throws dev.alexandria.api.ReleaseRefusedException listing every reason
     */
    public ReleaseStep release(ReleaseRequest request, dev.alexandria.api.model.ModuleMetadata metadata,
                               String command, java.util.function.BiFunction<dev.alexandria.api.model.RegistryEntry,
                                       Map<String, String>, dev.alexandria.api.model.RegistryEntry> entryChange) {
        return release(request, metadata, command, entryChange, ReleaseGate.NONE);
    }

    private ReleaseStep release(ReleaseRequest request, dev.alexandria.api.model.ModuleMetadata metadata,
                                String command, java.util.function.BiFunction<dev.alexandria.api.model.RegistryEntry,
                                        Map<String, String>, dev.alexandria.api.model.RegistryEntry> entryChange,
                                ReleaseGate gate) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(entryChange, "entryChange");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(metadata, "metadata");
        String id = module.id().value();
        Version current = current();
        List<String> reasons = new ArrayList<>();
        VersionSource git = VersionSource.open(root, cacheDirectory, id, false); // a release writes git
        if (git == null) {
            // no version is named: without git there is no released version to count from
            throw new dev.alexandria.api.ReleaseRefusedException("refusing to " + command + " " + id + ":", List.of(
                    "the library " + root + " is not in a git repository, and a release commits its files and tags "
                            + "that commit",
                    "fix: run it in a git clone of the library, or make the library one (in the library: "
                            + MAKE_REPOSITORY + "), then tag each registered version as <module>/v<version>"));
        }
        try (git) {
            // validation first, as register's refusal lists it: the release's own reasons follow
            List<String> gateNotes = new ArrayList<>();
            reasons.addAll(gate.refusals(module, gateNotes));
            Optional<VersionInfo> last = latestRegistered(git);
            Optional<InterfaceDiff> diff = Optional.empty();
            if (last.isPresent()) {
                try {
                    diff = Optional.of(InterfaceDiffer.diff(snapshot(last.get().version().toString(), git),
                            snapshot(WORKING_TREE, git), request.strict() || riskyIsBreaking));
                } catch (VersionNotFoundException e) {
                    // the release counts the bump from that version's interface: only its tag lets it
                    reasons.add(e.registered() && last.get().tag().isEmpty() ? untagged(last.get().version(),
                            commit -> ", then " + command + " again (the bump is counted from that version's "
                                    + "interface)", git)
                            : e.getMessage());
                }
            }
            Bump required = diff.map(InterfaceDiff::requiredBump).orElse(Bump.PATCH);
            unchangedSinceTag(request, last).ifPresent(reasons::add);
            // an HCL error hides declarations: the bump cannot be worked out, and the tag would be code that does
            // not parse (the same errors fail 'diff --check')
            List<Diagnostic> hclErrors = (diff.isPresent() ? diff.get().diagnostics()
                    : snapshot(WORKING_TREE, git).iface().diagnostics()).stream().filter(Diagnostic::isError).toList();
            if (!hclErrors.isEmpty()) {
                reasons.add(id + " has " + hclErrors.size() + (hclErrors.size() == 1 ? " HCL error that hides"
                        : " HCL errors that hide") + " part of its interface, so the bump cannot be worked out; correct "
                        + "the HCL first ('alexandria diff " + id
                        + " --check' lists " + (hclErrors.size() == 1 ? "it" : "them") + ")");
                hclErrors.forEach(d -> reasons.add("  " + d.location() + ": " + d.message()));
            }
            int reasonsBefore = reasons.size();
            List<String> blockers = new ArrayList<>(); // the plan can be made, but not applied as things are
            List<VersionInfo> known = list(git);
            List<Version> taken = taken(known, git);
            // every bump counts from the last released version; the version in .alexandria.yaml counts only while
            // nothing was released (a version there above the last release is a proposal, see nextVersion)
            Version base = last.map(VersionInfo::version).orElse(current);
            Optional<Version> named = nextVersion(request, current, base, last.isPresent(), required, reasons, taken,
                    metadata.maturity());
            // a request that names no version (--bump prerelease from a release) gets no check of a version
            if (named.isPresent()) {
                Version next = named.get();
                boolean picked = reasons.size() == reasonsBefore;
                // the one suggestion rule, with every registered and tagged version taken; its option is one that
                // then gives exactly that version
                Optional<Version> fit = VersionHints.smallestRelease(metadata.maturity(), base, required, taken);
                Version auto = autoVersion(current, base, last.isPresent(), required, taken, metadata.maturity());
                // a register that changes the maturity keeps asking for it: the version fits that maturity, not the old one
                String asked = metadata.maturity() == module.metadata().maturity() ? ""
                        : " --maturity " + metadata.maturity();
                String higher = fit.map(v -> "register".equals(command) ? "register " + v + " (--version " + v + asked
                        + ")"
                        : "release " + v + " (" + options(base, v, auto) + ")").orElse("release a higher one");
                Optional<VersionInfo> holder = known.stream().filter(i -> i.version().hasSamePrecedence(next))
                        .findFirst();
                // what is wrong with the named version, each a reason of its own; the one fix, the rule's version,
                // follows the last of them, so a version refused for several reasons is suggested once
                List<String> problems = new ArrayList<>();
                List<String> details = new ArrayList<>();
                boolean low = last.isPresent() ? !next.isNewerThan(base) : next.compareTo(current) < 0;
                if (low) {
                    problems.add(next + " is not higher than the " + (last.isPresent() ? "last released version "
                            : "current version ") + base);
                }
                holder.ifPresent(i -> problems.add(i.registered() ? "version " + next + " is already registered, and "
                        + "registered versions never change" : "version " + next + " is not registered, but its git "
                        + "tag " + i.tag().orElse("") + " already exists, so the release could not be tagged"));
                // a tag made by hand of a tree or a blob: not a version (list() leaves it out), but it holds the name
                Optional<String> stray = holder.isPresent() ? Optional.empty() : git.nonCommitTarget(tagName(next));
                stray.ifPresent(type -> problems.add("version " + next + " is not registered, but its git tag "
                        + tagName(next) + " already exists (it points at a " + type + ", not a commit), so the release "
                        + "could not be tagged"));
                boolean misfit = !metadata.maturity().allowsVersion(next);
                if (misfit) {
                    problems.add("maturity '" + metadata.maturity() + "' needs " + metadata.maturity().versionRule()
                            + ", and " + next + " is not one");
                }
                Optional<String> shortfall = picked && last.isPresent() && diff.isPresent()
                        && next.isNewerThan(last.get().version())
                        ? ReleaseRules.shortfall(last.get().version(), next, required) : Optional.empty();
                if (shortfall.isPresent()) {
                    problems.add(shortfall.get());
                    for (var c : diff.get().breakingChanges().isEmpty() ? diff.get().changes()
                            : diff.get().breakingChanges()) {
                        if (c.impact().requiredBump(diff.get().riskyIsBreaking()).compareTo(Bump.between(
                                last.get().version(), next)) > 0) {
                            details.add("  " + c.impact().name() + " " + c.subject() + ": " + c.message() + " ("
                                    + c.locations() + ")");
                        }
                    }
                }
                if (!problems.isEmpty()) {
                    // the alternatives to the rule's version help only when that one problem is all there is: a
                    // hand-made tag deleted frees the version; another maturity (a promotion or a demotion) makes
                    // it fit only when it is free, above the last release and meets the bump
                    String fix = fit.isPresent() ? higher : "maturity '" + metadata.maturity().id()
                            + "' allows no free version above " + base + " that meets the " + required.id() + " bump";
                    if (problems.size() == 1 && (stray.isPresent()
                            || holder.isPresent() && !holder.get().registered())) {
                        fix += deleteTag(stray.isPresent() ? tagName(next) : holder.get().tag().orElse(""),
                                stray.isPresent());
                    }
                    if (problems.size() == 1 && misfit) {
                        fix = VersionHints.maturityFix(id, metadata.maturity(), base, next, fit.map(v -> higher));
                    }
                    for (int k = 0; k < problems.size() - 1; k++) {
                        reasons.add(problems.get(k));
                    }
                    reasons.add(problems.get(problems.size() - 1) + "; " + fix);
                    reasons.addAll(details);
                }
                refClash(git.repo().repository(), tagName(next)).ifPresent(reasons::add);
                // another git process writing the tag's ref: the plan can be made, but applying it is refused (exit 1)
                GitRepo.refLocked(git.repo().repository(), org.eclipse.jgit.lib.Constants.R_TAGS + tagName(next))
                        .ifPresent(blockers::add);
            }
            String folder = git.relative(module.directory());
            // the files the release writes count too: a hand edit in them would be committed and tagged unseen
            Set<String> dirty = ReleaseStep.uncommitted(git.repo(), folder, Set.of());
            if (!dirty.isEmpty()) {
                blockers.add("the module folder has uncommitted changes: " + String.join(", ", dirty) + "; commit or "
                        + "stash them first, so the release commit holds only the release's files");
            }
            String registry = git.relative(root.resolve("_catalog/module-registry.yaml"));
            if (!ReleaseStep.uncommitted(git.repo(), registry.contains("/") ? registry.substring(0, registry.lastIndexOf('/'))
                    : "", Set.of()).stream().filter(p -> p.equals(registry)).toList().isEmpty()) {
                blockers.add(registry + " has uncommitted changes; commit them first, so the release commit holds only "
                        + "the release's changes");
            }
            if (module.metadata().maturity() == dev.alexandria.api.model.MaturityLevel.ARCHIVED) {
                reasons.add(module.id() + " is archived, and archived modules are read-only; its files are kept for "
                        + "history only, so release its replacement instead");
            }
            if (named.isEmpty()) {
                // the refusal says what was asked, never a version the user did not ask for
                reasons.addAll(blockers);
                throw ReleaseStep.refused(command, id, "with --bump " + request.bump().id(), reasons);
            }
            return ReleaseStep.plan(new ReleaseStep.Inputs(command, root, catalog, module.path(),
                    module.metadata().maturity(), metadata, base,
                    named.get(), diff, required, request.changelog(), request.date().orElse(LocalDate.now()),
                    snapshot(WORKING_TREE, git).iface(), reasons, blockers, notes(gateNotes, skipped(request,
                            current, base, named.get(), last.isPresent(), known, taken)), entryChange));
        }
    }

    /**
     * The version a release request names (empty, with the reason added to {@code reasons}, when it names none:
     * {@code --bump prerelease} from a release). Every bump counts from {@code base}, the last released version (the
     * metadata's while nothing was released), never from an unreleased version in {@code .alexandria.yaml}: that
     * would skip versions. Such a version above the last release is a proposal {@code --bump auto} accepts when it
     * meets the required bump.
     */
    private Optional<Version> nextVersion(ReleaseRequest request, Version current, Version base, boolean released,
                                Bump required, List<String> reasons, List<Version> taken,
                                dev.alexandria.api.model.MaturityLevel maturity) {
        if (request.exact().isPresent()) {
            return request.exact();
        }
        switch (request.bump()) {
            case PRERELEASE:
                if (!base.isPreRelease()) {
                    // the suggestion is a pre-release of the rule's version (VersionHints.smallestRelease: free,
                    // allowed by the maturity, meeting the bump): a pre-release of a version already released or
                    // tagged would sort below that release; a maturity that takes releases only gets the release
                    Optional<Version> rule = VersionHints.smallestRelease(maturity, base, required, taken);
                    Optional<Version> pre = rule.map(v -> {
                        Version rc = v.isPreRelease() ? v : v.withPreRelease("rc.1");
                        while (VersionHints.isTaken(rc, taken)) {
                            rc = rc.nextPreRelease();
                        }
                        return rc;
                    }).filter(maturity::allowsVersion);
                    String fix = pre.isPresent() ? "name one with --to, such as " + pre.get()
                            : "maturity '" + maturity.id() + "' takes " + maturity.versionRule() + ", so "
                                    + rule.map(v -> "release " + v + " (" + VersionHints.option(base, v) + ")")
                                            .orElse("name the next version with --to");
                    reasons.add("--bump prerelease needs a pre-release version, and " + base + " is a release; "
                            + fix);
                    return Optional.empty();
                }
                return Optional.of(base.nextPreRelease());
            case MAJOR:
                return Optional.of(base.nextMajor());
            case MINOR:
                return Optional.of(base.nextMinor());
            case PATCH:
                return Optional.of(base.nextPatch());
            default:
                return Optional.of(autoVersion(current, base, released, required, taken, maturity));
        }
    }

    /**
     * Why {@code --bump auto} has nothing to release: the module folder holds exactly the files the last release's
     * tag holds (the same git tree, uncommitted files counted), so a release would differ from it by its version
     * alone. Asked for by name ({@code --bump patch}, {@code --to}), such a release is made: re-releasing the same
     * files is then a choice, not a guess.
     *
     * @return the reason, when the request is {@code --bump auto} and nothing changed since the last tagged release
     */
    private Optional<String> unchangedSinceTag(ReleaseRequest request, Optional<VersionInfo> last) {
        if (request.exact().isPresent() || request.bump() != dev.alexandria.api.model.ReleaseBump.AUTO
                || last.isEmpty() || last.get().tag().isEmpty()) {
            return Optional.empty();
        }
        String tag = last.get().tag().get();
        Optional<String> tagged = FolderTrees.at(root, module.directory(), tag);
        if (tagged.isEmpty() || !tagged.equals(FolderTrees.working(root, module.directory()))) {
            return Optional.empty();
        }
        Version v = last.get().version();
        return Optional.of("nothing changed in " + module.id() + " since " + v + ": its folder holds exactly the "
                + "files of tag " + tag + ", so --bump auto has nothing to release; change the module first, or, to "
                + "release the same files again under a new version, name the bump (--bump patch, or --to "
                + v.nextPatch() + ")");
    }

    /**
     * The version {@code --bump auto} names: the working tree's version when it is free and meets the required
     * bump (a proposal, or the first release), else the one suggestion rule's ({@link VersionHints#smallestRelease}:
     * allowed by the maturity, meeting the required bump, free of every registered or tagged version, so a version
     * a hand-made tag holds is skipped), else, when the maturity allows none, the required bump's own (which the
     * release then refuses, saying why).
     */
    private static Version autoVersion(Version current, Version base, boolean released, Bump required,
                                       List<Version> taken, dev.alexandria.api.model.MaturityLevel maturity) {
        if (!VersionHints.isTaken(current, taken) && (!released || current.isNewerThan(base)
                && ReleaseRules.shortfall(base, current, required).isEmpty())) {
            return current; // the working tree already declares a version that fits
        }
        return VersionHints.smallestRelease(maturity, base, required, taken).filter(v -> v.isNewerThan(base))
                .orElseGet(() -> ReleaseRules.next(base, required));
    }

    /**
     * Says why {@code --bump auto} did not take the working tree's version: it is above the last release (or nothing
     * was released) but a registered version or a git tag holds it already.
     */
    private static List<String> notes(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private List<String> skipped(ReleaseRequest request, Version current, Version base, Version next,
                                 boolean released, List<VersionInfo> known, List<Version> taken) {
        if (request.exact().isPresent() || request.bump() != dev.alexandria.api.model.ReleaseBump.AUTO) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        // versions between the last release and the one picked that only a hand-made tag of a tree or a blob holds
        for (Version v : taken) {
            if (v.isNewerThan(base) && next.isNewerThan(v) && !v.isPreRelease()
                    && known.stream().noneMatch(i -> i.version().hasSamePrecedence(v))) {
                String tag = tagPrefix() + v;
                out.add("version " + v + " is skipped: its git tag " + tag + " exists and points at no commit, so a "
                        + "release could not be tagged; to release " + v + " instead, delete that tag ("
                        + GitCommands.deleteTag(root, tag) + ")");
            }
        }
        if (next.equals(current) || released && !current.isNewerThan(base)) {
            return out;
        }
        known.stream().filter(i -> i.version().hasSamePrecedence(current)).findFirst().ifPresent(i -> out.add(
                "version " + current + " in .alexandria.yaml is taken already (" + (i.registered() ? "registered"
                        : "its git tag " + i.tag().orElse("") + " exists") + "), so --bump auto picks " + next
                        + ", the smallest free version that meets the bump"));
        return out;
    }

    /**
     * The options of {@code version} that give exactly {@code v} from {@code base}: {@code --bump auto} when
     * {@code auto} is {@code v}, and the {@code --bump} that gives {@code v}, else {@code --to v}.
     */
    private static String options(Version base, Version v, Version auto) {
        String option = VersionHints.option(base, v);
        return auto.equals(v) ? "--bump auto or " + option : option;
    }

    /**
     * Reads a version of the module, named as the {@link ModuleVersions} class comment says.
     *
     * @param reference the version's name
     * @param git       the repository, or null when the library is not in one
     * @return the snapshot
     */
    ModuleSnapshot snapshot(String reference, VersionSource git) {
        String ref = reference.strip();
        if (ref.equals(WORKING_TREE)) {
            Map<String, String> files = dev.alexandria.core.internal.inspect.ModuleDetails.configFiles(
                    module.directory());
            if (git == null || cache.isEmpty()) { // outside git nothing is cached (and JGit not loaded at all)
                return ModuleSnapshot.of(WORKING_TREE, display(), files, options);
            }
            return cached("working-tree-" + module.id().value(), GitRepo.contentKey(files), WORKING_TREE, options,
                    () -> files);
        }
        Path folder = Path.of(ref);
        if ((ref.contains("/") || ref.startsWith(".")) && Files.isDirectory(folder)) {
            if (!dev.alexandria.core.internal.inspect.ModuleInspector.isModuleFolder(folder)) {
                // an empty folder would read as every declaration removed (or added): refused as diff OLD_DIR
                // NEW_DIR refuses it (a data error)
                throw new dev.alexandria.api.AlexandriaException(ref + " is not a module folder (it has no .tf or "
                        + ".tf.json files); compare " + module.id() + " with a module folder, one of its versions or "
                        + "a git revision ('alexandria versions " + module.id() + "' lists its versions)");
            }
            return ModuleSnapshot.read(ref, folder, ref, options);
        }
        String moduleId = module.id().value();
        Optional<Version> version = Version.tryParse(ref.startsWith("v") ? ref.substring(1) : ref);
        if (git == null) {
            throw new VersionNotFoundException(moduleId, ref, "cannot read version '" + ref + "' of " + moduleId
                    + ": the library " + root + " is not in a git repository, so only " + WORKING_TREE
                    + " and module folders can be compared; run it in a git clone of the library that has the "
                    + "release tags (<module>/v<version>), or compare two module folders: alexandria diff OLD_DIR "
                    + "NEW_DIR");
        }
        String folderInRepo = git.relative(module.directory());
        if (version.isPresent()) {
            String tag = tagName(version.get());
            Optional<ObjectId> commit = git.tagCommit(tag);
            Optional<RegisteredVersion> entry = registered().stream().filter(r -> r.version()
                    .hasSamePrecedence(version.get())).findFirst();
            if (commit.isEmpty()) {
                boolean registered = entry.isPresent();
                throw new VersionNotFoundException(moduleId, ref, registered ? untagged(version.get(), git)
                        : moduleId + " has no version " + version.get() + " (" + git.nonCommitTarget(tag)
                                .map(type -> "its git tag " + tag + " points at a " + type + ", not a commit, so it "
                                        + "marks no release); run 'alexandria versions " + moduleId + "' to list its "
                                        + "versions, and delete that tag (" + GitCommands.deleteTag(root, tag)
                                        + ") or point it at the release commit (" + tagCommand(root, tag, moduleId
                                        + " " + version.get(), "<commit>", true) + ", where " + GitCommands
                                        .candidates(root, module.directory()) + " lists the candidate commits)")
                                .orElse("no git tag " + tag + "); run 'alexandria versions " + moduleId + "' to list "
                                        + "its versions"), registered);
            }
            // a registered version's tag must hold the files the registry recorded: a tag put back on another
            // commit by hand would compare the working tree with other files, and let a breaking change pass
            Optional<String> recorded = entry.flatMap(RegisteredVersion::tree);
            Optional<ObjectId> tree = recorded.isPresent() ? git.treeAt(commit.get(), folderInRepo) : Optional.empty();
            if (recorded.isPresent() && tree.isPresent() && !tree.get().name().startsWith(recorded.get())) {
                Optional<ObjectId> release = git.firstCommitWithTree(folderInRepo, recorded.get());
                throw new VersionNotFoundException(moduleId, ref, "the git tag " + tag + " of " + version.get()
                        + " holds other files of " + moduleId + " than the registry records for it (module folder "
                        + "tree " + GitRepo.shortId(tree.get()) + ", registered " + recorded.get().substring(0,
                        Math.min(recorded.get().length(), GitRepo.shortId(tree.get()).length()))
                        + "), so it is not on the commit " + version.get() + " was released from; put it back there ("
                        + tagCommand(root, tag, moduleId + " " + version.get(), release.map(GitRepo::shortId)
                                .orElse("<commit>"), true) + ")" + release.map(c -> ": commit " + GitRepo.shortId(c)
                                + " is the first that holds those files").orElse(": none of the last "
                                + VersionSource.HISTORY_LIMIT + " commits holds those files"), true);
            }
            return atCommit(git, ref, commit.get(), folderInRepo, options);
        }
        Optional<ObjectId> commit = git.resolveCommit(ref);
        if (commit.isEmpty()) {
            throw new VersionNotFoundException(moduleId, ref, "'" + ref + "' is not " + WORKING_TREE + ", a module "
                    + "folder, a version of " + moduleId + " or a git revision; run 'alexandria versions " + moduleId
                    + "' to list its versions");
        }
        return atCommit(git, ref, commit.get(), folderInRepo, options);
    }

    private ModuleSnapshot atCommit(VersionSource git, String label, ObjectId commit, String folderInRepo,
                                    InspectOptions options) {
        ObjectId tree = git.treeAt(commit, folderInRepo).orElseThrow(() ->
                new VersionNotFoundException(module.id().value(), label, module.id() + " has no folder "
                        + folderInRepo + " at " + label + " (commit " + GitRepo.shortId(commit) + "); compare with a "
                        + "version that has it"));
        return cached(tree.name(), "tree " + tree.name(), label, options, () -> git.configFiles(tree, folderInRepo));
    }

    /**
     * A version from the cache when it was read before with the same content, folder and options, else read
     * from its files and kept.
     *
     * @param file    the cache entry's file name ({@link InterfaceCache#lookup})
     * @param content what names the version's files exactly: a tree id, or the files' ids
     * @param label   what the version was asked for as
     * @param options the inspector's options
     * @param files   reads the version's configuration files, on a miss
     */
    private ModuleSnapshot cached(String file, String content, String label, InspectOptions options,
                                  java.util.function.Supplier<Map<String, String>> files) {
        if (cache.isEmpty()) {
            return ModuleSnapshot.of(label, display(), files.get(), options);
        }
        String key = InterfaceCache.key(content, display(), options);
        Optional<ModuleSnapshot> hit = cache.get().lookup(file, key, label);
        if (hit.isPresent()) {
            return hit.get();
        }
        ModuleSnapshot read = ModuleSnapshot.of(label, display(), files.get(), options);
        cache.get().store(file, key, read);
        return read;
    }

    @Override
    public String toString() {
        return "ModuleVersions{" + module.id() + "}";
    }
}
