package dev.alexandria.core.internal.versioning;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The declared {@code requires} of a module as one of its released versions has them: read from the module's
 * {@code .alexandria.yaml} in the tree of its release tag {@code <module>/v<version>} (straight from the object
 * database, nothing checked out), since what a released version depends on is what it declared when it was
 * released, not what the working tree declares now. The repository is opened on first use; answers are kept, so
 * each version is read once.
 *
 * <p>Not thread-safe; use one per resolution and close it.
 */
public final class TaggedRequires implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaggedRequires.class);

    private final Path libraryRoot;
    private GitRepo git;
    private boolean opened;
    /** Every tag of the repository, read once: most modules a resolution meets have no release tag. */
    private java.util.Set<String> tags = java.util.Set.of();
    private final Map<String, Optional<List<ModuleRequirement>>> read = new HashMap<>();

    /**
     * @param libraryRoot the library root, inside a git work tree or not
     */
    public TaggedRequires(Path libraryRoot) {
        this.libraryRoot = libraryRoot;
    }

    /**
     * The requirements a released version of a module declared.
     *
     * @param module  the module
     * @param version one of its versions
     * @return the requirements, or empty when the library is not in git, the version has no tag, or its tree has no
     *         readable {@code .alexandria.yaml} (the caller then uses the working tree's)
     */
    public Optional<List<ModuleRequirement>> requires(LibraryModule module, Version version) {
        String tag = DefaultModuleVersions.tagName(module.id(), version);
        return read.computeIfAbsent(tag, t -> load(module, t));
    }

    /**
     * Whether the repository has any tag at all, so a release may be known (the repository is opened on the first
     * call).
     *
     * @return false outside git or in a repository without tags
     */
    public boolean hasReleaseTags() {
        open();
        return !tags.isEmpty();
    }

    /**
     * The tags of the library's repository (the repository is opened on the first call).
     *
     * @return every tag name ({@code vpc-standard/v2.3.0}), or empty when the library is not in a git work tree
     */
    public Optional<java.util.Set<String>> tags() {
        open();
        return git == null ? Optional.empty() : Optional.of(java.util.Set.copyOf(tags));
    }

    private Optional<List<ModuleRequirement>> load(LibraryModule module, String tag) {
        open();
        if (git == null || !tags.contains(tag)) {
            return Optional.empty();
        }
        return read(module, tag);
    }

    private void open() {
        if (!opened) {
            opened = true;
            git = GitRepo.open(libraryRoot).orElse(null);
            if (git != null) {
                try {
                    tags = new java.util.HashSet<>();
                    for (org.eclipse.jgit.lib.Ref ref : git.repository().getRefDatabase()
                            .getRefsByPrefix(org.eclipse.jgit.lib.Constants.R_TAGS)) {
                        tags.add(ref.getName().substring(org.eclipse.jgit.lib.Constants.R_TAGS.length()));
                    }
                } catch (IOException e) {
                    LOG.debug("cannot list the tags of {}: {}", libraryRoot, e.toString());
                    tags = java.util.Set.of();
                }
            }
        }
    }

    private Optional<List<ModuleRequirement>> read(LibraryModule module, String tag) {
        try {
            Optional<ObjectId> commit = git.resolveCommit("refs/tags/" + tag);
            if (commit.isEmpty()) {
                return Optional.empty();
            }
            String file = git.relative(module.directory().resolve(".alexandria.yaml"));
            try (RevWalk walk = new RevWalk(git.repository()); ObjectReader reader = git.repository().newObjectReader();
                 TreeWalk tw = TreeWalk.forPath(reader, file, walk.parseCommit(commit.get()).getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                org.eclipse.jgit.lib.ObjectLoader loader = reader.open(tw.getObjectId(0));
                if (loader.getSize() > YamlLimits.Kind.MODULE_METADATA.maxBytes()) {
                    return Optional.empty(); // too large to open at this tag: as if it had no requires
                }
                return parse(new String(loader.getCachedBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException | dev.alexandria.api.AlexandriaException e) {
            LOG.debug("no requires of {} from git: {}", tag, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The {@code requires} of a {@code .alexandria.yaml} text: each entry's {@code module}, {@code version}
     * constraint (none: any version) and {@code exemption.reason}. Entries that are not valid are left out, as
     * the catalog's reader leaves them out of the graph.
     *
     * @param text the file's text
     * @return the requirements; empty when the text is not a YAML mapping
     */
    static Optional<List<ModuleRequirement>> parse(String text) {
        JsonNode root;
        try {
            root = YamlLimits.mapper().readTree(text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        List<ModuleRequirement> out = new ArrayList<>();
        for (JsonNode r : root.path("requires")) {
            String id = r.path("module").asText("");
            if (!ModuleId.isValid(id)) {
                continue;
            }
            String version = r.path("version").isValueNode() ? r.path("version").asText("") : "";
            Optional<VersionConstraint> constraint = version.isBlank() ? Optional.of(VersionConstraint.any())
                    : VersionConstraint.tryParse(version);
            if (constraint.isEmpty()) {
                continue;
            }
            String reason = r.path("exemption").path("reason").asText("");
            out.add(new ModuleRequirement(ModuleId.of(id), constraint.get(), reason.isBlank() ? Optional.empty()
                    : Optional.of(new ModuleRequirement.Exemption(reason))));
        }
        return Optional.of(List.copyOf(out));
    }

    @Override
    public void close() {
        if (git != null) {
            git.close();
        }
    }
}
