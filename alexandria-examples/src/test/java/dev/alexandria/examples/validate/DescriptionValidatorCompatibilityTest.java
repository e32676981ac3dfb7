package dev.alexandria.examples.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.tck.validate.ModuleValidatorCompatibilityKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example validator meets the ModuleValidator obligations, and a library runs it beside the built-ins. */
class DescriptionValidatorCompatibilityTest extends ModuleValidatorCompatibilityKit {

    @Override
    protected ModuleValidator createValidator() {
        return new DescriptionValidator();
    }

    @Test
    void aShortDescriptionIsAWarningAtTheMetadataFile() {
        List<Finding> found = createValidator().validate(request());
        assertEquals(1, found.size(), found::toString);
        assertEquals("the description has 9 characters, fewer than 40", found.get(0).message());
        assertEquals(Finding.Severity.WARNING, found.get(0).severity());
    }

    @Test
    void theSampleLibraryRunsItWithTheBuiltInsAndPasses() {
        Library lib = Alexandria.builder().root(SampleLibrary.path()).noCache()
                .moduleValidator(new DescriptionValidator()).open();
        ValidationReport report = lib.validate(List.of("vpc-standard", "eks-standard"));
        assertTrue(report.validators().contains("example-description"), report::toString);
        assertTrue(report.rule(DescriptionValidator.RULE).isPresent(), report::toString);
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.ruleId().equals(DescriptionValidator.RULE)).toList());
    }
}
