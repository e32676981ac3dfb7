package dev.alexandria.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.Alexandria;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validators a host registers with {@code Alexandria.builder()} are run by {@code validate}, like other SPIs. */
class RegisteredValidatorTest {

    @TempDir
    Path tmp;

    /** A host's rule: every module id starts with a team prefix. */
    static final class TeamPrefix implements ModuleValidator {

        private final String name;

        TeamPrefix(String name) {
            this.name = name;
        }

        @Override
        public ProviderDescriptor descriptor() {
            return new ProviderDescriptor(name, 0, SPI_VERSION);
        }

        @Override
        public List<ValidationRule> rules() {
            return List.of(ValidationRule.of("team-prefix", Finding.Severity.ERROR, "module ids start with net-"));
        }

        @Override
        public List<Finding> validate(ValidationRequest request) {
            return request.moduleId().value().startsWith("net-") ? List.of()
                    : List.of(Finding.error("team-prefix", SourceLocation.of(request.metadataFile(), 1, 1),
                            "module id '" + request.moduleId() + "' does not start with net-", "rename the module"));
        }
    }

    @Test
    void validate_runsTheValidatorsRegisteredWithTheBuilder() {
        Path root = Fixtures.library(tmp, "");
        Library lib = Alexandria.builder().root(root).noCache().moduleValidator(new TeamPrefix("team-prefix"))
                .open();
        ValidationReport r = lib.validate(List.of(), Map.of("PATH", ""));
        assertTrue(r.validators().contains("team-prefix"), r::toString);
        assertEquals(List.of("_library/compute/containers/app-web/.alexandria.yaml:1:1: module id 'app-web' does not "
                + "start with net-; rename the module"), Fixtures.findings(r, "team-prefix"));
        assertTrue(r.rule("team-prefix").isPresent());
    }

    @Test
    void validate_takesValidatorsFromProvidersToo_andWithoutThemRunsOnlyTheOthers() {
        Path root = Fixtures.library(tmp, "");
        Library with = Alexandria.builder().root(root).noCache().providers(new TeamPrefix("team-prefix")).open();
        assertEquals(1, Fixtures.findings(with.validate(List.of("app-web"), Map.of("PATH", "")), "team-prefix")
                .size());
        Library without = Alexandria.builder().root(root).noCache().open();
        assertFalse(without.validate(List.of("app-web"), Map.of("PATH", "")).validators().contains("team-prefix"));
    }

    @Test
    void validate_refusesTwoRegisteredValidatorsWithOneName() {
        Path root = Fixtures.library(tmp, "");
        Library lib = Alexandria.builder().root(root).noCache().moduleValidator(new TeamPrefix("team-prefix"))
                .moduleValidator(new TeamPrefix("team-prefix")).open();
        ProviderException e = assertThrows(ProviderException.class, () -> lib.validate(List.of("app-web")));
        assertTrue(e.getMessage().contains("two ModuleValidator providers have this name"), e.getMessage());
    }
}
