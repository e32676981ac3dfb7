package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.VersionConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The requires of a released {@code .alexandria.yaml}, read with the YAML parser. */
class TaggedRequiresTest {

    @Test
    void parse_readsModuleVersionAndExemption_andLeavesOutWhatIsNotValid() {
        assertEquals(Optional.of(List.of(
                new ModuleRequirement(ModuleId.of("vpc-standard"), VersionConstraint.parse("~> 2.0")),
                new ModuleRequirement(ModuleId.of("kms-key"), VersionConstraint.any(),
                        Optional.of(new ModuleRequirement.Exemption("shared key"))))),
                TaggedRequires.parse("id: x\nrequires:\n  - module: vpc-standard\n    version: \"~> 2.0\"\n"
                        + "  - {module: kms-key, exemption: {reason: shared key}}\n  - module: Not An Id\n"
                        + "  - module: rds\n    version: \"~> banana\"\n"));
        assertEquals(Optional.of(List.of()), TaggedRequires.parse("id: x\n"));
        assertEquals(Optional.empty(), TaggedRequires.parse("- not\n- a mapping\n"));
        assertEquals(Optional.empty(), TaggedRequires.parse("requires: [\n"));
    }
}
