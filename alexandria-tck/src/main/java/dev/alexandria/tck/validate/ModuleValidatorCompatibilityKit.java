package dev.alexandria.tck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The obligations of a {@link ModuleValidator}, as its Javadoc states them. The kit writes a small library with
 * one module ({@code _library/foundations/networking/kit-module}: {@code main.tf}, {@code variables.tf},
 * {@code outputs.tf}, {@code README.md}; override {@link #writeModule(Path)} to shape it) and asks the validator
 * about it. Extend it in a few lines:
 *
 * <pre>{@code
 * class NamingValidatorCompatibilityTest extends ModuleValidatorCompatibilityKit {
 *     protected ModuleValidator createValidator() { return new NamingValidator(); }
 * }
 * }</pre>
 *
 * @since 0.4.0
 */
public abstract class ModuleValidatorCompatibilityKit {

    /** The kit module's id. */
    protected static final String MODULE_ID = "kit-module";

    /** The kit module's path below {@code _library}. */
    protected static final String MODULE_PATH = "foundations/networking/" + MODULE_ID;

    @TempDir
    Path root;

    private ModuleValidator validator;

    /** Creates the kit. */
    protected ModuleValidatorCompatibilityKit() {
    }

    /** @return a new instance of the validator under test */
    protected abstract ModuleValidator createValidator();

    /**
     * Writes the kit module's files. Defaults to a small module with one variable, one output and a README.
     *
     * @param moduleDir the module's folder, which exists
     * @throws IOException if a file cannot be written
     */
    protected void writeModule(Path moduleDir) throws IOException {
        Files.writeString(moduleDir.resolve("main.tf"), "terraform {\n  required_version = \">= 1.5.0\"\n}\n\n"
                + "resource \"null_resource\" \"this\" {}\n", StandardCharsets.UTF_8);
        Files.writeString(moduleDir.resolve("variables.tf"), "variable \"name\" {\n  type        = string\n"
                + "  description = \"A name.\"\n}\n", StandardCharsets.UTF_8);
        Files.writeString(moduleDir.resolve("outputs.tf"), "output \"name\" {\n  description = \"The name.\"\n"
                + "  value       = var.name\n}\n", StandardCharsets.UTF_8);
        Files.writeString(moduleDir.resolve("README.md"), "# kit-module\n", StandardCharsets.UTF_8);
        Files.writeString(moduleDir.resolve(".alexandria.yaml"), "id: kit-module\n", StandardCharsets.UTF_8);
    }

    /**
     * The kit module's interface, as the host would read it from its HCL. Defaults to an empty interface; a
     * validator that reads the interface overrides this to give what its rules need.
     *
     * @param moduleDir the module's folder
     * @return the interface
     */
    protected ModuleInterface moduleInterface(Path moduleDir) {
        return ModuleInterface.empty(moduleDir.toString());
    }

    /**
     * The environment the kit validates in. Defaults to one whose {@code PATH} holds nothing, so no external tool
     * is installed.
     *
     * @return the environment
     */
    protected Map<String, String> environment() {
        return Map.of("PATH", root.resolve("no-such-bin").toString());
    }

    /** Creates the validator and the kit's library before each obligation. */
    @BeforeEach
    void create() throws IOException {
        validator = createValidator();
        assertNotNull(validator, "createValidator() returned null");
        Files.createDirectories(root.resolve("_catalog"));
        Path dir = Files.createDirectories(root.resolve("_library").resolve(MODULE_PATH));
        writeModule(dir);
    }

    /**
     * The request the kit asks with: the kit module, an empty catalog, no other modules, 2026-03-01.
     *
     * @return the request
     */
    protected final ValidationRequest request() {
        Path dir = root.resolve("_library").resolve(MODULE_PATH);
        ModuleMetadata md = ModuleMetadata.builder().id(MODULE_ID).name("Kit module").description("A module.")
                .version("0.1.0").category("foundations/networking").maturity(MaturityLevel.EXPERIMENTAL)
                .maintainer("team").build();
        ModuleInterface spec = moduleInterface(dir);
        LibraryModule module = new LibraryModule() {
            @Override
            public ModuleId id() {
                return md.id();
            }

            @Override
            public String path() {
                return MODULE_PATH;
            }

            @Override
            public Path directory() {
                return dir;
            }

            @Override
            public ModuleMetadata metadata() {
                return md;
            }

            @Override
            public Optional<RegistryEntry> registryEntry() {
                return Optional.empty();
            }

            @Override
            public ModuleInterface interfaceSpec() {
                return spec;
            }
        };
        Catalog catalog = new Catalog(ModuleRegistry.empty(), new Taxonomy(DependencyPolicy.DEFAULT, List.of()),
                TagTaxonomy.empty(), new MaturityModel(List.of(), List.of()), SearchIndexConfig.empty(),
                CatalogSettings.defaults());
        return new ValidationRequest(root, module, catalog, id -> Optional.empty(), LocalDate.of(2026, 3, 1),
                environment());
    }

    @Test
    @DisplayName("descriptor() returns an equal descriptor on every call, for this SPI version")
    void descriptorIsStable() {
        ProviderDescriptor d = validator.descriptor();
        assertNotNull(d, "descriptor() returned null");
        assertEquals(d, validator.descriptor(), "descriptor() must return an equal "
                + "descriptor on every call (a new but equal instance is fine: a record compares by value)");
        assertEquals(ModuleValidator.SPI_VERSION, d.spiVersion(), "the SPI version the kit checks");
    }

    @Test
    @DisplayName("rules() lists at least one rule, each id once, the same on every call")
    void rulesAreStableAndUnique() {
        List<ValidationRule> rules = validator.rules();
        assertNotNull(rules, "rules() returned null");
        assertFalse(rules.isEmpty(), "rules() is empty: a validator declares the rules it reports");
        assertEquals(rules, validator.rules());
        Set<String> ids = new HashSet<>();
        for (ValidationRule r : rules) {
            assertNotNull(r, "rules() holds null");
            assertTrue(ids.add(r.id()), "rule id listed twice: " + r.id());
        }
    }

    @Test
    @DisplayName("stage() and unavailable() answer without throwing, never null")
    void stageAndAvailabilityAnswer() {
        assertNotNull(validator.stage(), "stage() returned null");
        assertNotNull(validator.unavailable(environment()), "unavailable() returned null");
    }

    @Test
    @DisplayName("validate() returns findings of its own rules, located in files relative to the root at line 1 or "
            + "later")
    void findingsAreWellFormed() {
        if (validator.unavailable(environment()).isPresent()) {
            return; // an external tool that is not installed here: the host reports it as skipped
        }
        List<Finding> findings = validator.validate(request());
        assertNotNull(findings, "validate() returned null");
        Set<String> ids = new HashSet<>();
        validator.rules().forEach(r -> ids.add(r.id()));
        for (Finding f : findings) {
            assertNotNull(f, "validate() returned a null finding");
            assertTrue(ids.contains(f.ruleId()), () -> "finding of rule '" + f.ruleId() + "', which rules() does "
                    + "not list: " + f);
            String file = f.location().file();
            assertFalse(Path.of(file).isAbsolute(), () -> "the location must be relative to the root: " + f);
            assertFalse(file.contains("\\"), () -> "the location must use forward slashes: " + f);
            assertTrue(Files.exists(root.resolve(file)), () -> "the location must name a file of the library: " + f);
            assertTrue(f.location().line() >= 1, () -> "the location needs a line of at least 1 (SARIF consumers "
                    + "refuse a result without one; anchor at the module's .alexandria.yaml line 1): " + f);
        }
    }

    @Test
    @DisplayName("validate() answers the same request the same way")
    void answersAreRepeatable() {
        if (validator.unavailable(environment()).isPresent()) {
            return;
        }
        ValidationRequest request = request();
        assertEquals(validator.validate(request), validator.validate(request));
    }

    @Test
    @DisplayName("validate() writes nothing into the library")
    void writesNothing() throws IOException {
        if (validator.unavailable(environment()).isPresent()) {
            return;
        }
        Map<Path, String> before = snapshot();
        validator.validate(request());
        assertEquals(before, snapshot());
    }

    @Test
    @DisplayName("validate() is safe to call from several threads at once")
    void concurrentUseGivesTheSameAnswers() throws Exception {
        if (validator.unavailable(environment()).isPresent()) {
            return;
        }
        ValidationRequest request = request();
        List<Finding> expected = validator.validate(request);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> validator.validate(request)));
            }
            for (Future<List<Finding>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                try {
                    files.put(root.relativize(p), Files.isRegularFile(p) ? Files.readString(p) + "@"
                            + Files.getLastModifiedTime(p) : "folder");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
