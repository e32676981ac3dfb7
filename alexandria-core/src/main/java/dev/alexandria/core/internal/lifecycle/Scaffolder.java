package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ScaffoldRequest;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.inspect.NestedRoots;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.ReadmeDocs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plans a new module folder from templates. The templates of a tier are the files of
 * {@code <tier>/} and {@code common/}, the library's {@code _catalog/templates/} first, then the bundled ones
 * (this package's {@code templates/}); a file of the tier wins over a common one of the same path. Placeholders:
 * {@code {{id}}}, {@code {{snake_id}}}, {@code {{name}}}, {@code {{description}}}, {@code {{layer}}},
 * {@code {{category}}} ({@code <layer>/<category>}), {@code {{subcategory}}}, {@code {{maturity}}},
 * {@code {{version}}}; any other {@code {{…}}} is refused, naming the template and line, before anything is
 * written. The README's tables between terraform-docs' markers are generated from the rendered HCL, and the tier
 * derived from it must be the tier asked for. When the library gives {@code variables.tf} or {@code outputs.tf},
 * the bundled tests, example and README usage are replaced by ones written from them ({@link InterfaceFiles}).
 */
public final class Scaffolder {

    static final String LIBRARY_TEMPLATES = "_catalog/templates";
    private static final String BUNDLED = "templates/";
    private static final List<String> TIERS = List.of("basic", "standard", "advanced");

    private Scaffolder() {
    }

    static ChangePlan plan(Library library, CatalogWriter catalog, ScaffoldRequest request, String maintainer) {
        String name = request.name();
        List<String> reasons = new ArrayList<>();
        String problem = nameProblem(name);
        if (problem != null) {
            reasons.add("the name '" + name + "' " + problem);
        }
        Optional<Category> category = Optional.empty();
        try {
            category = Optional.of(Category.parse(request.category()));
        } catch (IllegalArgumentException e) {
            reasons.add(e.getMessage());
        }
        if (category.isPresent() && !library.catalog().taxonomy().isDeclared(category.get())) {
            String layer = category.get().layer().id() + "/";
            reasons.add("category '" + category.get() + "' is not declared in _catalog/categories.yaml; use one of "
                    + library.catalog().taxonomy().categories().stream().map(c -> c.category().id())
                    .filter(c -> c.startsWith(layer)).toList() + " or declare it there first");
        }
        if (problem == null) {
            taken(library, name).ifPresent(where -> reasons.add("the name '" + name + "' is taken: " + where
                    + "; module ids are unique across the library, so pick another name"));
        }
        if (!reasons.isEmpty()) {
            throw new RefusedException("refusing to scaffold " + name + ":", reasons);
        }
        Category cat = category.orElseThrow();
        ModuleId id = ModuleId.of(name);
        String modulePath = cat.layer().id() + "/" + cat.subcategory() + "/" + name;
        Path folder = library.root().resolve("_library").resolve(modulePath);
        Version version = firstVersion(request.maturity());
        String title = title(name);
        String description = title + ": a " + cat.subcategory().replace('-', ' ') + " module of the "
                + cat.layer().id() + " layer (scaffolded; say here what it provides)";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", name);
        values.put("snake_id", name.replace('-', '_'));
        values.put("name", title);
        values.put("description", description);
        values.put("layer", cat.layer().id());
        values.put("category", cat.id());
        values.put("subcategory", cat.subcategory());
        values.put("maturity", request.maturity().id());
        values.put("version", version.toString());
        values.put("library_source", librarySource(modulePath));
        Map<String, Template> templates = templates(library.root(), request.complexity());
        List<String> unknown = unknownPlaceholders(templates, values.keySet());
        if (!unknown.isEmpty()) {
            throw new RefusedException("refusing to scaffold " + name + ":", unknown);
        }
        Map<String, String> rendered = new TreeMap<>();
        templates.forEach((path, t) -> rendered.put(path, render(t.text(), values)));
        Map<String, String> rootHcl = new TreeMap<>();
        rendered.forEach((path, text) -> {
            if (!path.contains("/") && ModuleInspector.isConfigFile(path)) {
                rootHcl.put(path, text);
            }
        });
        ModuleInspector.Inspection inspection = new ModuleInspector().inspectSourcesWithReferences("_library/"
                + modulePath, rootHcl, new InspectOptions(Set.copyOf(library.catalog().settings().inspect()
                .boilerplateFiles())));
        ModuleInterface iface = inspection.spec();
        String prefix = "_library/" + modulePath + "/";
        if (iface.hasErrors()) {
            throw new RefusedException("refusing to scaffold " + name + ":", iface.diagnostics().stream()
                    .filter(d -> d.isError()).map(d -> templateError(d, prefix, templates)).toList());
        }
        ComplexityTier derived = ComplexityTier.forVariableCount(iface.ownVariableCount());
        if (derived != request.complexity()) {
            throw new RefusedException("refusing to scaffold " + name + ":", List.of("the " + request.complexity()
                    .id() + " templates declare " + Plurals.count(iface.ownVariableCount(), "input variable")
                    + ", which is "
                    + derived.id() + " (" + derived.range() + "), so the module would not be "
                    + request.complexity().id() + "; fix the variables template (" + sources(templates) + ")"));
        }
        if (!inspection.undeclaredReferences().isEmpty()) {
            throw new RefusedException("refusing to scaffold " + name + ":", inspection.undeclaredReferences()
                    .stream().map(d -> undeclaredError(d, prefix, templates, request.complexity())).toList());
        }
        List<String> generated = InterfaceFiles.replaceBundled(rendered, templates, name, iface);
        addExamples(rendered, LevelNeeds.of(library.catalog().maturityModel(), request.maturity()), name, iface);
        List<String> inFolders = folderReferenceErrors(rendered, modulePath, prefix, templates, library);
        if (!inFolders.isEmpty()) {
            throw new RefusedException("refusing to scaffold " + name + ":", inFolders);
        }
        String readme = rendered.get("README.md");
        if (readme != null) {
            rendered.put("README.md", ReadmeDocs.update(readme, iface).orElse(readme));
        }
        ModuleMetadata metadata = ModuleMetadata.builder().id(id).name(title).description(description)
                .version(version).category(cat).maturity(request.maturity()).maintainer(maintainer)
                .examples(examples(rendered)).build();
        List<LifecycleChange.FileChange> files = new ArrayList<>();
        String display = "_library/" + modulePath + "/";
        files.add(LifecycleChange.FileChange.of(folder.resolve(".alexandria.yaml"), display + ".alexandria.yaml",
                catalog.previewMetadata(modulePath, metadata)));
        rendered.forEach((path, text) -> files.add(LifecycleChange.FileChange.of(folder.resolve(path),
                display + path, text)));
        List<String> notes = new ArrayList<>();
        notes.add("templates: " + sources(templates));
        if (!generated.isEmpty()) {
            notes.add("written from the module's own variables and outputs, since " + LIBRARY_TEMPLATES + "/ gives "
                    + "variables.tf or outputs.tf but not these, and the bundled ones are for the bundled variables: "
                    + String.join(", ", generated));
        }
        notes.add("next: commit the folder, then 'alexandria validate " + name + "', 'alexandria test " + name
                + "' and 'alexandria register " + name + " --version " + version + "'");
        return new ModulePlan(catalog, id, "scaffold", "scaffold " + name + " in " + cat + " (" + request
                .complexity().id() + ", " + request.maturity().id() + ", " + Plurals.count(files.size(), "file")
                + ")", files,
                Optional.empty(), notes, null, library.root(), Optional.empty());
    }

    /**
     * The {@code source} another module of the library gives to call this one: up from the caller's folder
     * ({@code _library/<layer>/<category>/<caller>}, as deep as this module's) to {@code _library}, then down.
     *
     * @param modulePath the module's path below {@code _library}, {@code /}-separated
     * @return the relative source, such as {@code ../../../foundations/networking/vpc-enterprise}
     */
    static String librarySource(String modulePath) {
        return "../".repeat(modulePath.split("/").length) + modulePath;
    }

    /** @return what is wrong with a module name and, after {@code "; "}, its fix; or null */
    public static String nameProblem(String name) {
        if (name.contains("..")) {
            String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            return "contains '..': a module name is one folder name, never a path; name it "
                    + kebab(last).map(k -> k + ", say,").orElse("such as vpc-enterprise,")
                    + " and give its layer and category with --category";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "contains '" + (name.contains("/") ? "/" : "\\") + "': a module name is one folder name; give the "
                    + "layer and category with --category";
        }
        if (!ModuleId.isValid(name)) {
            return "is not kebab-case: a module name is " + ModuleId.MIN_LENGTH + " to " + ModuleId.MAX_LENGTH
                    + " lower-case letters, digits and single hyphens, starting with a letter; name it "
                    + kebab(name).orElse("such as vpc-enterprise");
        }
        return null;
    }

    /**
     * The kebab-case form of a name, for the fix of a refusal: words split at case changes and at every character
     * that is not a letter or digit, lower-cased, joined by single hyphens, leading non-letters dropped.
     *
     * @return the form, if it is a valid module id
     */
    static Optional<String> kebab(String name) {
        String k = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return ModuleId.isValid(k) ? Optional.of(k) : Optional.empty();
    }

    /** Where the name is in use already: a module, an archived registry entry, or a folder of that name. */
    static Optional<String> taken(Library library, String name) {
        Optional<String> module = library.module(name).map(m -> "module " + m.id() + " is at _library/" + m.path());
        if (module.isPresent()) {
            return module;
        }
        var registry = library.catalog().registry();
        if (registry.entry(ModuleId.of(name)).isPresent()) {
            return Optional.of("_catalog/module-registry.yaml has an entry " + name);
        }
        if (registry.archived().stream().anyMatch(e -> e.id().value().equals(name))) {
            return Optional.of("_catalog/module-registry.yaml lists " + name + " as archived");
        }
        Path lib = library.root().resolve("_library");
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(lib, 3)) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && Files.isDirectory(p,
                    LinkOption.NOFOLLOW_LINKS)).findFirst().map(p -> "a folder _library/" + lib.relativize(p)
                    .toString().replace('\\', '/') + " exists");
        } catch (IOException | UncheckedIOException e) {
            throw new AlexandriaException("cannot read _library: " + IoProblems.reason(e), e);
        }
    }

    static Version firstVersion(MaturityLevel level) {
        switch (level) {
            case BETA:
                return Version.of(1, 0, 0).withPreRelease("beta.1");
            case STABLE:
            case MATURE:
                return Version.of(1, 0, 0);
            default:
                return Version.of(0, 1, 0);
        }
    }

    /**
     * The module's name ({@code {{name}}} in templates, {@code name:} in its metadata): the id as written. A title
     * made from an id word by word guesses wrong too often ({@code sc-basic} is not "Sc Basic", {@code k8s-ingress}
     * not "K8s Ingress") to be worth a README heading the author must then correct; the id is always right, and the
     * author gives the module a display name when there is one to give.
     */
    static String title(String id) {
        return id;
    }

    /** Names of the examples scaffold adds when the templates give fewer than the level needs, in order. */
    private static final List<String> EXTRA_EXAMPLES = List.of("basic", "minimal");

    /**
     * Adds examples until there are as many as the promotion criteria on the way to the level ask for (the
     * {@code examples} criterion of {@code _catalog/maturity-levels.yaml}, else the lifecycle's defaults), so the
     * new module passes {@code alexandria-maturity-files} as scaffolded. An added example is a copy of the first
     * example of the templates with its heading comment saying so; without any, a call of the module that sets
     * its required input variables.
     */
    static void addExamples(Map<String, String> rendered, LevelNeeds needs, String id, ModuleInterface iface) {
        int wanted = needs.need("examples").map(LevelNeeds.Need::threshold).orElse(0);
        List<String> have = examples(rendered);
        if (have.size() >= wanted) {
            return;
        }
        Map<String, String> base = new TreeMap<>();
        if (!have.isEmpty()) {
            String prefix = "examples/" + have.get(0) + "/";
            rendered.forEach((path, text) -> {
                if (path.startsWith(prefix)) {
                    base.put(path.substring(prefix.length()), text);
                }
            });
        } else {
            StringBuilder call = new StringBuilder("terraform {\n  required_version = \">= 1.7.0\"\n}\n\nmodule \"")
                    .append(id.replace('-', '_')).append("\" {\n  source = \"../..\"\n");
            iface.variables().stream().filter(v -> v.required()).forEach(v -> call.append("\n  # ")
                    .append(v.name()).append(" = (required; set it)\n"));
            base.put("main.tf", call.append("}\n").toString());
        }
        String from = have.isEmpty() ? null : have.get(0);
        int n = 1;
        while (have.size() < wanted) {
            String name = n <= EXTRA_EXAMPLES.size() ? EXTRA_EXAMPLES.get(n - 1) : "example-" + n;
            n++;
            if (have.contains(name)) {
                continue;
            }
            String heading = "# The " + name + " example of " + id + ": scaffolded " + (from == null ? "" : "as a "
                    + "copy of the " + from + " example ") + "so the module has the examples\n# its maturity level "
                    + "asks for; change it to show another way to use the module.\n";
            base.forEach((path, text) -> rendered.put("examples/" + name + "/" + path,
                    path.endsWith(".tf") ? heading + stripHeading(text) : text));
            have = examples(rendered);
        }
    }

    /** The text without its leading comment lines (and the blank line after them). */
    private static String stripHeading(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int i = 0;
        while (i < lines.size() && lines.get(i).startsWith("#")) {
            i++;
        }
        if (i == 0) {
            return "\n" + text;
        }
        return "\n" + String.join("\n", lines.subList(i, lines.size()).stream().dropWhile(String::isBlank)
                .toList()) + (text.endsWith("\n") ? "\n" : "");
    }

    private static List<String> examples(Map<String, String> rendered) {
        return rendered.keySet().stream().filter(p -> p.startsWith("examples/") && p.indexOf('/', 9) > 0)
                .map(p -> p.substring(9, p.indexOf('/', 9))).distinct().sorted().toList();
    }

    private static String render(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return out;
    }

    /** {@code {{name}}}, but not GitHub Actions' {@code ${{ expression }}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{\\{([^{}\\n]*)}}");

    /**
     * The placeholders of the templates that scaffold does not know, each as {@code <template>:<line>: ...},
     * so that a typo is refused before anything is written instead of being copied into the module.
     */
    static List<String> unknownPlaceholders(Map<String, Template> templates, Set<String> known) {
        List<String> out = new ArrayList<>();
        String list = known.stream().map(k -> "{{" + k + "}}").collect(java.util.stream.Collectors.joining(", "));
        templates.values().forEach(t -> {
            List<String> lines = t.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = PLACEHOLDER.matcher(lines.get(i));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        out.add(t.source() + ":" + (i + 1) + ": unknown placeholder " + m.group() + "; the known "
                                + "placeholders are " + list);
                    }
                }
            }
        });
        return out;
    }

    /**
     * An HCL error of the rendered module, at its place in the module and at the template line it came from (the
     * placeholders' values are one line each, so a rendered line is the template's line of the same number).
     */
    private static String templateError(Diagnostic d, String prefix, Map<String, Template> templates) {
        String file = d.location().file();
        String rel = belowModule(file, prefix);
        Template t = templates.get(rel);
        if (t == null) {
            return "the templates give HCL with errors: " + d + "; fix the templates";
        }
        String template = t.described() + (d.location().line() > 0 ? ":" + d.location().line() : "");
        return "the templates give HCL with errors: " + d + " (from " + template + "); fix the template "
                + template;
    }

    /**
     * A reference of the rendered module to a name no template declares ({@code var.x} with no variable block),
     * at its place in the module and at the template it came from: the usual cause is a library that overrides
     * {@code variables.tf} but keeps the bundled {@code main.tf}, whose references are to the bundled variables.
     */
    private static String undeclaredError(Diagnostic d, String prefix, Map<String, Template> templates,
                                          ComplexityTier tier) {
        String file = d.location().file();
        String rel = belowModule(file, prefix);
        Template t = templates.get(rel);
        String where = file + ":" + d.location().line() + ":" + d.location().column();
        String from = t == null ? "" : " (from " + t.described() + ")";
        String ref = reference(d);
        String text = where + ": " + d.summary() + from;
        if (t != null && t.source().startsWith("bundled ") && ref.startsWith("var.")) {
            return text + ": the library's templates must also provide " + rel + " (it references " + ref
                    + ", which the template's variables.tf does not declare); add " + LIBRARY_TEMPLATES + "/" + tier.id()
                    + "/" + rel + " or declare " + ref + " in the variables template";
        }
        return text + ": " + d.detail() + " Fix the template" + (t == null ? "s" : " " + t.source()
                .replaceFirst("^bundled ", "")) + " or add the declaration it needs to the library's templates";
    }

    /**
     * The HCL errors and undeclared references of every rendered folder below the module root (examples/…,
     * tests/…): each is a root module of its own (an example calls the module), so each is checked against its
     * own declarations ({@link NestedRoots}), as {@code validate}'s reference-declared rule checks it once written.
     */
    private static List<String> folderReferenceErrors(Map<String, String> rendered, String modulePath, String prefix,
                                                      Map<String, Template> templates, Library library) {
        InspectOptions options = new InspectOptions(Set.copyOf(library.catalog().settings().inspect()
                .boilerplateFiles()));
        List<String> out = new ArrayList<>();
        NestedRoots.inspect("_library/" + modulePath, rendered, options).forEach((dir, inspection) -> {
            inspection.spec().diagnostics().stream().filter(Diagnostic::isError)
                    .forEach(d -> out.add(templateError(d, prefix, templates)));
            inspection.undeclaredReferences().forEach(d -> out.add(folderUndeclaredError(d, prefix, templates)));
        });
        return out;
    }

    /** A reference in an example or test folder to a name that folder does not declare, with where to fix it. */
    private static String folderUndeclaredError(Diagnostic d, String prefix, Map<String, Template> templates) {
        String file = d.location().file();
        String rel = belowModule(file, prefix);
        Template t = templates.get(rel);
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : rel;
        String template = t == null ? "the templates" : t.described();
        return file + ":" + d.location().line() + ":" + d.location().column() + ": " + d.summary() + " (from "
                + template + "): " + d.detail().strip() + " " + folder + " is a root module of its own, so "
                + reference(d) + " must be declared in " + folder + " itself; declare it there (a variable, local "
                + "or module block in that folder) or use a literal value in " + template;
    }

    /** {@code var.x}, {@code local.x} or {@code module.x} as a diagnostic of {@code References} names it. */
    private static String reference(Diagnostic d) {
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(d.detail());
        String name = m.find() ? m.group(1) : "?";
        String kind = d.summary().endsWith("input variable") ? "var." : d.summary().endsWith("local value")
                ? "local." : "module.";
        return kind + name;
    }

    /** A rendered file's path below the module folder, from its path in the library. */
    private static String belowModule(String file, String prefix) {
        return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
    }

    /** A template: its text and where it came from. */
    record Template(String text, String source) {

        /** @return where it came from, as a message names it ("the bundled template basic/main.tf" or its path) */
        String described() {
            return source.startsWith("bundled ") ? "the bundled template " + source.substring("bundled ".length())
                    : source;
        }
    }

    private static String sources(Map<String, Template> templates) {
        long own = templates.values().stream().filter(t -> t.source().startsWith(LIBRARY_TEMPLATES)).count();
        return own == 0 ? "the bundled templates" : own + " of " + Plurals.count(templates.size(), "file") + " from "
                + LIBRARY_TEMPLATES + "/, the rest bundled";
    }

    /** The templates of a tier, by path in the module folder. */
    static Map<String, Template> templates(Path root, ComplexityTier tier) {
        Map<String, Template> out = new TreeMap<>();
        // lowest precedence first; later puts win
        for (String line : bundledList()) {
            String group = line.substring(0, line.indexOf('/'));
            if (group.equals("common")) {
                out.put(line.substring(7), new Template(bundled(line), "bundled " + line));
            }
        }
        for (String line : bundledList()) {
            if (line.startsWith(tier.id() + "/")) {
                out.put(line.substring(tier.id().length() + 1), new Template(bundled(line), "bundled " + line));
            }
        }
        Path own = root.resolve(LIBRARY_TEMPLATES);
        for (String group : List.of("common", tier.id())) {
            Path dir = own.resolve(group);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    out.put(rel, new Template(Files.readString(p, StandardCharsets.UTF_8), LIBRARY_TEMPLATES + "/"
                            + group + "/" + rel));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new AlexandriaException("cannot read the templates in " + LIBRARY_TEMPLATES + "/" + group + ": "
                        + IoProblems.reason(e) + "; check the folder's permissions", e);
            }
        }
        Path unknown = own;
        if (Files.isDirectory(unknown)) {
            try (Stream<Path> list = Files.list(unknown)) {
                List<String> strays = list.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals("common") && !TIERS.contains(n)).sorted().toList();
                if (!strays.isEmpty()) {
                    throw new RefusedException("refusing to scaffold with the library's templates:", List.of(
                            LIBRARY_TEMPLATES + "/ has " + strays + "; it holds only the folders common, basic, "
                                    + "standard and advanced (move the files into one of them)"));
                }
            } catch (IOException e) {
                throw new AlexandriaException("cannot read " + LIBRARY_TEMPLATES + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> bundledList() {
        return bundled("files.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static String bundled(String path) {
        try (InputStream in = Scaffolder.class.getResourceAsStream(BUNDLED + path)) {
            if (in == null) {
                throw new IllegalStateException("the bundled template " + path + " is missing from the Alexandria "
                        + "jar; the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The maintainer recorded in a new module: git's user.email, else its user.name, else the OS user. */
    static String maintainer(Path root) {
        try (org.eclipse.jgit.lib.Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .findGitDir(root.toFile()).setMustExist(true).build()) {
            var config = repo.getConfig();
            String email = config.getString("user", null, "email");
            if (email != null && !email.isBlank()) {
                return email;
            }
            String user = config.getString("user", null, "name");
            if (user != null && !user.isBlank()) {
                return user;
            }
        } catch (IOException | IllegalArgumentException e) {
            // not in git: the OS user below
        }
        String os = System.getProperty("user.name", "");
        return os.isBlank() ? "unknown" : os.toLowerCase(Locale.ROOT);
    }
}
