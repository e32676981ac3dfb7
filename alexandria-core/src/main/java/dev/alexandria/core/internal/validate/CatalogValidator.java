package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code alexandria-catalog}: the rules across a library's metadata and catalog files — module ids are unique
 * ({@code duplicate-id}), every required module and deprecation replacement is a module of the library
 * ({@code requires-missing}), every tag is declared ({@code tag-undeclared}), every example named has its folder
 * ({@code example-missing}), the registry agrees with each module's metadata ({@code registry-mismatch}) and has
 * no entry without a module ({@code registry-orphan}).
 *
 * <p>They read no HCL, so opening a library runs them ({@link #checkLibrary}, with the line of each value; the
 * catalog package supplies those through {@link Opened}) and caches their findings with the catalog; a run of
 * {@code validate} takes them from the library's findings rather than checking again. {@link #validate} checks
 * one module the same way (the rules that look at the whole library — a registry entry without a module — only
 * {@link #checkLibrary} can check), anchoring its findings at line 1 of the module's metadata file.
 *
 * <p>Stateless and thread-safe.
 */
public final class CatalogValidator extends BuiltInValidator implements BuiltIns.RunByOpen {

    /** A module id used by two modules (also: a name declared twice in a catalog file). */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** A required module or deprecation replacement that is not a module of the library. */
    public static final String REQUIRES_MISSING = "requires-missing";
    /** A tag not declared in {@code _catalog/tags.yaml}. */
    public static final String TAG_UNDECLARED = "tag-undeclared";
    /** An example named in the metadata without its folder. */
    public static final String EXAMPLE_MISSING = "example-missing";
    /** A registry entry that disagrees with the module's metadata. */
    public static final String REGISTRY_MISMATCH = "registry-mismatch";
    /** A registry entry without a module folder. */
    public static final String REGISTRY_ORPHAN = "registry-orphan";

    private static final String REGISTRY_FILE = "_catalog/module-registry.yaml";

    private static final List<ValidationRule> RULES = List.of(
            ValidationRule.of(DUPLICATE_ID, Finding.Severity.ERROR,
                    "Module ids are unique across the library, and names unique within each catalog file."),
            ValidationRule.of(REQUIRES_MISSING, Finding.Severity.ERROR,
                    "Every module in requires is a module of the library (an error); so is a deprecation "
                            + "replacement (a warning)."),
            ValidationRule.of(TAG_UNDECLARED, Finding.Severity.WARNING,
                    "Every tag of a module is declared in _catalog/tags.yaml."),
            ValidationRule.of(EXAMPLE_MISSING, Finding.Severity.WARNING,
                    "Every example named in .alexandria.yaml has its folder under examples/."),
            ValidationRule.of(REGISTRY_MISMATCH, Finding.Severity.WARNING,
                    "The module's registry entry agrees with its .alexandria.yaml (name, category, maturity, "
                            + "version)."),
            ValidationRule.of(REGISTRY_ORPHAN, Finding.Severity.WARNING,
                    "Every registry entry has a module folder under _library."));

    /** The validator ServiceLoader and the built-ins use. */
    public CatalogValidator() {
        super("alexandria-catalog", Stage.METADATA, RULES);
    }

    /**
     * What opening knows besides the model: where each value is, which folders could not be read, which catalog
     * files were read with errors. Implemented by the catalog package for {@link #checkLibrary}.
     */
    public interface Opened {

        /**
         * @param module  a module
         * @param pointer the JSON pointer of a value in its {@code .alexandria.yaml} ({@code /tags/0})
         * @return where the value is
         */
        SourceLocation at(LibraryModule module, String pointer);

        /**
         * @param id a module id
         * @return where its registry entry is
         */
        SourceLocation registryAt(ModuleId id);

        /**
         * @param id a module id
         * @return whether a module folder of that name was found, even one that could not be read (which is
         *         reported already)
         */
        boolean folderExists(ModuleId id);

        /** @return whether {@code _catalog/tags.yaml} was read without errors, so its tags can be trusted */
        boolean tagsTrusted();

        /**
         * Whether an example folder is there; an open records each answer to know when to check again.
         *
         * @param module  the module
         * @param example the example's name
         * @return whether {@code examples/<example>} is a folder of the module
         */
        boolean exampleExists(LibraryModule module, String example);

        /**
         * @param id an id that is not a module of the library
         * @return the closest id of the library, if one is close
         */
        Optional<String> closestModule(String id);
    }

    /**
     * Checks every module of a library and its registry.
     *
     * @param modules the modules, in the order they are reported
     * @param catalog the library's catalog
     * @param opened  what opening knows besides the model
     * @return the findings
     */
    public static List<Finding> checkLibrary(List<? extends LibraryModule> modules, Catalog catalog, Opened opened) {
        Objects.requireNonNull(opened, "opened");
        List<Finding> findings = new ArrayList<>();
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        for (LibraryModule m : modules) {
            byId.putIfAbsent(m.id(), m);
        }
        Map<String, Boolean> declaredTags = new HashMap<>(); // TagTaxonomy.isDeclared is a linear search
        for (LibraryModule m : modules) {
            checkModule(m, id -> Optional.ofNullable(byId.get(id)), catalog, opened, declaredTags, findings);
        }
        for (RegistryEntry e : catalog.registry().entries()) {
            if (!byId.containsKey(e.id()) && !opened.folderExists(e.id())) {
                findings.add(Finding.warning(REGISTRY_ORPHAN, opened.registryAt(e.id()),
                        "registry entry '" + e.id() + "' has no module folder under _library",
                        "remove the entry or restore the module").withModule(e.id()));
            }
        }
        return findings;
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        SourceLocation line1 = SourceLocation.of(request.metadataFile(), 1, 1);
        Opened opened = new Opened() {
            @Override
            public SourceLocation at(LibraryModule module, String pointer) {
                return line1;
            }

            @Override
            public SourceLocation registryAt(ModuleId id) {
                return SourceLocation.of(REGISTRY_FILE, 1, 1);
            }

            @Override
            public boolean folderExists(ModuleId id) {
                return request.others().apply(id).isPresent();
            }

            @Override
            public boolean tagsTrusted() {
                return true;
            }

            @Override
            public boolean exampleExists(LibraryModule module, String example) {
                return Files.isDirectory(module.directory().resolve("examples").resolve(example));
            }

            @Override
            public Optional<String> closestModule(String id) {
                return Optional.empty(); // a request names the modules it has, not all of them
            }
        };
        List<Finding> out = new ArrayList<>();
        checkModule(request.module(), request.others(), request.catalog(), opened, new HashMap<>(), out);
        return out;
    }

    /** The rules over one module, with the library's other modules found by id. */
    private static void checkModule(LibraryModule m, Function<ModuleId, Optional<LibraryModule>> others,
                                    Catalog catalog, Opened opened, Map<String, Boolean> declaredTags,
                                    List<Finding> findings) {
        LibraryModule first = others.apply(m.id()).orElse(m);
        if (first != m) {
            findings.add(Finding.error(DUPLICATE_ID, SourceLocation.of(metadataFile(m), 1, 1), "module id '" + m.id() + "' is used twice: "
                    + "_library/" + first.path() + " and _library/" + m.path(),
                    "rename one of the modules; ids are unique across the library").withModule(m.id()));
        }
        ModuleMetadata md = m.metadata();
        for (int i = 0; i < md.requires().size(); i++) {
            ModuleRequirement r = md.requires().get(i);
            if (others.apply(r.module()).isPresent() || opened.folderExists(r.module())) {
                continue; // an unreadable module is there, and reported already
            }
            String suggestion = opened.closestModule(r.module().value()).map(s -> "did you mean '" + s + "'?")
                    .orElse("remove the requirement or add the module");
            findings.add(Finding.error(REQUIRES_MISSING, opened.at(m, "/requires/" + i + "/module"), "requires '"
                    + r.module() + "', which is not a module of the library", suggestion).withModule(m.id()));
        }
        for (int i = 0; i < md.tags().size() && opened.tagsTrusted(); i++) {
            String tag = md.tags().get(i);
            if (!declaredTags.computeIfAbsent(tag, catalog.tags()::isDeclared)) {
                String hint = catalog.tags().resolve(tag).map(t -> "use '" + t + "', of which it is a synonym")
                        .orElse("declare it in _catalog/tags.yaml or use a declared tag");
                findings.add(Finding.warning(TAG_UNDECLARED, opened.at(m, "/tags/" + i), "tag '" + tag
                        + "' is not declared in _catalog/tags.yaml", hint).withModule(m.id()));
            }
        }
        md.deprecation().flatMap(d -> d.replacement()).ifPresent(rep -> {
            if (others.apply(rep).isEmpty()) {
                findings.add(Finding.warning(REQUIRES_MISSING, opened.at(m, "/deprecation/replacement"),
                        "deprecation replacement '" + rep + "' is not a module of the library",
                        "name an existing module").withModule(m.id()));
            }
        });
        for (String example : md.examples()) {
            if (!opened.exampleExists(m, example)) {
                findings.add(Finding.warning(EXAMPLE_MISSING, opened.at(m, "/examples"), "example '" + example
                        + "' has no folder examples/" + example, "add the folder or remove the name")
                        .withModule(m.id()));
            }
        }
        m.registryEntry().ifPresent(e -> registryAgrees(m, e, opened, findings));
    }

    private static String metadataFile(LibraryModule m) {
        return "_library/" + m.path() + "/.alexandria.yaml";
    }

    private static void registryAgrees(LibraryModule m, RegistryEntry e, Opened opened, List<Finding> findings) {
        ModuleMetadata md = m.metadata();
        List<String> diffs = new ArrayList<>();
        if (!e.name().equals(md.name())) {
            diffs.add("name '" + e.name() + "' vs '" + md.name() + "'");
        }
        if (!e.category().equals(md.category())) {
            diffs.add("category '" + e.category() + "' vs '" + md.category() + "'");
        }
        if (e.maturity() != md.maturity()) {
            diffs.add("maturity '" + e.maturity() + "' vs '" + md.maturity() + "'");
        }
        // An unreleased working version ahead of the registry is normal; only an older one is suspicious.
        if (!e.version().equals(md.version()) && e.registeredVersion(md.version()).isEmpty()
                && !md.version().isNewerThan(e.version())) {
            diffs.add("version '" + e.version() + "' vs '" + md.version() + "'");
        }
        for (String d : diffs) {
            findings.add(Finding.warning(REGISTRY_MISMATCH, opened.registryAt(m.id()), "registry entry '" + m.id()
                    + "' disagrees with " + metadataFile(m) + ": " + d,
                    "register the module again so the registry matches its .alexandria.yaml").withModule(m.id()));
        }
    }
}
