package dev.alexandria.api;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionCheck;
import dev.alexandria.api.model.VersionInfo;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one module: those in the registry, its git tags {@code <module>/v<version>}, and its working
 * tree. Obtained from {@link Library#versions(String)}.
 *
 * <pre>{@code
 * ModuleVersions vpc = lib.versions("vpc-standard");
 * InterfaceDiff diff = vpc.diff("1.2.0", "working-tree");
 * Bump bump = diff.requiredBump();
 * VersionCheck gate = vpc.check(false);          // the CI gate of `alexandria diff vpc-standard --check`
 * }</pre>
 *
 * <p><b>Versions</b> are named, in this order: {@value #WORKING_TREE} (the files on disk); a folder (a path
 * to a module folder); a version of the module ({@code 1.2.0}, read from its tag {@code vpc-standard/v1.2.0});
 * any git revision (a tag, a branch, a commit id). Versions from git are read from git's object database:
 * nothing is checked out or copied.
 *
 * <p>Reads only; thread-safe like the {@link Library} it comes from.
 *
 * @since 0.2.0
 */
public interface ModuleVersions {

    /** The name of the version on disk: {@value}. */
    String WORKING_TREE = "working-tree";

    /** The rule id of {@link #checkFinding(boolean)}: {@value}. */
    String VERSION_BUMP_RULE = "version-bump-required";

    /** @return the module */
    ModuleId module();

    /** @return the version in the working tree's {@code .alexandria.yaml} */
    Version current();

    /**
     * Every known version: registered ones and those with a git tag, highest first.
     *
     * @return the versions; empty for a module never registered or tagged
     */
    List<VersionInfo> list();

    /**
     * The git tags named like a version of the module ({@code <module>/v…}) whose name is no SemVer 2.0 version,
     * such as {@code vpc-standard/vnot-a-version}: {@link #list()} leaves them out; each comes with why.
     *
     * @return the tags, by name; empty outside git or when every such tag is a version
     * @throws dev.alexandria.api.AlexandriaException if the repository's tags cannot be read
     * @since 0.4.0
     */
    List<dev.alexandria.api.model.IgnoredTag> ignoredTags();

    /** @return the highest registered version, if the module was ever registered */
    Optional<VersionInfo> latestRegistered();

    /**
     * Compares two versions of the module's interface, with the library's policy for risky changes.
     *
     * @param from the old version (see the class comment for how versions are named)
     * @param to   the new version
     * @return the changes and the bump they require
     * @throws VersionNotFoundException if a version cannot be found; the message says how to list them
     * @throws AlexandriaException if a version named as a folder holds no {@code .tf} or {@code .tf.json} file (an
     *                             empty folder would read as every declaration removed)
     */
    InterfaceDiff diff(String from, String to);

    /**
     * Compares two versions of the module's interface.
     *
     * @param from   the old version
     * @param to     the new version
     * @param strict treat risky changes as breaking, whatever the library's policy says
     * @return the changes and the bump they require
     * @throws VersionNotFoundException if a version cannot be found
     * @throws AlexandriaException if a version named as a folder holds no {@code .tf} or {@code .tf.json} file
     */
    InterfaceDiff diff(String from, String to, boolean strict);

    /**
     * The CI gate: compares the highest registered version with the working tree and checks that the
     * working tree's version is at least the bump the changes require (on {@code 0.x} a minor bump meets a
     * required major one; between pre-releases of the same {@code MAJOR.MINOR.PATCH} any change is allowed).
     * A module never registered passes.
     *
     * @param strict treat risky changes as breaking, whatever the library's policy says
     * @return the verdict, with the diff it was made from
     * @throws VersionNotFoundException if the registered version has no tag to read it from
     */
    VersionCheck check(boolean strict);

    /**
     * The CI gate of {@link #check(boolean)} as a validation rule: an error with rule id
     * {@value #VERSION_BUMP_RULE} at the {@code version:} line of the module's {@code .alexandria.yaml}, saying
     * why the version falls short and which version to set; empty when the check passes.
     *
     * <pre>{@code
     * lib.versions("vpc-standard").checkFinding(false).ifPresent(findings::add);
     * }</pre>
     *
     * @param strict treat risky changes as breaking, whatever the library's policy says
     * @return the finding, or empty when the version meets the required bump
     * @throws VersionNotFoundException if the highest registered version has no tag to compare with
     * @since 0.2.0
     */
    Optional<Finding> checkFinding(boolean strict);

    /**
     * Plans the next release of the module: picks the version (or checks the exact one asked for) against the
     * bump the changes since the last registered version require, and prepares the release step's files,
     * commit and tag. Nothing is written until {@link ReleasePlan#apply()}.
     *
     * @param request the bump or exact version, the changelog text, strictness and date
     * @return the plan
     * @throws ReleaseRefusedException if the release cannot be made; the message lists every reason and its fix
     *                                 (a bump lower than required names each breaking change)
     */
    ReleasePlan release(ReleaseRequest request);
}
