package dev.alexandria.spi.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TestRunner} is asked to run: one suite of one module.
 *
 * <p>Immutable and thread-safe.
 *
 * @param moduleId        the module id, such as {@code vpc-standard}
 * @param moduleDirectory the module's folder (the working directory of the tools)
 * @param suite           {@code unit} or {@code integration}
 * @param testDirectory   the suite's folder ({@code <module>/tests/unit})
 * @param testFiles       the suite's test files, relative to the module folder, sorted
 * @param environment     the environment for the tools the runner starts; {@code PATH} decides which
 *                        executables it finds
 * @since 0.4.0
 */
public record TestRunRequest(String moduleId, Path moduleDirectory, String suite, Path testDirectory,
                             List<String> testFiles, Map<String, String> environment) {

    /**
     * Checks and copies the components.
     *
     * @param moduleId        the module id
     * @param moduleDirectory the module's folder
     * @param suite           the suite
     * @param testDirectory   the suite's folder
     * @param testFiles       the suite's test files
     * @param environment     the tools' environment
     */
    public TestRunRequest {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(moduleDirectory, "moduleDirectory");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(testDirectory, "testDirectory");
        testFiles = List.copyOf(testFiles);
        environment = Map.copyOf(environment);
    }

    /** @return the suite's folder relative to the module folder, such as {@code tests/unit} */
    public String relativeTestDirectory() {
        return moduleDirectory.relativize(testDirectory).toString().replace('\\', '/');
    }
}
