package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the {@code source} of a module call to a module of the library, as Terraform's module installer reads
 * sources ("Module Sources" in the Terraform documentation): a local path starts with {@code ./} or
 * {@code ../}; a git source is {@code git::<url>} or a {@code github.com/…}/{@code git@…} shorthand, with an
 * optional {@code //subdir} and {@code ?ref=}; anything else is a registry address {@code host/namespace/name/
 * system}, whose {@code version} argument is a constraint. A git source calls a library module when its
 * {@code ref} is one of the library's release tags, {@code <id>/v<version>}; a registry source when it matches
 * a {@code graph.registry_sources} pattern.
 */
final class ModuleSources {

    private static final Pattern REF = Pattern.compile("(?:^|[?&])ref=([^&#]+)");
    private static final Pattern TAG = Pattern.compile("([a-z0-9][a-z0-9-]*)/v(.+)");

    /** A call's target: the module and the versions the call accepts. */
    record Target(ModuleId module, VersionConstraint constraint) {
    }

    /** Modules by folder, made on the first relative call (most modules call none). */
    private Map<Path, ModuleId> byDirectory;
    private final Map<ModuleId, LibraryModule> byId;
    private final List<Pattern> registry = new ArrayList<>();

    ModuleSources(Map<ModuleId, LibraryModule> byId, List<String> registrySources) {
        this.byId = byId;
        for (String p : registrySources) {
            int at = p.indexOf("{id}");
            registry.add(Pattern.compile(Pattern.quote(p.substring(0, at)) + "([a-z0-9][a-z0-9-]*)"
                    + Pattern.quote(p.substring(at + 4)), Pattern.CASE_INSENSITIVE));
        }
    }

    /**
     * @param caller the calling module
     * @param call   a module block of its HCL
     * @return the library module called and the versions accepted, or empty when the source is not a module of
     *         the library (or its version argument is not a constraint)
     */
    private Map<Path, ModuleId> byDirectory() {
        if (byDirectory == null) {
            byDirectory = new HashMap<>();
            for (LibraryModule m : byId.values()) {
                byDirectory.put(m.directory().toAbsolutePath().normalize(), m.id());
            }
        }
        return byDirectory;
    }

    Optional<Target> target(LibraryModule caller, ModuleCallRef call) {
        String source = call.source().strip();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (source.startsWith("./") || source.startsWith("../")) {
            try {
                Path dir = caller.directory().toAbsolutePath().resolve(source).normalize();
                return Optional.ofNullable(byDirectory().get(dir)).map(id -> new Target(id, VersionConstraint.any()));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        if (isGit(source)) {
            Matcher ref = REF.matcher(source.substring(Math.max(0, source.indexOf('?'))));
            if (source.indexOf('?') < 0 || !ref.find()) {
                return Optional.empty();
            }
            Matcher tag = TAG.matcher(ref.group(1));
            if (!tag.matches()) {
                return Optional.empty();
            }
            Optional<Version> version = Version.tryParse(tag.group(2));
            if (!ModuleId.isValid(tag.group(1)) || !byId.containsKey(ModuleId.of(tag.group(1))) || version.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Target(ModuleId.of(tag.group(1)), VersionConstraint.exactly(version.get())));
        }
        String address = source;
        int subdir = address.indexOf("//");
        if (subdir >= 0) {
            address = address.substring(0, subdir);
        }
        for (Pattern p : registry) {
            Matcher m = p.matcher(address);
            if (m.matches()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (!ModuleId.isValid(name) || !byId.containsKey(ModuleId.of(name))) {
                    return Optional.empty();
                }
                ModuleId id = ModuleId.of(name);
                // No version argument: any version; one that cannot be read: not an edge (inspect reports it).
                return call.version().isEmpty() ? Optional.of(new Target(id, VersionConstraint.any()))
                        : call.versionConstraint().map(c -> new Target(id, c));
            }
        }
        return Optional.empty();
    }

    static boolean isGit(String source) {
        return source.startsWith("git::") || source.startsWith("git@") || source.startsWith("github.com/")
                || source.startsWith("bitbucket.org/");
    }
}
