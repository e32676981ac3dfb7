package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSettingsTest {

    @Test
    void defaults_haveNoBoilerplateFiles() {
        assertEquals(List.of(), CatalogSettings.defaults().inspect().boilerplateFiles());
        assertEquals(CatalogSettings.defaults(), new CatalogSettings(new CatalogSettings.Inspect(List.of())));
    }

    @Test
    void inspect_acceptsPlainTerraformFileNamesOnly() {
        for (String ok : List.of("context.tf", "labels.tf.json", "a b.tf", "x_override.tf")) {
            assertTrue(CatalogSettings.Inspect.isBoilerplateFileName(ok), ok);
        }
        for (String bad : List.of("", " ", ".tf", ".tf.json", ".hidden.tf", "dir/context.tf", "dir\\context.tf",
                "context.tfvars", "README.md", " context.tf", "context.tf ")) {
            assertFalse(CatalogSettings.Inspect.isBoilerplateFileName(bad), bad);
        }
        assertEquals("boilerplate file must be a file name ending in .tf or .tf.json, without a folder: "
                + "'modules/context.tf'", assertThrows(IllegalArgumentException.class,
                () -> new CatalogSettings.Inspect(List.of("modules/context.tf"))).getMessage());
        assertEquals("boilerplate file is listed twice: 'context.tf'", assertThrows(IllegalArgumentException.class,
                () -> new CatalogSettings.Inspect(List.of("context.tf", "context.tf"))).getMessage());
    }

    @Test
    void inspect_copiesAndRejectsNulls() {
        List<String> files = new ArrayList<>(List.of("context.tf"));
        CatalogSettings.Inspect inspect = new CatalogSettings.Inspect(files);
        files.add("other.tf");
        assertEquals(List.of("context.tf"), inspect.boilerplateFiles());
        assertThrows(UnsupportedOperationException.class, () -> inspect.boilerplateFiles().add("x.tf"));
        assertThrows(NullPointerException.class, () -> new CatalogSettings.Inspect(null));
        assertThrows(NullPointerException.class, () -> new CatalogSettings(null));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new CatalogSettings.Inspect(withNull));
    }

    @Test
    void graph_registrySourcesNeedExactlyOneIdAndNoPathOrGetter() {
        assertEquals(List.of(), CatalogSettings.defaults().graph().registrySources());
        assertEquals(List.of("app.terraform.io/acme/{id}/aws"),
                new CatalogSettings.Graph(List.of("app.terraform.io/acme/{id}/aws")).registrySources());
        assertEquals("registry source 'acme/vpc/aws' has no {id} where the module id stands",
                assertThrows(IllegalArgumentException.class,
                        () -> new CatalogSettings.Graph(List.of("acme/vpc/aws"))).getMessage());
        assertEquals("registry source 'acme/{id}/{id}' has {id} more than once", assertThrows(
                IllegalArgumentException.class, () -> new CatalogSettings.Graph(List.of("acme/{id}/{id}"))).getMessage());
        assertEquals("registry source is listed twice: 'acme/{id}/aws'", assertThrows(IllegalArgumentException.class,
                () -> new CatalogSettings.Graph(List.of("acme/{id}/aws", "acme/{id}/aws"))).getMessage());
        for (String bad : List.of("./{id}", "../{id}", "/x/{id}", "git::https://h/{id}", "h/{id}//sub", "h/{id}?ref=1",
                "h/{id} /aws")) {
            assertTrue(CatalogSettings.Graph.problem(bad).isPresent(), bad);
        }
        assertThrows(NullPointerException.class, () -> new CatalogSettings(CatalogSettings.Inspect.defaults(),
                CatalogSettings.Versioning.defaults(), null));
    }
}
