package dev.alexandria.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleSourcesTest {

    private final LibraryModule caller = at("web", "/lib/_library/patterns/apps/web");
    private final Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
    private final ModuleSources sources;

    ModuleSourcesTest() {
        byId.put(caller.id(), caller);
        LibraryModule vpc = at("vpc-standard", "/lib/_library/foundations/networking/vpc-standard");
        byId.put(vpc.id(), vpc);
        sources = new ModuleSources(byId, List.of("app.terraform.io/acme/{id}/aws"));
    }

    private static LibraryModule at(String id, String dir) {
        ModuleMetadata md = ModuleMetadata.builder().id(id).name(id).description("A module.").version("1.0.0")
                .category("compute/things").maturity(MaturityLevel.STABLE).maintainer("team").build();
        return LibraryModule.of(ModuleId.of(id), "compute/things/" + id, Path.of(dir), md, Optional.empty(),
                ModuleInterface.empty(dir));
    }

    private String target(String source, String version) {
        return sources.target(caller, new ModuleCallRef("x", source, Optional.ofNullable(version),
                SourceLocation.of("main.tf", 1, 1))).map(t -> t.module() + " " + t.constraint().text()).orElse("none");
    }

    @Test
    void target_mapsRelativeGitAndRegistrySourcesToLibraryModules() {
        assertEquals("vpc-standard ", target("../../../foundations/networking/vpc-standard", null));
        assertEquals("none", target("../../../foundations/networking/vpc-basic", null));
        assertEquals("vpc-standard = 1.2.0",
                target("git::https://git.example.com/lib.git//_library/foundations/networking/vpc-standard"
                        + "?ref=vpc-standard/v1.2.0", null));
        assertEquals("none", target("git::https://git.example.com/lib.git?ref=v1.2.0", null));
        assertEquals("vpc-standard ~> 2.0", target("app.terraform.io/acme/vpc-standard/aws", "~> 2.0"));
        assertEquals("vpc-standard ", target("App.Terraform.io/acme/vpc-standard/aws//modules/x", null));
        assertEquals("none", target("app.terraform.io/acme/vpc-standard/aws", ">= 1.x"));
        assertEquals("none", target("app.terraform.io/acme/other/aws", null));
        assertEquals("none", target("terraform-aws-modules/vpc/aws", "~> 5.0"));
        assertEquals("none", target("", null));
    }
}
