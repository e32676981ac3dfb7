package dev.alexandria.spi.validate;

import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link ModuleValidator} is asked to check: one module of a library, with the library's catalog, a way to
 * look up the other modules' metadata (never their HCL), the day rules with dates are judged on, and the
 * environment external tools run in ({@code PATH} decides which are installed).
 *
 * <p>File locations in findings are relative to {@link #root()} with forward slashes
 * ({@code _library/foundations/networking/vpc-standard/variables.tf}); {@link #relative(Path)} gives that form.
 *
 * <p>Immutable and thread-safe as long as the module and the lookup are (those Alexandria passes are).
 *
 * @param root        the library root
 * @param module      the module; reading {@link LibraryModule#interfaceSpec()} reads its HCL (once, cached)
 * @param catalog     the library's catalog files
 * @param others      looks up another module of the library by id; empty when there is none
 * @param today       the day the rules are judged on (a removal date that has passed is an error)
 * @param environment the environment for external tools, such as {@code PATH}, copied
 * @since 0.4.0
 */
public record ValidationRequest(Path root, LibraryModule module, Catalog catalog,
                                Function<ModuleId, Optional<LibraryModule>> others, LocalDate today,
                                Map<String, String> environment) {

    /**
     * Checks and copies the components.
     *
     * @param root        the library root
     * @param module      the module
     * @param catalog     the catalog
     * @param others      the lookup of other modules
     * @param today       the day of judgement
     * @param environment the environment for external tools
     */
    public ValidationRequest {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(others, "others");
        Objects.requireNonNull(today, "today");
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** @return the module's id */
    public ModuleId moduleId() {
        return module.id();
    }

    /** @return the module folder relative to the root: {@code _library/<layer>/<category>/<id>} */
    public String moduleFolder() {
        return "_library/" + module.path();
    }

    /** @return the module's metadata file relative to the root, where findings without a file of their own go */
    public String metadataFile() {
        return moduleFolder() + "/.alexandria.yaml";
    }

    /**
     * A path as findings name it: relative to the root, with forward slashes; an absolute path outside the root
     * is returned as it is.
     *
     * @param path a path, absolute or relative to the working directory
     * @return the path for a finding's location
     */
    public String relative(Path path) {
        Objects.requireNonNull(path, "path");
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
