package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestFileReaderTest {

    static String resource(String name) throws Exception {
        try (var in = TestFileReaderTest.class.getResourceAsStream("/inspect/tftest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void read_variablesOfTheFileAndItsRunsAndOutputsOfItsAssertions() throws Exception {
        TestFileReader.Exercised e = TestFileReader.read("partial.tftest.hcl", resource("partial.tftest.hcl"));
        assertEquals(Set.of("name", "tags"), e.variablesSet());
        assertEquals(Set.of("vpc_id", "subnet_ids"), e.outputsAsserted());
        assertEquals(List.of(), e.diagnostics());
    }

    @Test
    void read_aSyntaxErrorIsADiagnosticNotAnException() {
        TestFileReader.Exercised e = TestFileReader.read("broken.tftest.hcl", "run \"x\" {\n  assert {\n");
        assertFalse(e.diagnostics().isEmpty());
    }
}
