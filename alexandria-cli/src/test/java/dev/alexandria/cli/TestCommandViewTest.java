package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.InterfaceCoverage;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.TestReport;
import dev.alexandria.api.model.TestSuiteResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCommandViewTest {

    private static final String ID = "93169e6f0c8b4a52d1e0f4b7a9c3d2e1f0a1b2c3";

    private static TestReport report(String commit) {
        return new TestReport(ModuleId.of("vpc-standard"), LocalDate.of(2026, 12, 2), Optional.of(commit),
                List.of(TestSuiteResult.skipped("unit", "none", "no tests")),
                new InterfaceCoverage(List.of(), List.of(), List.of(), List.of(), List.of()), Optional.empty(),
                Optional.of(ID));
    }

    @Test
    void json_givesTheFullCommitId_andSaysApartWhetherTheModuleHadUncommittedChanges() {
        // as versions --output json gives a commit: 40 hexadecimal digits, never the short id or "+changes"
        assertEquals(ID, TestCommand.view(report("93169e6")).get("commit"));
        assertEquals(false, TestCommand.view(report("93169e6")).get("uncommitted_changes"));
        assertEquals(ID, TestCommand.view(report("93169e6+changes")).get("commit"));
        assertEquals(true, TestCommand.view(report("93169e6+changes")).get("uncommitted_changes"));
    }
}
