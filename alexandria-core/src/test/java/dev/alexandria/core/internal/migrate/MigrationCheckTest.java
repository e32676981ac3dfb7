package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCheckTest {

    @TempDir
    Path tmp;

    private static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    private Path library() throws IOException {
        Path root = tmp.resolve("components/terraform");
        for (String m : List.of("foundations/networking/vpc-advanced", "compute/containers/eks-standard")) {
            Files.createDirectories(root.resolve("_library").resolve(m));
            Files.writeString(root.resolve("_library").resolve(m).resolve("main.tf"), "");
        }
        Files.createDirectories(root.resolve("_catalog"));
        Files.createSymbolicLink(root.resolve("vpc"), Path.of("_library/foundations/networking/vpc-advanced"));
        Files.createSymbolicLink(root.resolve("dns"), Path.of("_library/foundations/networking/dns"));
        Files.createSymbolicLink(root.resolve("eks"), Path.of("_library/compute/containers/eks-standard"));
        Files.writeString(root.resolve(LegacyLinks.FILE), LegacyLinks.render(List.of(
                new LegacyLinks.Link("vpc", "vpc-advanced", "_library/foundations/networking/vpc-advanced",
                        LocalDate.parse("2026-01-15"), 0),
                new LegacyLinks.Link("dns", "dns", "_library/foundations/networking/dns",
                        LocalDate.parse("2026-01-15"), 0))));
        return root;
    }

    /** The legacy links' file that does not parse is worded as every YAML file of the library, not by the parser. */
    @Test
    void read_invalidYaml_isWordedAsEveryYamlFileIs() throws IOException {
        Path root = library();
        Files.writeString(root.resolve(LegacyLinks.FILE), "links:\n  - path: [vpc\n");
        dev.alexandria.api.CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.alexandria.api.CatalogException.class, () -> LegacyLinks.read(root));
        assertEquals("_catalog/legacy-links.yaml:2:11: is not valid YAML: the flow sequence that starts here is never "
                + "closed (the parser reached the end of the file at line 3, column 1); add the closing ']' where it "
                + "should end", e.getMessage());
    }

    @Test
    void check_healthyLinkBeforeItsRemovalDate_isInformationOnly() throws IOException {
        Path root = library();
        Files.delete(root.resolve("dns"));
        Files.delete(root.resolve("eks"));
        Files.writeString(root.resolve(LegacyLinks.FILE), LegacyLinks.render(List.of(new LegacyLinks.Link("vpc",
                "vpc-advanced", "_library/foundations/networking/vpc-advanced", LocalDate.parse("2026-01-15"), 0))));
        List<Finding> findings = MigrationCheck.check(root, 12, on("2026-11-30"));
        assertEquals(List.of("INFO legacy-link-kept _catalog/legacy-links.yaml:8: legacy link vpc -> "
                + "_library/foundations/networking/vpc-advanced is called by no module of the work tree; it is due for "
                + "removal after 2027-01-15"), render(findings));
    }

    @Test
    void check_reportsDanglingExpiredReferencedAndUnrecordedLinks() throws IOException {
        Path root = library();
        Files.createDirectories(root.resolve("live"));
        Files.writeString(root.resolve("live/main.tf"), "module \"net\" {\n  source = \"../vpc\"\n}\n");
        List<Finding> findings = MigrationCheck.check(root, 6, on("2026-11-30"));
        assertEquals(List.of(
                "ERROR legacy-link-dangling _catalog/legacy-links.yaml:8: legacy link dns is dangling: "
                        + "_library/foundations/networking/dns does not exist; restore the module there "
                        + "(git log --follow), or update the callers and remove the link and its entry",
                "WARNING legacy-link-expired _catalog/legacy-links.yaml:8: legacy link dns is past its removal date "
                        + "2026-07-15 (6 months after the migration on 2026-01-15); change the callers that still "
                        + "use it to _library/foundations/networking/dns, then remove the link and its entry",
                "WARNING legacy-link-expired _catalog/legacy-links.yaml:12: legacy link vpc is past its removal date "
                        + "2026-07-15 (6 months after the migration on 2026-01-15); change the callers that still "
                        + "use it to _library/foundations/networking/vpc-advanced, then remove the link and its "
                        + "entry",
                "WARNING legacy-link-unrecorded eks: legacy link eks points into _library "
                        + "(_library/compute/containers/eks-standard) but is not recorded in "
                        + "_catalog/legacy-links.yaml, so its removal date is unknown; add it to "
                        + "_catalog/legacy-links.yaml with the date it was made, or remove it",
                "WARNING legacy-link-referenced live/main.tf:1: module \"net\" still calls legacy path vpc (source "
                        + "\"../vpc\"); change the source to \"../_library/foundations/networking/vpc-advanced\" "
                        + "before 2026-07-15"), render(findings));
    }

    @Test
    void check_symlinkLoopAtTheRoot_isAnError() throws IOException {
        Path root = library();
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));
        List<Finding> findings = MigrationCheck.check(root, 12, on("2026-11-30"));
        assertEquals("ERROR legacy-link-loop loop: link loop is a symlink loop; remove the link",
                render(findings).stream().filter(f -> f.contains("loop")).findFirst().orElseThrow());
    }

    private static List<String> render(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f).toList();
    }
}
