package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence that several modules' READMEs share word for word is the collection's boilerplate (a vendor's "we
 * provide a platform…" paragraph), not what any of them does: it is not indexed. Which sentences are boilerplate
 * depends on the other READMEs, and the index follows when they change.
 */
class ReadmeBoilerplateTest {

    private static final String VENDOR = "\n\nWe provide a zebrafish platform for organizations! Join our community.\n";
    private static final List<String> MODULES = List.of("foundations/networking/vpc-basic",
            "compute/virtual-machines/ec2-basic", "compute/containers/ecs-fargate");

    @TempDir
    Path tmp;

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.module().id().value()).sorted().toList();
    }

    private Path withVendorText(List<String> modules) throws IOException {
        Path copy = LibrarySearchTest.copyOfSample(tmp.resolve("lib"));
        for (String m : modules) {
            Path readme = copy.resolve("_library/" + m + "/README.md");
            Files.writeString(readme, Files.readString(readme) + VENDOR);
        }
        return copy;
    }

    private SearchResult search(Path library, String text) {
        Library lib = Alexandria.builder().root(library).cacheDirectory(tmp.resolve("cache")).open();
        return lib.search(text).limit(50).run();
    }

    @Test
    void sentenceInThreeReadmes_isNotIndexed() throws IOException {
        Path lib = withVendorText(MODULES);
        assertEquals(List.of(), ids(search(lib, "zebrafish")));
        // kept answers and the fingerprint cache say the same on the next run
        assertEquals(List.of(), ids(search(lib, "zebrafish")));
    }

    @Test
    void sentenceInTwoReadmes_isIndexed() throws IOException {
        Path lib = withVendorText(MODULES.subList(0, 2));
        assertEquals(List.of("ec2-basic", "vpc-basic"), ids(search(lib, "zebrafish")));
    }

    @Test
    void readmeChangedElsewhere_rebuildsTheDocumentsItMadeBoilerplate() throws IOException {
        Path lib = withVendorText(MODULES);
        assertEquals(List.of(), ids(search(lib, "zebrafish")));
        // one README drops the paragraph: the other two modules' files are unchanged, yet their sentence is now theirs
        Path readme = lib.resolve("_library/" + MODULES.get(2) + "/README.md");
        Files.writeString(readme, Files.readString(readme).replace(VENDOR, "\n"));
        Files.setLastModifiedTime(readme, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(List.of("ec2-basic", "vpc-basic"), ids(search(lib, "zebrafish")));
        // and back
        Files.writeString(readme, Files.readString(readme) + VENDOR);
        Files.setLastModifiedTime(readme, FileTime.from(Instant.parse("2031-01-01T00:00:00Z")));
        assertEquals(List.of(), ids(search(lib, "zebrafish")));
    }

    /** A collection that gives each module its marketing line as description: the line is not indexed, the rest is. */
    @Test
    void descriptionSentenceOfThreeModules_isNotIndexed_butShownInItsHighlight() throws IOException {
        Path lib = LibrarySearchTest.copyOfSample(tmp.resolve("lib"));
        for (String m : MODULES) {
            Path md = lib.resolve("_library/" + m + "/.alexandria.yaml");
            Files.writeString(md, Files.readString(md).replaceFirst("description: >-\n  ",
                    "description: >-\n  With our zebrafish toolkit, deploy with confidence. Quokka "));
        }
        assertEquals(List.of(), ids(search(lib, "zebrafish")));
        SearchResult quokka = search(lib, "quokka");
        assertEquals(List.of("ec2-basic", "ecs-fargate", "vpc-basic"), ids(quokka));
        assertTrue(quokka.hits().stream().flatMap(h -> h.highlights().stream())
                .filter(h -> h.field().equals("description"))
                .allMatch(h -> !h.fragment().contains("  ") && h.fragment().contains("Quokka")), quokka::toString);
    }

    @Test
    void sentenceKey_ignoresCaseAndPunctuation_andWithoutKeepsOtherSentences() {
        assertEquals(ReadmeText.key("Join our Slack community!"), ReadmeText.key("join our slack  community"));
        assertTrue(ReadmeText.key("join our slack") != ReadmeText.key("join our slack community"));
        assertEquals(0, ReadmeText.key("--- !"));
        String prose = "An SNS topic with encryption. We provide a platform for organizations!\nSupport\nFan-out.";
        Set<Long> boilerplate = Set.of(ReadmeText.key("we provide a platform for organizations"),
                ReadmeText.key("support"));
        assertEquals("An SNS topic with encryption.\nFan-out.", ReadmeText.without(prose, boilerplate));
        assertEquals(prose, ReadmeText.without(prose, Set.of()));
    }
}
