package dev.alexandria.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The flat-components example is the design's 22 components before migration. Migration is only as good a
 * demonstration as these modules are real, so each one must read cleanly and look like a module a platform
 * team would keep: real AWS resources, typed and described variables, described outputs, pinned provider
 * requirements and a README.
 */
class FlatComponentsTest {

    static final Path ROOT = Path.of("flat-components");
    static final Path COMPONENTS = ROOT.resolve("components/terraform");

    /** The 22 components of the design's "Existing Components" list. */
    static final List<String> DESIGN_COMPONENTS = List.of("vpc", "dns", "securitygroup", "iam", "backend", "acm",
            "secretsmanager", "ec2", "eks", "eks-addons", "eks-backend-services", "ecs", "rds", "apigateway",
            "lambda", "external-secrets", "monitoring", "security-monitoring", "cost-monitoring", "backup",
            "cost-optimization", "idp-platform");

    @Test
    void componentsFolder_holdsExactlyTheDesignsComponents() throws IOException {
        Set<String> folders;
        try (Stream<Path> list = Files.list(COMPONENTS)) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(DESIGN_COMPONENTS), folders);
    }

    @TestFactory
    Stream<DynamicTest> everyComponent_isARealModule() {
        return DESIGN_COMPONENTS.stream().map(name -> dynamicTest(name, () -> {
            Path folder = COMPONENTS.resolve(name);
            ModuleInterface spec = Alexandria.inspect(folder);
            List<Diagnostic> diagnostics = spec.diagnostics();
            assertTrue(diagnostics.isEmpty(), () -> name + " has diagnostics: " + diagnostics);
            assertTrue(Files.isRegularFile(folder.resolve("README.md")), name + " has no README.md");
            assertTrue(Files.isRegularFile(folder.resolve("versions.tf")), name + " has no versions.tf");
            assertFalse(spec.requiredCore().isEmpty(), name + " declares no required_version");
            assertFalse(spec.requiredProviders().isEmpty(), name + " declares no provider requirement");
            for (ProviderRequirement provider : spec.requiredProviders()) {
                assertFalse(provider.versionConstraints().isEmpty(),
                        name + ": provider " + provider.localName() + " has no version constraint");
            }
            for (InputVariable variable : spec.variables()) {
                assertTrue(variable.typeSource().isPresent(), name + ": variable " + variable.name() + " has no type");
                assertFalse(variable.description().isBlank(),
                        name + ": variable " + variable.name() + " has no description");
            }
            assertFalse(spec.outputs().isEmpty(), name + " has no outputs");
            for (OutputValue output : spec.outputs()) {
                assertFalse(output.description().isBlank(), name + ": output " + output.name() + " has no description");
            }
            boolean awsResource = spec.managedResources().stream().map(ResourceRef::type)
                    .anyMatch(type -> type.startsWith("aws_"));
            boolean composes = !spec.moduleCalls().isEmpty();
            assertTrue(awsResource || composes, name + " creates no aws_* resource and calls no module");
        }));
    }

    @Test
    void components_callEachOtherByRelativePath() {
        assertEquals(List.of("../iam", "../iam"), sources("eks"));
        assertEquals(List.of("../securitygroup"), sources("rds"));
        assertEquals(List.of("./modules/alarm"), sources("monitoring"));
        assertEquals(List.of("../vpc", "../eks", "../eks-addons", "../secretsmanager", "../external-secrets",
                "../monitoring"), sources("idp-platform"));
    }

    @Test
    void everySiblingCall_pointsAtAComponentOfTheFolder() {
        for (String name : DESIGN_COMPONENTS) {
            for (String source : sources(name)) {
                Path target = COMPONENTS.resolve(name).resolve(source).normalize();
                assertTrue(Files.isRegularFile(target.resolve("main.tf")), name + " calls " + source
                        + ", which is not a module of the folder");
            }
        }
    }

    private static List<String> sources(String component) {
        return Alexandria.inspect(COMPONENTS.resolve(component)).moduleCalls().stream()
                .map(ModuleCallRef::source).collect(Collectors.toList());
    }
}
