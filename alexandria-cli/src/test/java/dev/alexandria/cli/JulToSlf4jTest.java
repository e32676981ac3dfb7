package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a library logs through {@code java.util.logging} reaches stderr as the CLI's own log lines do, in a process
 * of its own (the JDK reads its logging configuration once per JVM): a {@code SEVERE} record always, as an error;
 * the others only with {@code --verbose}, as debug; never in the JDK's two-line console format.
 */
class JulToSlf4jTest {

    @TempDir
    Path tmp;

    @Test
    void warningsAndInfo_areDebugLines_severeIsAnError() throws Exception {
        assertEquals(List.of("[ERROR] VectorizationProvider - an index cannot be read"), run(false));
    }

    @Test
    void withVerbose_everyRecordIsALogLine_withItsParametersFilledIn() throws Exception {
        assertEquals(List.of("[DEBUG] VectorizationProvider - You are running with Java 23 or later.",
                "[DEBUG] VectorizationProvider - Using MemorySegmentIndexInput for reads",
                "[ERROR] VectorizationProvider - an index cannot be read"), run(true));
    }

    private List<String> run(boolean verbose) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), JulLoggingForTest.class.getName()));
        if (verbose) {
            command.add("--verbose");
        }
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertEquals(0, p.waitFor());
        return Files.readString(err, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
