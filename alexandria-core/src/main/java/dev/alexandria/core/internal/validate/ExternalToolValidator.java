package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A validator that runs an external tool on a module: the steps every such tool shares, in one place. The tool
 * missing from {@code PATH} is one finding; once the environment failed on a module ({@link #stop(String)}) the
 * tool is not run on the modules after and the reason is reported once ({@link #stopped()}); a module whose folder
 * is unchanged gets the findings kept in the library's cache ({@link ToolCache}), and the subclass says which
 * findings are worth keeping (a run that happened).
 *
 * <p>Thread-safe: a run's copy may validate modules from several threads.
 */
abstract class ExternalToolValidator extends BuiltInValidator implements BuiltIns.PerRun {

    private final ToolCache cache;
    private final AtomicReference<String> stopped = new AtomicReference<>();

    /**
     * @param name  the validator's name
     * @param rules its rules
     * @param cache where the tool's findings are kept
     */
    ExternalToolValidator(String name, List<ValidationRule> rules, ToolCache cache) {
        super(name, Stage.EXTERNAL, rules);
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public final Optional<String> stopped() {
        return Optional.ofNullable(stopped.get());
    }

    @Override
    public final List<Finding> validate(ValidationRequest request) {
        Optional<Path> tool = tool(request.environment());
        if (tool.isEmpty()) {
            return List.of(notInstalled(request));
        }
        if (stopped.get() != null) {
            return List.of(); // the environment failed on another module; reported once, in the report's skipped
        }
        Optional<String> key = cache.key(descriptor().name(), tool.get(), request.module().directory());
        Optional<List<Finding>> known = cache.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        return run(request, tool.get(), found -> cache.put(key, found));
    }

    /**
     * @param environment the environment variables ({@code PATH})
     * @return the tool's executable, if installed
     */
    abstract Optional<Path> tool(Map<String, String> environment);

    /**
     * @param request the module
     * @return the finding that says the tool did not run because it is not installed
     */
    abstract Finding notInstalled(ValidationRequest request);

    /**
     * Runs the tool on a module.
     *
     * @param request  the module
     * @param tool     the tool's executable
     * @param remember keeps findings of a run that happened in the cache, for the module's current content
     * @return the findings
     */
    abstract List<Finding> run(ValidationRequest request, Path tool, Consumer<List<Finding>> remember);

    /**
     * Stops running the tool for the rest of this run: the environment, not the module, made it fail.
     *
     * @param reason what failed and how to enable the tool, reported once
     */
    final void stop(String reason) {
        stopped.compareAndSet(null, reason);
    }
}
