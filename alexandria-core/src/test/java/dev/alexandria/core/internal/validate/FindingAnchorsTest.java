package dev.alexandria.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in finding names a file and a line, never a folder: code-scanning upload refuses a SARIF file whose
 * results lack one, and the table and JSON show file:line.
 */
class FindingAnchorsTest {

    @TempDir
    Path tmp;

    @Test
    void everyFindingOfEveryBrokenFixtureNamesAFileAndALine() throws IOException, URISyntaxException {
        Path fixtures = Path.of(FindingAnchorsTest.class.getResource("/validate").toURI());
        List<String> overlays;
        try (Stream<Path> s = Files.list(fixtures)) {
            overlays = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("bin") && !n.equals("clean") && !n.equals("readme-tables")).sorted()
                    .toList();
        }
        List<String> folders = new ArrayList<>();
        int seen = 0;
        for (String overlay : overlays) {
            Path root = Fixtures.library(tmp, overlay);
            for (Finding f : findings(root)) {
                seen++;
                if (Files.isDirectory(root.resolve(f.location().file())) || f.location().line() < 1) {
                    folders.add(overlay + ": " + f.ruleId() + " " + f);
                }
            }
        }
        assertEquals(List.of(), folders);
        assertFalse(seen < overlays.size(), "every broken fixture has findings");
    }

    @Test
    void findingsAboutFoldersAreAnchoredAtAFileInThem() throws IOException {
        Path root = Fixtures.library(tmp, "");
        Path net = root.resolve("_library/foundations/networking");
        Fixtures.copy(net.resolve("net-core"), net.resolve("Net_Copy"));
        Files.createDirectories(net.resolve("stray"));
        Files.writeString(net.resolve("stray/notes.md"), "notes\n");
        Files.createDirectories(root.resolve("_library/weird/things/m"));
        Files.writeString(root.resolve("_library/weird/things/m/main.tf"), "");
        Files.createDirectories(root.resolve("_library/compute/.attic/old"));
        Files.writeString(root.resolve("_library/compute/.attic/old/.alexandria.yaml"), "id: old\n");
        assertEquals(List.of(
                "_library/compute/.attic/old/.alexandria.yaml:1:1: folder _library/compute/.attic holds module "
                        + "folders, but its name starts with '.', so Alexandria skips it; rename it to attic to "
                        + "include it, or move it out of _library",
                "_library/foundations/networking/Net_Copy/.alexandria.yaml:1:1: invalid module id 'Net_Copy': use "
                        + "lower-case letters, digits and single hyphens, starting with a letter (e.g. vpc-standard); "
                        + "rename the folder to a valid id such as net-copy",
                "_library/foundations/networking/stray/notes.md:1:1: folder _library/foundations/networking/stray is "
                        + "neither a module (no .alexandria.yaml, no *.tf) nor a known folder; remove it or add the "
                        + "module's files",
                "_library/weird/things/m/main.tf:1:1: folder 'weird' is not a layer; use one of foundations, compute, "
                        + "data, integration, observability, security, patterns"),
                findings(root).stream().map(Finding::toString).sorted().toList());
    }

    @Test
    void invalidModuleId_suggestsNoIdThatIsTaken() throws IOException {
        Path root = Fixtures.library(tmp, "");
        Path net = root.resolve("_library/foundations/networking");
        Fixtures.copy(net.resolve("net-core"), net.resolve("Net_Core"));
        assertEquals(List.of("_library/foundations/networking/Net_Core/.alexandria.yaml:1:1: invalid module id "
                + "'Net_Core': use lower-case letters, digits and single hyphens, starting with a letter (e.g. "
                + "vpc-standard); rename the folder to a valid id (lower-case letters, digits and single hyphens)"),
                findings(root).stream().filter(f -> f.ruleId().equals("invalid-module-id")).map(Finding::toString)
                        .toList());
    }

    /** What opening and validating the library report: the catalog's findings when it cannot be opened. */
    private List<Finding> findings(Path root) {
        try {
            Library lib = LibraryLoader.open(root);
            List<Finding> out = new ArrayList<>(lib.findings());
            ValidationReport r = lib.validate(List.of(), Fixtures.noTools(tmp));
            r.findings().stream().filter(f -> !out.contains(f)).forEach(out::add);
            return out;
        } catch (CatalogValidationException e) {
            return e.findings();
        }
    }
}
