package dev.alexandria.cli;

import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the CLI in-process, with captured stdout and stderr and an environment of the test's choosing.
 */
public final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private Path workingDirectory;

    private Cli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** A CLI whose working directory holds no library (so the bundled sample is used unless told otherwise). */
    public static Cli in(Path workingDirectory) {
        return new Cli(workingDirectory);
    }

    /** A CLI with ALEXANDRIA_LIBRARY set to the bundled sample library. */
    public static Cli onSample(Path workingDirectory) {
        return in(workingDirectory).env(dev.alexandria.examples.LibraryLocation.ENVIRONMENT_VARIABLE,
                SampleLibrary.path().toString());
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli workingDirectory(Path dir) {
        this.workingDirectory = dir;
        return this;
    }

    public Result run(String... args) {
        return run(true, args);
    }

    /** Runs without finding and opening the library on a second thread (see {@code LibraryPreopen}). */
    public Result runWithoutPreopen(String... args) {
        return run(false, args);
    }

    private Result run(boolean openEarly, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AlexandriaCli.run(args, new PrintWriter(out), new PrintWriter(err),
                new CliEnvironment(env, workingDirectory), openEarly);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** The fixture library {@code src/test/resources/libraries/<name>}. */
    public static Path fixture(String name) {
        return resource("libraries/" + name);
    }

    /**
     * Asserts that {@code actual} equals {@code src/test/resources/golden/<name>.expected.txt}. Run the tests with
     * {@code -Dalexandria.golden.update=true} to rewrite the golden files from the actual output (then review
     * the diff).
     */
    public static void assertGolden(String name, String actual) {
        if (Boolean.getBoolean("alexandria.golden.update")) {
            try {
                Path file = Path.of("src/test/resources/golden", name + ".expected.txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(golden(name), actual,
                () -> "differs from golden/" + name + ".expected.txt (rerun with -Dalexandria.golden.update=true"
                        + " to accept the new output)");
    }

    public static String golden(String name) {
        try {
            return Files.readString(resource("golden/" + name + ".expected.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String name) {
        URL url = Cli.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Copies a folder tree, e.g. a fixture library into a temporary folder that a test may change. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
