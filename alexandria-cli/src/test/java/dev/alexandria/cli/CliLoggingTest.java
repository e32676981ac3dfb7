package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's log lines on stderr, in a process of their own (SLF4J picks its binding once per JVM): an event with
 * an exception is one line, its stack trace only with {@code --verbose}.
 */
class CliLoggingTest {

    private static final String WARN = "[WARN] Validation - validator acme-throwing failed on vpc-alpha: "
            + "IllegalStateException: boom (--verbose shows the stack trace)";

    @TempDir
    Path tmp;

    @Test
    void aThrowingValidator_isOneLogLineWithoutAStackTrace() throws Exception {
        Result r = validate(false);
        assertEquals(List.of(WARN), r.stderr().lines().filter(l -> l.startsWith("[") || l.startsWith("\t")
                || l.startsWith("java.") || l.startsWith("Caused by")).toList(), r.stderr());
        assertTrue(r.stdout().contains("acme-throwing"), r.stdout());
        assertEquals(1, r.exit(), r.stderr());
    }

    @Test
    void aThrowingValidator_withVerbose_showsTheStackTrace() throws Exception {
        Result r = validate(true);
        assertTrue(r.stderr().contains("java.lang.IllegalStateException: boom\n\tat dev.alexandria.cli."
                + "ThrowingValidatorForLogTest.validate"), r.stderr());
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result validate(boolean verbose) throws IOException, InterruptedException {
        Path root = tmp.resolve("lib");
        Cli.copy(Cli.resource("lifecycle/library"), root);
        Path services = tmp.resolve("services");
        Path file = services.resolve("META-INF/services/dev.alexandria.spi.validate.ModuleValidator");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ThrowingValidatorForLogTest.class.getName() + "\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", services + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                AlexandriaCli.class.getName(), "--library", root.toString()));
        if (verbose) {
            command.add("--verbose");
        }
        command.addAll(List.of("--no-cache", "validate", "vpc-alpha", "--no-external-tools"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        builder.environment().remove("ALEXANDRIA_LIBRARY");
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                StandardCharsets.UTF_8));
    }
}
