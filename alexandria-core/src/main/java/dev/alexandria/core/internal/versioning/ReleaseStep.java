package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ReleasePlan;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ReleaseResult;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.text.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The release step, one for {@code version} (the next version) and {@code register} (the first): write the
 * module's {@code .alexandria.yaml}, the registry, a {@code CHANGELOG.md} entry and the README's tables between
 * terraform-docs' markers; commit exactly those files; tag that commit {@code <module>/v<version>} (annotated),
 * so the tag always holds the released files. All or nothing: under the catalog lock, and a failure at any
 * step restores every file byte for byte and undoes the commit and the tag.
 */
public final class ReleaseStep implements ReleasePlan {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseStep.class);

    /** A file of the plan: where it is, its bytes now (null: absent), its new text. */
    record FileChange(Path file, String display, byte[] before, String after) {
    }

    private final Path root;
    private final CatalogWriter catalog;
    private final ModuleId module;
    /** The verb of the command that releases, as its refusals say it: release ({@code version}) or register. */
    private final String command;
    private final Version current;
    private final Version next;
    private final Optional<InterfaceDiff> diff;
    private final Bump required;
    private final List<FileChange> changes;
    private final List<String> notes;
    private final String commitMessage;
    private final String tagMessage;
    private final String tag;
    private final List<String> refusals;
    private Consumer<String> afterWrite = path -> { };
    private boolean applied;

    ReleaseStep(Path root, CatalogWriter catalog, ModuleId module, String command, Version current, Version next,
                Optional<InterfaceDiff> diff, Bump required, List<FileChange> changes, List<String> notes,
                String commitMessage, String tagMessage, String tag, List<String> refusals) {
        this.root = root;
        this.catalog = catalog;
        this.module = module;
        this.command = command;
        this.current = current;
        this.next = next;
        this.diff = diff;
        this.required = required;
        this.changes = List.copyOf(changes);
        this.notes = List.copyOf(notes);
        this.commitMessage = commitMessage;
        this.tagMessage = tagMessage;
        this.tag = tag;
        this.refusals = List.copyOf(refusals);
    }

    /**
     * Plans a release. Every check that can refuse is made while planning, so a dry run refuses exactly what a real
     * run would. A release that cannot be made at all (a version too low, one that exists, one the maturity does not
     * allow: {@code DefaultModuleVersions.release} finds those, with the one fix they share) is refused; one that can be planned but not applied as things are (uncommitted changes in the
     * module folder or the registry) is planned, with {@link #refusals()} saying why {@link #apply()} refuses it,
     * so a dry run still shows the plan.
     *
     * @param in what to release
     * @return the plan
     * @throws ReleaseRefusedException listing every reason (the blockers too, when there are other reasons)
     */
    static ReleaseStep plan(Inputs in) {
        ModuleMetadata metadata = in.metadata();
        String id = metadata.id().value();
        List<String> reasons = new ArrayList<>(in.reasons());
        CatalogWriter store = in.catalog();
        Path moduleDir = in.root().resolve("_library").resolve(in.modulePath());
        if (!reasons.isEmpty()) {
            reasons.addAll(in.blockers());
            throw refused(in.command(), id, in.next(), reasons);
        }
        ModuleMetadata nextMetadata = metadata.toBuilder().version(in.next()).build();
        ModuleRegistry registry = store.readRegistry();
        RegistryEntry entry = registry.entry(metadata.id()).orElseGet(() -> firstEntry(metadata));
        RegistryEntry nextEntry = entry.withVersion(new RegisteredVersion(in.next(), in.date(),
                metadata.maturity(), in.changelogText().strip()));
        if (!metadata.maturityHistory().isEmpty()) {
            // the registry mirrors the module's maturity history (a promotion releases level and version together)
            nextEntry = nextEntry.toBuilder().maturityHistory(metadata.maturityHistory()).build();
        }
        List<FileChange> files = new ArrayList<>();
        List<String> notes = new ArrayList<>(in.notes());
        Path metaFile = moduleDir.resolve(".alexandria.yaml");
        files.add(change(metaFile, "_library/" + in.modulePath() + "/.alexandria.yaml",
                store.previewMetadata(in.modulePath(), nextMetadata)));
        Path changelogFile = moduleDir.resolve("CHANGELOG.md");
        // a release that carries a maturity change (a promotion) records it under ### Changed
        Optional<String> maturityChange = Optional.of(in.was()).filter(was -> was != metadata.maturity())
                .map(was -> was + " → " + metadata.maturity());
        String entryText = Changelog.entry(in.next(), in.date(), in.changelogText(), in.diff(), maturityChange);
        String changelogShown = "_library/" + in.modulePath() + "/CHANGELOG.md";
        files.add(change(changelogFile, changelogShown,
                Changelog.insert(readText(changelogFile, changelogShown), entryText)));
        Path readme = moduleDir.resolve("README.md");
        Optional<String> readmeText = readText(readme, "_library/" + in.modulePath() + "/README.md");
        if (readmeText.isEmpty()) {
            notes.add("no README.md: no tables to update");
        } else {
            Optional<String> updated = ReadmeDocs.update(readmeText.get(), in.workingTree());
            if (updated.isEmpty()) {
                notes.add("README.md has no " + ReadmeDocs.BEGIN + " … " + ReadmeDocs.END + " markers: its tables "
                        + "are left as they are (add the markers to have them generated)");
            }
            String docs = updated.orElse(readmeText.get());
            // the header table shows the level and version the release gives the module
            // and the Complexity cell the tier of the released inputs (a release can change it)
            String text = ReadmeHeader.update(docs, nextMetadata.maturity(), in.next(),
                    in.workingTree().ownVariableCount()).orElse(docs);
            if (!text.equals(readmeText.get())) {
                files.add(change(readme, "_library/" + in.modulePath() + "/README.md", text));
            }
        }
        java.util.Map<String, String> moduleFiles = new java.util.LinkedHashMap<>();
        for (FileChange f : files) {
            moduleFiles.put(moduleDir.relativize(f.file()).toString().replace('\\', '/'), f.after());
        }
        // every release records what publish checks the tag against: its git tag, the module folder's tree in the
        // release commit and the interface fingerprint (register and version alike)
        String releaseTag = DefaultModuleVersions.tagName(metadata.id(), in.next());
        Optional<String> tree = FolderTrees.next(in.root(), moduleDir, moduleFiles);
        if (tree.isPresent()) {
            String fingerprint = Fingerprints.of(in.workingTree());
            nextEntry = nextEntry.toBuilder().versions(nextEntry.versions().stream().map(v -> v.version()
                    .equals(in.next()) ? v.withRelease(releaseTag, tree.get(), fingerprint) : v).toList()).build();
        }
        nextEntry = in.entryChange().apply(nextEntry, moduleFiles);
        files.add(1, change(in.root().resolve("_catalog/module-registry.yaml"), "_catalog/module-registry.yaml",
                store.previewRegistry(registry.with(nextEntry))));
        files.removeIf(f -> f.before() != null && new String(f.before(), StandardCharsets.UTF_8).equals(f.after()));
        String message = id + " " + in.next() + "\n\n" + in.changelogText().strip() + "\n";
        // what apply() refuses before its first write is a refusal of the plan too, so a dry run refuses it as well
        List<String> blockers = new ArrayList<>(in.blockers());
        CatalogCommit.indexLocked(in.root()).filter(r -> !blockers.contains(r)).ifPresent(blockers::add);
        return new ReleaseStep(in.root(), in.catalog(), metadata.id(), in.command(), in.current(), in.next(), in.diff(),
                in.required(), files,
                notes, message, entryText, releaseTag, blockers);
    }

    /**
     * What {@link #plan} needs. {@code entryChange} completes the module's registry entry with what depends on the
     * module folder's planned files (register records the folder's tree hash); it gets the entry and the planned
     * text of the module folder's files, by path relative to the folder. {@code was} is the module's level before
     * the release ({@code metadata} has the level after it: a promotion releases both together). {@code command} is
     * the verb refusals say: {@code release} ({@code version}, {@code promote}) or {@code register}.
     */
    record Inputs(String command, Path root, CatalogWriter catalog, String modulePath, MaturityLevel was,
            ModuleMetadata metadata,
            Version current, Version next,
            Optional<InterfaceDiff> diff, Bump required, String changelogText, LocalDate date,
            dev.alexandria.api.model.ModuleInterface workingTree, List<String> reasons, List<String> blockers,
            List<String> notes,
            java.util.function.BiFunction<RegistryEntry, java.util.Map<String, String>, RegistryEntry> entryChange) {
    }

    private static RegistryEntry firstEntry(ModuleMetadata m) {
        RegistryEntry.Builder b = RegistryEntry.builder().id(m.id()).name(m.name()).version(m.version())
                .category(m.category()).tags(m.tags()).maturity(m.maturity()).description(m.description())
                .examples(m.examples()).requires(m.requires()).compatibleWith(m.compatibleWith())
                .support(m.supportChannel().isPresent() ? RegistryEntry.Support.of(m.maintainer(),
                        m.supportChannel().get()) : RegistryEntry.Support.of(m.maintainer()));
        m.estimatedMonthlyCost().ifPresent(b::cost);
        return b.build();
    }

    /**
     * The one way the release step refuses: naming the command the user ran, as its other refusals do.
     *
     * @param command the verb: {@code release} or {@code register}
     * @param id      the module
     * @param next    the version released
     * @param reasons every reason, each with its fix
     * @return the refusal
     */
    static ReleaseRefusedException refused(String command, String id, Version next, List<String> reasons) {
        return refused(command, id, next.toString(), reasons);
    }

    /**
     * The refusal of a request that names no version: its header says what was asked, such as
     * {@code refusing to release s3-basic with --bump prerelease:}, never a version the user did not ask for.
     *
     * @param command the verb: {@code release} or {@code register}
     * @param id      the module
     * @param asked   what was asked, after the module's id: a version, or such as {@code with --bump prerelease}
     * @param reasons every reason, each with its fix
     * @return the refusal
     */
    static ReleaseRefusedException refused(String command, String id, String asked, List<String> reasons) {
        return new ReleaseRefusedException("refusing to " + command + " " + id + " " + asked + ":", reasons);
    }

    private static FileChange change(Path file, String display, String after) {
        byte[] before = null;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                before = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new AlexandriaException("cannot read " + display + ": " + IoProblems.reason(e) + "; check the "
                        + "file's permissions", e);
            }
        }
        return new FileChange(file, display, before, after);
    }

    private static Optional<String> readText(Path file, String display) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new AlexandriaException("cannot read " + display + ": " + IoProblems.reason(e), e);
        }
    }

    // ------------------------------------------------------------------ ReleasePlan

    @Override
    public ModuleId module() {
        return module;
    }

    @Override
    public Version current() {
        return current;
    }

    @Override
    public Version next() {
        return next;
    }

    @Override
    public Optional<InterfaceDiff> diff() {
        return diff;
    }

    @Override
    public Bump requiredBump() {
        return required;
    }

    @Override
    public List<PlannedFile> files() {
        return changes.stream().map(c -> new PlannedFile(c.display(), Optional.ofNullable(c.before())
                .map(b -> new String(b, StandardCharsets.UTF_8)), c.after())).toList();
    }

    @Override
    public String commitMessage() {
        return commitMessage;
    }

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public List<String> refusals() {
        return refusals;
    }

    /** @return remarks about what the plan leaves alone (a README without markers) */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (diff.isEmpty()) { // nothing released before: no bump to count; the version may be the working tree's
            sb.append("release ").append(module).append(' ').append(next).append(" (first release")
                    .append(next.equals(current) ? "" : ", the working tree has " + current).append(")\n");
        } else {
            // the bump the new version makes can be more than the changes need (a promotion to beta releases
            // 1.0.0-beta.1, a major, whatever changed): then say both, never "patch" for a major release
            int n = diff.get().changes().size();
            Bump made = next.isNewerThan(current) ? Bump.between(current, next) : required;
            sb.append("release ").append(module).append(' ').append(current).append(" → ").append(next);
            if (current.isPreRelease() && next.isNewerThan(current) && next.release().equals(current.release())) {
                // SemVer: between pre-releases of one version, and from one to its release, any change is allowed;
                // such a move is no patch, minor or major bump, so it is named for what it is
                sb.append(" (").append(next.isPreRelease() ? "pre-release bump" : "release of the pre-release")
                        .append(": ").append(n).append(n == 1 ? " change" : " changes").append(", which ")
                        .append(next.isPreRelease() ? "pre-releases of " + next.release() + " allow" : "a release "
                                + "allows after its pre-releases").append(")\n");
            } else {
                // on 0.x SemVer's minor bump is the one for breaking changes (ReleaseRules): the bump they need there
                boolean zero = current.major() == 0 && required == Bump.MAJOR;
                Bump needed = zero ? Bump.MINOR : required;
                String onZero = zero ? "on 0.x a minor bump is what breaking changes need" : "";
                if (made == needed) {
                    sb.append(" (").append(needed.id()).append(" bump required, ").append(n)
                            .append(n == 1 ? " change" : " changes").append(zero ? ": " + onZero : "").append(")\n");
                } else {
                    sb.append(" (").append(made.id()).append(" release: ").append(n == 0
                            ? "no interface changes, which alone need" : n + (n == 1 ? " change, which alone needs"
                            : " changes, which alone need")).append(" a ").append(needed.id()).append(" bump")
                            .append(zero ? " (" + onZero + ")" : "").append(")\n");
                }
            }
        }
        sb.append("commit ").append(changes.size()).append(changes.size() == 1 ? " file" : " files")
                .append(", message \"").append(commitMessage.lines().findFirst().orElse("")).append("\"\n");
        sb.append("tag ").append(tag).append(" (annotated) on that commit\n");
        if (!refusals.isEmpty()) {
            sb.append("applying this plan is refused as things are:\n");
            refusals.forEach(r -> sb.append("  ").append(r).append('\n'));
        }
        for (String n : notes) {
            sb.append("note: ").append(n).append('\n');
        }
        for (FileChange c : changes) {
            sb.append('\n').append(UnifiedDiff.of(c.display(), c.before() == null ? null
                    : new String(c.before(), StandardCharsets.UTF_8), c.after()));
        }
        return sb.toString();
    }

    /**
     * @return the plan in one line, for logs and a debugger: module, {@code from → to}, the required bump and the
     *         number of changes, such as {@code ReleasePlan[vpc-standard 2.0.0 → 2.1.0, minor bump required, 1
     *         change]}
     */
    @Override
    public String toString() {
        String changes = diff.map(d -> d.changes().size() + (d.changes().size() == 1 ? " change" : " changes"))
                .orElse("first release");
        return "ReleasePlan[" + module + " " + (diff.isEmpty() ? next : current + " → " + next) + ", "
                + required.id() + " bump required, " + changes + (refusals.isEmpty() ? "" : ", "
                + refusals.size() + (refusals.size() == 1 ? " refusal" : " refusals")) + "]";
    }

    /** For tests: runs after each file is written, with the file's display path; a throw simulates a failure. */
    public void afterWrite(Consumer<String> hook) {
        this.afterWrite = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public ReleaseResult apply() {
        if (applied) {
            throw new IllegalStateException("this plan was applied already; plan the next release again");
        }
        if (!refusals.isEmpty()) {
            throw refused(command, module.value(), next, refusals);
        }
        applied = true;
        return catalog.withLock(this::applyLocked);
    }

    private ReleaseResult applyLocked() {
        for (FileChange c : changes) {
            byte[] now = bytes(c);
            if (!java.util.Arrays.equals(now, c.before())) {
                throw refused(command, module.value(), next, List.of(c.display() + " changed since the release was planned; "
                        + "plan it again"));
            }
        }
        try (GitRepo git = GitRepo.open(root).orElseThrow(() -> refused(command, module.value(), next, List.of("the library "
                + root + " is not in a git repository; the release step commits and tags, so run it in one")))) {
            Git porcelain = new Git(git.repository());
            ObjectId oldHead = git.head().orElseThrow(() -> refused(command, module.value(), next,
                    List.of("the repository has no commit yet; commit the module first")));
            // checked before the first write: with the index locked the commit fails, and so would its undo
            Optional<String> locked = git.indexLocked().or(() -> git.refLocked(Constants.R_TAGS + tag));
            if (locked.isPresent()) {
                throw refused(command, module.value(), next, List.of(locked.get()));
            }
            List<String> paths = new ArrayList<>();
            for (FileChange c : changes) {
                // the folder exists (the file may not yet): resolve it, then name the file in it
                String folder = git.relative(c.file().getParent());
                paths.add(folder.isEmpty() ? c.file().getFileName().toString() : folder + "/" + c.file().getFileName());
            }
            List<FileChange> written = new ArrayList<>();
            RevCommit commit = null;
            boolean tagged = false;
            boolean staged = false;
            String step = "writing the files";
            GitRepo.HookOutput hook = new GitRepo.HookOutput();
            try {
                for (FileChange c : changes) {
                    catalog.replaceFile(c.file(), c.after(), c.display());
                    written.add(c);
                    afterWrite.accept(c.display());
                }
                step = "committing";
                for (String p : paths) {
                    porcelain.add().addFilepattern(p).call();
                    staged = true;
                }
                CommitCommand commitCommand = hook.attach(porcelain.commit().setMessage(commitMessage));
                for (String p : paths) {
                    commitCommand.setOnly(p);
                }
                commit = commitCommand.call();
                afterWrite.accept("commit");
                step = "tagging";
                tag(porcelain, commit);
                tagged = true;
                afterWrite.accept("tag");
                LOG.debug("released {} {} as {} on {}", module, next, tag, commit.name());
                return new ReleaseResult(next, tag, commit.name(), changes.stream().map(FileChange::display).toList());
            } catch (GitAPIException | RuntimeException e) {
                rollback(porcelain, oldHead, commit != null, tagged, staged, paths, written);
                if (e instanceof ReleaseRefusedException r) {
                    throw r;
                }
                Optional<String> refusal = GitRepo.hookRefusal(e, hook);
                if (refusal.isPresent()) { // a refusal, as any other (exit 1), not a data error
                    throw refused(command, module.value(), next, List.of(refusal.get()));
                }
                throw new AlexandriaException("releasing " + module + " " + next + " failed while " + step + ": "
                        + GitRepo.describe(e, hook) + "; every file, the commit and the tag were restored, so the library is as "
                        + "it was", e);
            }
        }
    }

    /**
     * Tags the release commit. JGit reports a tag it cannot write as "could not lock HEAD" whatever the cause, so
     * the tag ref is checked first and every failure names the tag and why.
     */
    private void tag(Git porcelain, RevCommit commit) throws GitAPIException {
        String ref = Constants.R_TAGS + tag;
        if (!Repository.isValidRefName(ref)) {
            throw new IllegalStateException("tag " + tag + " is not a valid git ref name (git check-ref-format "
                    + ref + " says why: no '..', '~', '^', ':', spaces or a trailing '.lock')");
        }
        try {
            if (porcelain.getRepository().exactRef(ref) != null) {
                throw new IllegalStateException("tag " + tag + " already exists (" + ref + "), and a released "
                        + "version never changes");
            }
        } catch (IOException e) {
            throw new IllegalStateException("tag " + tag + " could not be read (" + ref + "): " + e.getMessage(), e);
        }
        try {
            porcelain.tag().setName(tag).setAnnotated(true).setMessage(tagMessage).setObjectId(commit).call();
        } catch (org.eclipse.jgit.api.errors.ConcurrentRefUpdateException e) {
            // another git process took the ref's lock after the check before the first write: refused like a lock
            // found then (exit 1), once the caller has undone the commit
            String lock = porcelain.getRepository().getDirectory().toPath().resolve(ref + ".lock").toString();
            throw refused(command, module.value(), next, List.of(GitRepo.refLocked(porcelain.getRepository(), ref)
                    .orElse("tag " + tag + " could not be written: " + ref + " was locked or changed by another git "
                            + "process while the release was made (" + e.getResult() + "; its lock file is " + lock
                            + "); every file and the commit were restored, so run the release again once no git "
                            + "command runs")));
        }
    }

    private void rollback(Git git, ObjectId oldHead, boolean committed, boolean tagged, boolean staged,
                          List<String> paths, List<FileChange> written) {
        List<String> problems = new ArrayList<>();
        if (tagged) {
            try {
                git.tagDelete().setTags(tag).call();
            } catch (GitAPIException | RuntimeException e) {
                problems.add("tag " + tag + ": " + e.getMessage());
            }
        }
        if (committed) {
            try {
                RefUpdate ru = git.getRepository().updateRef(Constants.HEAD);
                ru.setNewObjectId(oldHead);
                ru.setForceUpdate(true);
                ru.update();
            } catch (IOException | RuntimeException e) {
                problems.add("HEAD: " + e.getMessage());
            }
        }
        if (staged) { // an index nothing was added to is as it was
            try {
                var reset = git.reset().setRef(oldHead.name());
                paths.forEach(reset::addPath);
                reset.call();
            } catch (GitAPIException | RuntimeException e) {
                problems.add("index: " + e.getMessage());
            }
        }
        for (FileChange c : written) {
            try {
                if (c.before() == null) {
                    Files.deleteIfExists(c.file());
                } else {
                    catalog.replaceFile(c.file(), new String(c.before(), StandardCharsets.UTF_8), c.display());
                    if (!java.util.Arrays.equals(bytes(c), c.before())) {
                        Files.write(c.file(), c.before());
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(c.display() + ": " + (e instanceof IOException io ? IoProblems.reason(io)
                        : e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("the release of {} {} failed and could not be fully undone: {}", module, next, problems);
            throw new AlexandriaException("releasing " + module + " " + next + " failed, and undoing it failed too: "
                    + String.join("; ", problems) + "; check git status and restore these by hand");
        }
    }

    private static byte[] bytes(FileChange c) {
        try {
            return Files.exists(c.file(), LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(c.file()) : null;
        } catch (IOException e) {
            throw new AlexandriaException("cannot read " + c.display() + ": " + IoProblems.reason(e), e);
        }
    }

    /**
     * The uncommitted changes of a folder, for the refusal "the module folder has other uncommitted changes".
     *
     * @param git     the repository
     * @param folder  the folder relative to the work tree
     * @param ignored file names of the folder the release writes itself
     * @return the changed paths, relative to the work tree, sorted
     */
    static Set<String> uncommitted(GitRepo git, String folder, Set<String> ignored) {
        try {
            Status s = new Git(git.repository()).status().addPath(folder.isEmpty() ? "." : folder).call();
            Set<String> all = new java.util.TreeSet<>();
            all.addAll(s.getUncommittedChanges());
            all.addAll(s.getUntracked());
            Set<String> out = new LinkedHashSet<>();
            for (String p : all) {
                String name = p.substring(p.lastIndexOf('/') + 1);
                boolean own = p.equals(folder + "/" + name) && ignored.contains(name);
                if (!own) {
                    out.add(p);
                }
            }
            return out;
        } catch (GitAPIException e) {
            throw new AlexandriaException("cannot read the git status of " + folder + ": " + e.getMessage(), e);
        }
    }
}
