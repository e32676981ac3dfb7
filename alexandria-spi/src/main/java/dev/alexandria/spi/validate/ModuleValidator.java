package dev.alexandria.spi.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.spi.Provider;
import dev.alexandria.spi.ProviderDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of validation rules over one module: its metadata, its HCL, or an external tool run on its folder. Every
 * validator found runs (there is no choosing one over another); {@link ProviderDescriptor#priority()} orders
 * them (descending, ties by name), and with it the order of the report's list of validators.
 *
 * <p>Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.alexandria.spi.validate.ModuleValidator}) on the class loader of Alexandria (or
 * the host's, with {@code Alexandria.builder().classLoader(…)}), or registered by a host with
 * {@code Alexandria.builder().providers(…)}. Alexandria's built-in validators use the reserved
 * {@code alexandria-} prefix and priority 0.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>{@link #descriptor()} and {@link #rules()} MUST return the same value on every call and MUST NOT throw;
 *       rule ids MUST be unique within a validator.</li>
 *   <li>{@link #validate(ValidationRequest)} MUST NOT return null and MUST NOT return a null element; every
 *       finding's {@link Finding#ruleId()} MUST be the id of one of {@link #rules()}; its location MUST name a
 *       file relative to the library root with forward slashes ({@link ValidationRequest#relative}) with a line
 *       of at least 1 — a finding with no file of its own (a missing README) is anchored at
 *       {@link ValidationRequest#metadataFile()} line 1 — so that SARIF consumers, which reject a result without
 *       a location, accept every finding.</li>
 *   <li>It MUST answer the same request the same way (findings are cached with the module's interface and
 *       compared between runs) and MUST NOT write to the library.</li>
 *   <li>A validator that needs something that is not there (an external tool not installed) MUST say so in
 *       {@link #unavailable(Map)}, so that it is reported as skipped with the reason, never as passed.</li>
 *   <li>Implementations MUST be safe for concurrent use, MUST NOT print or exit, and SHOULD log through
 *       SLF4J.</li>
 * </ul>
 * The test kit {@code dev.alexandria.tck.validate.ModuleValidatorCompatibilityKit} checks these. An exception
 * thrown by a validator is reported as an error of rule {@code validator-failed} that names it; the other
 * validators still run.
 *
 * @since 0.4.0
 */
public interface ModuleValidator extends Provider {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /** What a validator reads, which decides when it runs. */
    enum Stage {
        /** Only the module's metadata and the catalog: cheap, no HCL is read. */
        METADATA,
        /** The module's HCL ({@code LibraryModule.interfaceSpec()}) or other files of its folder. */
        HCL,
        /** An external program run on the module's folder; only {@code validate} runs these. */
        EXTERNAL
    }

    /** @return the provider's name, priority and SPI version; the same object on every call */
    @Override
    ProviderDescriptor descriptor();

    /** @return every rule this validator may report, the same list on every call */
    List<ValidationRule> rules();

    /**
     * What this validator reads. Defaults to {@link Stage#HCL}.
     *
     * @return its stage
     */
    default Stage stage() {
        return Stage.HCL;
    }

    /**
     * Why this validator cannot run in an environment, if it cannot: an external tool that is not on
     * {@code PATH} ({@code "not installed: no tflint on PATH"}). Defaults to empty (it can always run).
     *
     * @param environment the environment the tools would run in ({@code PATH}, …)
     * @return the reason it is skipped, or empty when it can run
     */
    default Optional<String> unavailable(Map<String, String> environment) {
        return Optional.empty();
    }

    /**
     * Checks one module.
     *
     * @param request the module, its library's catalog and the environment
     * @return the findings, empty when the module passes; never null
     */
    List<Finding> validate(ValidationRequest request);
}
