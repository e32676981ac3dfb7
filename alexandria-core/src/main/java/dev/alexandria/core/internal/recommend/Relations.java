package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.core.internal.graph.LibraryGraph;
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
 * Which modules each module uses, from the library's dependency graph, and which modules an example calls. This
 * is the one place where recommendations learn dependencies.
 */
final class Relations {

    /** A git source's {@code ref} naming a release tag of the library: {@code ?ref=<id>/v<version>}. */
    private static final java.util.regex.Pattern RELEASE_REF =
            java.util.regex.Pattern.compile("[?&]ref=([a-z0-9][a-z0-9-]*)/v[0-9][^&#]*");
    /** A module id's characters. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** What is not a lower-case letter or digit. */
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]");
    /** A source's subdirectory ({@code //modules/x}), to its end. */
    private static final java.util.regex.Pattern SUBDIR = java.util.regex.Pattern.compile("//.*$");
    private static final java.util.regex.Pattern GIT_PREFIX = java.util.regex.Pattern.compile("^git::");
    private static final java.util.regex.Pattern HTTP_SCHEME = java.util.regex.Pattern.compile("^https?://");
    private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("\\?.*$");
    private static final java.util.regex.Pattern DOT_GIT = java.util.regex.Pattern.compile("\\.git$");
    /** A repository name's {@code terraform-<provider>-} prefix. */
    private static final java.util.regex.Pattern TERRAFORM_PREFIX = java.util.regex.Pattern.compile(
            "^terraform-[a-z0-9]+-");

    private final Map<String, Set<String>> dependencies;
    /** The dependents of each module, or null when only each module's own dependencies are known. */
    private final Map<String, Set<String>> dependents;
    /** Computes a module's own dependencies on first use, or null when all were computed up front. */
    private final Library library;

    private Relations(Map<String, Set<String>> dependencies) {
        this.dependencies = dependencies;
        Map<String, Set<String>> inverse = new TreeMap<>();
        dependencies.forEach((from, tos) -> tos.forEach(to -> inverse.computeIfAbsent(to, k -> new TreeSet<>())
                .add(from)));
        this.dependents = inverse;
        this.library = null;
    }

    private Relations(Library library) {
        this.dependencies = new java.util.HashMap<>();
        this.dependents = null;
        this.library = library;
    }

    /**
     * Each module's own dependencies, read on first use from that module alone: its declared {@code requires} of
     * modules of the library and its module calls that {@link #resolve} names one of the library. The whole
     * dependency graph is not built (it reads every module's HCL), so {@link #dependents} is not available; a
     * use case asks only what a few modules use.
     *
     * @param library the library
     * @return its relations, computed as asked
     */
    static Relations own(Library library) {
        return new Relations(library);
    }

    private Set<String> ownDependencies(String id) {
        Optional<LibraryModule> found = library.module(id);
        if (found.isEmpty()) {
            return Set.of();
        }
        LibraryModule m = found.get();
        Set<String> to = new TreeSet<>();
        for (var r : m.metadata().requires()) {
            library.module(r.module().value()).ifPresent(d -> to.add(d.id().value()));
        }
        for (ModuleCallRef call : ModuleFacts.calls(m)) {
            resolve(library, m.directory(), call.source()).ifPresent(d -> to.add(d.id().value()));
        }
        to.remove(m.id().value());
        return Collections.unmodifiableSet(to);
    }

    /**
     * The relations of a library's modules: the edges of its dependency graph ({@link LibraryGraph#targets}, without
     * building the graph of {@link Library#graph()}: declared
     * {@code requires} and module calls the graph resolves), plus module calls with a registry or GitHub address
     * that names a module of the library by its owner and name ({@code aws-ia/eks-blueprints-teams/aws} for
     * {@code awsia-eks-blueprints-teams}), which the graph resolves only when {@code graph.registry_sources} says so.
     *
     * @param library the library
     * @return its relations
     */
    static Relations of(Library library) {
        Map<String, Set<String>> deps = new TreeMap<>();
        for (Map.Entry<ModuleId, Set<ModuleId>> e : LibraryGraph.targets(library, ModuleFacts::calls).entrySet()) {
            Set<String> to = new TreeSet<>();
            e.getValue().forEach(t -> to.add(t.value()));
            deps.put(e.getKey().value(), to);
        }
        for (LibraryModule m : library.modules()) {
            Set<String> to = deps.get(m.id().value());
            for (ModuleCallRef call : ModuleFacts.calls(m)) {
                String s = call.source().strip();
                if (!s.startsWith("./") && !s.startsWith("../")) {
                    resolve(library, m.directory(), s).ifPresent(d -> to.add(d.id().value()));
                }
            }
            to.remove(m.id().value());
        }
        Map<String, Set<String>> frozen = new TreeMap<>();
        deps.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return new Relations(frozen);
    }

    /**
     * The module a module call's source names.
     *
     * @param library the library
     * @param from    the calling folder
     * @param source  the call's {@code source}
     * @return the module, if the source is a relative path to one, a git address with a release tag of one
     *         ({@code ?ref=<id>/v<version>}) or naming one by owner and name, or a registry address naming one
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
        if (s.startsWith("git::") || s.startsWith("github.com/") || s.startsWith("git@")
                || s.startsWith("bitbucket.org/")) {
            // A release tag of the library, <id>/v<version>, as the dependency graph reads it.
            java.util.regex.Matcher tag = RELEASE_REF.matcher(s);
            if (tag.find()) {
                Optional<LibraryModule> released = library.module(tag.group(1));
                if (released.isPresent()) {
                    return released;
                }
            }
            // git::https://github.com/owner/terraform-aws-name.git?ref=x
            String rest = first(SUBDIR, first(DOT_GIT, first(QUERY, first(HTTP_SCHEME, first(GIT_PREFIX, s)))));
            String[] p = rest.split("/");
            if (p.length >= 3 && p[0].equals("github.com")) {
                String name = TERRAFORM_PREFIX.matcher(p[2]).replaceFirst("");
                return byOwnerAndName(library, p[1], name);
            }
            return Optional.empty();
        }
        String address = SUBDIR.matcher(s).replaceFirst("");
        String[] p = address.split("/");
        if (p.length == 4) { // host/owner/name/provider
            p = new String[] {p[1], p[2], p[3]};
        }
        return p.length == 3 ? byOwnerAndName(library, p[0], p[1]) : Optional.empty();
    }

    /**
     * {@link String#replaceFirst} with a pattern compiled once: a source is resolved for every module call of every
     * module, and compiling its patterns each time was most of the cost of {@code --based-on}.
     */
    static String first(java.util.regex.Pattern p, String s) {
        return p.matcher(s).replaceFirst("");
    }

    private static Optional<LibraryModule> byOwnerAndName(Library library, String owner, String name) {
        String o = owner.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        String owner0 = NOT_ALNUM.matcher(o).replaceAll("");
        for (String id : List.of(owner0 + "-" + n, o + "-" + n, n)) {
            if (ID.matcher(id).matches()) {
                Optional<LibraryModule> m = library.module(id);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        // A library that names a collection's modules by a shortened owner ("truss-logs" for trussworks/logs):
        // <prefix>-<name> for each prefix of the owner of 3 characters or more, longest first.
        for (int len = owner0.length() - 1; len >= 3; len--) {
            String id = owner0.substring(0, len) + "-" + n;
            if (ID.matcher(id).matches()) {
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
        if (library != null) {
            return dependencies.computeIfAbsent(id, this::ownDependencies);
        }
        return dependencies.getOrDefault(id, Set.of());
    }

    /**
     * @return the ids of the modules that use a module, sorted
     * @throws IllegalStateException for the relations of {@link #own(Library)}, which do not know them
     */
    Set<String> dependents(String id) {
        if (dependents == null) {
            throw new IllegalStateException("dependents need the whole dependency graph: use Relations.of");
        }
        return dependents.getOrDefault(id, Set.of());
    }
}
