package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleRequirement;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which modules each module uses: its declared {@code requires} and its module calls whose source is a path to
 * another module of the library or a registry address ({@code owner/name/provider}) naming one. This is the one
 * place where recommendations learn dependencies; it is meant to be replaced by the dependency graph's.
 */
final class Relations {

    private final Map<String, Set<String>> dependencies;
    private final Map<String, Set<String>> dependents;

    private Relations(Map<String, Set<String>> dependencies) {
        this.dependencies = dependencies;
        Map<String, Set<String>> inverse = new TreeMap<>();
        dependencies.forEach((from, tos) -> tos.forEach(to -> inverse.computeIfAbsent(to, k -> new TreeSet<>())
                .add(from)));
        this.dependents = inverse;
    }

    /** @return the relations of a library's modules */
    static Relations of(Library library) {
        Map<String, Set<String>> deps = new TreeMap<>();
        for (LibraryModule m : library.modules()) {
            Set<String> to = new TreeSet<>();
            for (ModuleRequirement r : m.metadata().requires()) {
                library.module(r.module().value()).ifPresent(d -> to.add(d.id().value()));
            }
            Path folder = m.directory();
            for (ModuleCallRef call : m.interfaceSpec().moduleCalls()) {
                resolve(library, folder, call.source()).ifPresent(d -> to.add(d.id().value()));
            }
            to.remove(m.id().value());
            deps.put(m.id().value(), Collections.unmodifiableSet(to));
        }
        return new Relations(deps);
    }

    /**
     * The module a module call's source names.
     *
     * @param library the library
     * @param from    the calling folder
     * @param source  the call's {@code source}
     * @return the module, if the source is a relative path to one or a registry address naming one
     */
    static Optional<LibraryModule> resolve(Library library, Path from, String source) {
        String s = source.strip();
        if (s.startsWith("./") || s.startsWith("../")) {
            Path libraryDir = library.root().resolve("_library").toAbsolutePath().normalize();
            Path target = from.toAbsolutePath().resolve(s).normalize();
            if (!target.startsWith(libraryDir) || target.equals(libraryDir)) {
                return Optional.empty();
            }
            return library.module(libraryDir.relativize(target).toString().replace('\\', '/'));
        }
        if (s.startsWith("git::") || s.startsWith("github.com/")) {
            // git::https://github.com/owner/terraform-aws-name.git?ref=x
            String rest = s.replaceFirst("^git::", "").replaceFirst("^https?://", "").replaceFirst("\\?.*$", "")
                    .replaceFirst("\\.git$", "").replaceFirst("//.*$", "");
            String[] p = rest.split("/");
            if (p.length >= 3 && p[0].equals("github.com")) {
                String name = p[2].replaceFirst("^terraform-[a-z0-9]+-", "");
                return byOwnerAndName(library, p[1], name);
            }
            return Optional.empty();
        }
        String address = s.replaceFirst("//.*$", "");
        String[] p = address.split("/");
        if (p.length == 4) { // host/owner/name/provider
            p = new String[] {p[1], p[2], p[3]};
        }
        return p.length == 3 ? byOwnerAndName(library, p[0], p[1]) : Optional.empty();
    }

    private static Optional<LibraryModule> byOwnerAndName(Library library, String owner, String name) {
        String o = owner.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        for (String id : List.of(o.replaceAll("[^a-z0-9]", "") + "-" + n, o + "-" + n, n)) {
            if (id.matches("[a-z0-9][a-z0-9-]*")) {
                Optional<LibraryModule> m = library.module(id);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** @return the ids a module uses, sorted */
    Set<String> dependencies(String id) {
        return dependencies.getOrDefault(id, Set.of());
    }

    /** @return the ids of the modules that use a module, sorted */
    Set<String> dependents(String id) {
        return dependents.getOrDefault(id, Set.of());
    }
}
