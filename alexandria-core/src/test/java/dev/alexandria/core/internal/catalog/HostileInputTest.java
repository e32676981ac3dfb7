package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad files never crash or hang the loader; each becomes one precise error. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final String VPC_DIR = "_library/foundations/networking/vpc-standard";
    private static final String VPC = VPC_DIR + "/.alexandria.yaml";

    @TempDir
    Path tmp;

    List<String> errors(Path root) {
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        assertNoAbsolutePath(e.findings());
        return e.errors().stream().map(Finding::toString).toList();
    }

    /** Every path in a finding (its file, message and hint) is relative to the library root. */
    void assertNoAbsolutePath(List<Finding> findings) {
        for (Finding f : findings) {
            String text = f.location().file() + " " + f.message() + " " + f.hint().orElse("");
            assertTrue(!text.contains(tmp.toString()) && !text.contains(realTmp()), () -> "absolute path in " + text);
        }
    }

    private String realTmp() {
        try {
            return tmp.toRealPath().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<String> errors(String overlay) {
        return errors(Fixtures.library(tmp, overlay));
    }

    /** Every finding, warnings included, of a library that does not open. */
    List<String> all(Path root) {
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        assertNoAbsolutePath(e.findings());
        return e.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void open_malformedYamlNamesLineAndColumn() {
        assertEquals(List.of(VPC + ":3:3: is not valid YAML: 'description:' is indented more than the key "
                + "above it, so YAML reads it as part of that key's value; indent 'description:' like the other keys of "
                + "its mapping"), errors("malformed-indent"));
    }

    @Test
    void open_unterminatedQuoteNamesWhereTheQuoteOpens() {
        assertEquals(List.of(VPC + ":3:14: is not valid YAML: the quoted scalar that starts here is never closed (the "
                + "parser reached the end of the file at line 5, column 1); add the closing quote where it should "
                + "end"), errors("malformed"));
    }

    @Test
    void open_unclosedFlowListNamesWhereTheListOpens() {
        assertEquals(List.of(VPC + ":5:7: is not valid YAML: the flow sequence that starts here is not closed before "
                + "line 6, column 6 (expected ',' or ']', but got :); add the closing ']' where it should end"),
                errors("unclosed-flow-list"));
    }

    @Test
    void open_flowListUnclosedAtTheEndOfTheFile_namesWhereTheListOpens() {
        assertEquals(List.of(VPC + ":10:7: is not valid YAML: the flow sequence that starts here is never closed (the "
                + "parser reached the end of the file at line 11, column 1); add the closing ']' where it should "
                + "end"), errors("unclosed-flow-list-at-end"));
    }

    @Test
    void open_refusesAliasBomb() {
        assertEquals(List.of(VPC + ":2:8: uses the YAML alias '*a'; aliases and anchors are not supported; write the "
                + "value out in full"), errors("alias-bomb"));
    }

    @Test
    void open_refusesDuplicateKeys() {
        assertEquals(List.of(VPC + ":9:8: duplicate key 'version'; remove one of the two"), errors("duplicate-key"));
    }

    @Test
    void open_refusesEmptyFile() {
        assertEquals(List.of(VPC + ": is empty; add the content described in docs/library-format.md or delete the "
                + "file"), errors("empty-file"));
    }

    @Test
    void open_refusesCommentOnlyFile() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/tags.yaml", "# nothing yet\n\n");
        assertEquals(List.of("_catalog/tags.yaml: is empty; add the content described in docs/library-format.md or "
                + "delete the file"), errors(root));
    }

    @Test
    void open_refusesNonUtf8Bytes() {
        assertEquals(List.of(VPC + ":2:10: is not valid UTF-8 (byte 0xE9 at offset 26); save the file as UTF-8"),
                errors("non-utf8"));
    }

    @Test
    void open_refusesFileOverTheSizeLimitBeforeReadingIt() throws IOException {
        Path root = Fixtures.valid(tmp);
        try (RandomAccessFile f = new RandomAccessFile(root.resolve(VPC).toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: reading it would take time and memory, checking it does not
        }
        // The line and column of the first byte past the limit: the zeros that follow the 28 lines of the file.
        assertEquals(List.of(VPC + ":29:261493: is 52428800 bytes, over the limit of 262144 bytes (256 KiB) for a "
                + "module's metadata file, which it passes here; a module's metadata is a few KB: remove what does not "
                + "belong in it (generated text, a long value)"), errors(root));
    }

    // Generated hostile files: each gives one clear error. Before SnakeYAML's reader was replaced, a 10 MB scalar
    // took minutes to scan (its reader copied the scalar again for every 1,023 characters); the class's timeout
    // is only the guard against a hang, YamlParseTiming (alexandria-benchmarks) shows the cost per MB.

    @Test
    void open_refusesAMetadataFileOfOneHugeFlowScalarBeforeParsingIt() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, VPC, "tags: [" + "a".repeat(10 * 1024 * 1024) + "]\n");
        assertEquals(List.of(VPC + ":1:262145: is 10485769 bytes, over the limit of 262144 bytes (256 KiB) for a "
                + "module's metadata file, which it passes here; a module's metadata is a few KB: remove what does not "
                + "belong in it (generated text, a long value)"), errors(root));
    }

    @Test
    void open_refusesACatalogFileOverItsLimit_namingTheLimitOfItsKind() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/tags.yaml", "# " + "x".repeat(2 * 1024 * 1024) + "\n");
        assertEquals(List.of("_catalog/tags.yaml:1:1048577: is 2097155 bytes, over the limit of 1048576 bytes (1 MiB) "
                + "for a catalog file, which it passes here; remove what does not belong in it (catalog files are a "
                + "few KB)"), errors(root));
    }

    @Test
    void open_readsAHugeScalarWithinTheLimitOnceAndReportsWhatIsWrongWithIt() {
        Path root = Fixtures.valid(tmp);
        // 8 MB of one word in the registry (whose limit is 16 MiB): where the reader's copies were quadratic
        Fixtures.write(root, "_catalog/module-registry.yaml", "modules: [" + "a".repeat(8 * 1024 * 1024) + "]\n");
        assertEquals(List.of("_catalog/module-registry.yaml:1:11: modules[0]: expected a mapping, found a string ("
                + "a".repeat(80) + "… (8388608 characters)); write modules[0] as a mapping"), errors(root));
    }

    @Test
    void open_refusesDeepNestingInAMetadataFileWithinItsLimit() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, VPC, "tags: " + "[".repeat(200_000) + "\n");
        assertEquals(List.of(VPC + ":1:70: nests deeper than 64 levels; flatten the structure; no library file needs "
                + "that depth"), errors(root));
    }

    @Test
    void open_refusesAGeneratedAliasBomb() {
        Path root = Fixtures.valid(tmp);
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("*a").append(i - 1).append("]\n");
        }
        Fixtures.write(root, "_catalog/tags.yaml", bomb.toString());
        assertEquals(List.of("_catalog/tags.yaml:2:10: uses the YAML alias '*a0'; aliases and anchors are not "
                + "supported; write the value out in full"), errors(root));
    }

    /** The errors of the valid library whose vpc-standard metadata is n unknown keys (prefix + i + value). */
    private List<String> errorsOfUnknownKeys(int n, String prefix, String value) {
        Path root = Fixtures.valid(tmp);
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < n; i++) {
            keys.append(prefix).append(i).append(value).append('\n');
        }
        Fixtures.write(root, VPC, keys.toString());
        return errors(root);
    }

    @Test
    void open_listsTheFirstUnknownKeysOfAMetadataFileOfManyKeysAndCountsTheRest() {
        List<String> errors = errorsOfUnknownKeys(2000, "key", ": value");
        String first = VPC + ":1:1: unknown key 'key0'; use one of: category, compatible_with, complexity, cost, "
                + "deprecation, description, evidence, examples, id, layer, maintainer, maturity, maturity_history, "
                + "name, requires, support_channel, tags, version";
        assertTrue(errors.contains(first), () -> String.join("\n", errors.subList(0, 3)));
        // the 8 required keys that are missing (at 1:1) come first, then the unknown keys in file order
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(VPC + ":92:1: unknown key 'key91'")),
                () -> String.join("\n", errors.subList(0, 3)));
        assertEquals(FindingCap.LISTED, errors.stream().filter(e -> e.startsWith(VPC + ":")).count() - 1,
                () -> String.join("\n", errors));
        assertTrue(errors.contains(VPC + ":93:1: 1,908 more errors in this file are not listed (only the first 100"
                + " findings of a file are); fix the problems listed and open the library again; a file with this many problems"
                + " is probably not what its name says (see docs/library-format.md)"), () -> String.join("\n",
                errors.subList(errors.size() - 3, errors.size())));
    }

    /** Finding each of n unknown keys was a search through the mapping's keys: n² in all (minutes at 25,000). */
    @Test
    void open_readsAMetadataFileOf25000UnknownKeysWithinTheTimeout() {
        List<String> errors = errorsOfUnknownKeys(25_000, "k", ": v");
        assertEquals(FindingCap.LISTED + 1, errors.stream().filter(e -> e.startsWith(VPC + ":")).count());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(VPC + ":93:1: 24,908 more errors in this file")),
                () -> String.join("\n", errors.subList(errors.size() - 3, errors.size())));
    }

    @Test
    void open_refusesAFileThatIsADirectory() throws IOException {
        Path root = Fixtures.valid(tmp);
        Files.delete(root.resolve("_catalog/tags.yaml"));
        Files.createDirectory(root.resolve("_catalog/tags.yaml"));
        assertEquals(List.of("_catalog/tags.yaml: is a directory, expected a YAML file; remove the directory or move "
                + "it out of the way"), errors(root));
    }

    @Test
    void open_refusesModuleFolderLinkThatLeavesTheRoot() throws IOException {
        Path root = Fixtures.valid(tmp);
        Path outside = Files.createDirectories(tmp.resolve("outside/evil-module"));
        Files.writeString(outside.resolve("main.tf"), "");
        Path link = root.resolve("_library/foundations/networking/evil-module");
        Files.createSymbolicLink(link, outside);
        assertEquals(List.of("_library/foundations/networking/evil-module: is a symbolic link to ../outside/evil-module"
                + ", which is outside the library root; replace the link with the folder or file itself"), errors(root));
    }

    @Test
    void open_refusesCatalogFileLinkThatLeavesTheRoot() throws IOException {
        Path root = Fixtures.valid(tmp);
        Path outside = tmp.resolve("secrets.yaml");
        Files.writeString(outside, "tags: []\n");
        Files.delete(root.resolve("_catalog/tags.yaml"));
        Files.createSymbolicLink(root.resolve("_catalog/tags.yaml"), outside);
        // Reported once: the tags the modules use are not checked against a file that was not read.
        assertEquals(List.of("_catalog/tags.yaml: is a symbolic link to ../secrets.yaml, which is outside the "
                + "library root; replace the link with a copy of the file inside the library"), all(root));
    }

    @Test
    void open_aBrokenCategoriesFileIsReportedOnceNotOncePerCategoryFolder() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/categories.yaml", "layers:\n  - name: foundations\n    categories: [\n");
        // Not also "category '...' is not declared in _catalog/categories.yaml" for each category folder.
        // at the bracket to close, not where the parser noticed (the end of the file)
        assertEquals(List.of("_catalog/categories.yaml:3:17: is not valid YAML: the flow sequence that starts here is "
                + "never closed (the parser reached the end of the file at line 4, column 1); add the closing ']' "
                + "where it should end"), all(root));
    }

    @Test
    void open_oneBadLayerInTheCategoriesFileDoesNotMakeItsCategoriesUndeclared() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/categories.yaml", Fixtures.read(root, "_catalog/categories.yaml")
                .replace("- name: foundations", "- name: foundation"));
        // Not also "category 'foundations/networking' is not declared" for each of its folders.
        assertEquals(List.of("_catalog/categories.yaml:4:11: layers[0].name: unknown layer 'foundation'; use one of foundations, "
                + "compute, data, integration, observability, security, patterns"), all(root));
    }

    @Test
    void open_refusesACatalogFolderLinkThatLeavesTheRoot() throws IOException {
        Path root = Fixtures.valid(tmp);
        Path outside = tmp.resolve("elsewhere");
        Files.move(root.resolve("_catalog"), outside);
        Files.createSymbolicLink(root.resolve("_catalog"), outside);
        assertEquals(List.of("_catalog/categories.yaml: resolves through a symbolic link to "
                + "../elsewhere/categories.yaml, which is outside the library root; replace the link with a copy of "
                + "the file inside the library"),
                errors(root).subList(0, 1));
    }

    @Test
    void open_refusesAnHclFileLinkThatLeavesTheRoot() throws IOException {
        Path root = Fixtures.valid(tmp);
        Path outside = tmp.resolve("secrets.tf");
        Files.writeString(outside, "variable \"password\" {}\n");
        Files.createSymbolicLink(root.resolve(VPC_DIR).resolve("secrets.tf"), outside);
        // Only the link: no HCL is read when opening, so no tier warning from a count of zero variables.
        assertEquals(List.of(VPC_DIR + "/secrets.tf: is a symbolic link to ../secrets.tf, which is outside the "
                + "library root; replace the link with a copy of the file inside the library"), all(root));
    }

    @Test
    void open_symbolicLinkLoopsAreLoopsNotMissingTargets() throws IOException {
        Path root = Fixtures.valid(tmp);
        Path category = root.resolve("_library/foundations/networking");
        Files.createSymbolicLink(category.resolve("self"), Path.of("self"));
        Files.createSymbolicLink(category.resolve("ping"), Path.of("pong"));
        Files.createSymbolicLink(category.resolve("pong"), Path.of("ping"));
        Files.createSymbolicLink(category.resolve("gone"), Path.of("nowhere"));
        Files.delete(root.resolve("_catalog/tags.yaml"));
        Files.createSymbolicLink(root.resolve("_catalog/tags.yaml"), Path.of("tags.yaml"));
        String c = "_library/foundations/networking/";
        assertEquals(List.of(
                "_catalog/tags.yaml: is a symbolic link that loops and never reaches a file: _catalog/tags.yaml -> "
                        + "_catalog/tags.yaml; point the link at the file it stands for, or replace it with the file",
                c + "gone: is a symbolic link to " + c + "nowhere, which does not exist; fix or remove the link",
                c + "ping: is a symbolic link that loops and never reaches a file or folder: " + c + "ping -> " + c
                        + "pong -> " + c + "ping; point the link at the folder or file it stands for, or remove it",
                c + "pong: is a symbolic link that loops and never reaches a file or folder: " + c + "pong -> " + c
                        + "ping -> " + c + "pong; point the link at the folder or file it stands for, or remove it",
                c + "self: is a symbolic link that loops and never reaches a file or folder: " + c + "self -> " + c
                        + "self; point the link at the folder or file it stands for, or remove it"),
                errors(root).stream().sorted().toList());
    }

    @Test
    void open_aStrayFileInALayerOrCategoryFolderIsAWarningNotAnError() throws IOException {
        Path root = Fixtures.valid(tmp);
        Files.writeString(root.resolve("_library/foundations/networking/notes.txt"), "todo\n");
        Files.writeString(root.resolve("_library/foundations/main.tf"), "variable \"a\" {}\n");
        Files.writeString(root.resolve("_library/foundations/networking/README.md"), "# Networking\n");
        Files.writeString(root.resolve("_library/foundations/networking/.gitkeep"), "");
        Library lib = LibraryLoader.open(root); // opens: a stray file stops nothing
        assertEquals(List.of(
                "_library/foundations/main.tf: file _library/foundations/main.tf is in a layer folder, which holds "
                        + "only folders, so Alexandria skips it; move it into the module folder it belongs to, or out "
                        + "of _library",
                "_library/foundations/networking/notes.txt: file _library/foundations/networking/notes.txt is in a "
                        + "category folder, which holds only folders, so Alexandria skips it; move it into the module "
                        + "folder it belongs to, or out of _library"),
                lib.findings().stream().map(Finding::toString).toList());
        assertEquals(List.of("stray-file", "stray-file"), lib.findings().stream().map(Finding::ruleId).toList());
        assertEquals(5, lib.modules().size());
        // the cached open reports them too
        assertEquals(2, LibraryLoader.open(root).findings().size());
    }

    @Test
    void open_warnsAboutAHiddenFolderThatHoldsAModule() throws IOException {
        Path root = Fixtures.valid(tmp);
        Path hidden = root.resolve("_library/foundations/networking/.vpc-old");
        Files.createDirectories(hidden);
        Files.writeString(hidden.resolve("main.tf"), "variable \"a\" {}\n");
        Path hiddenCategory = root.resolve("_library/compute/.attic/old-eks");
        Files.createDirectories(hiddenCategory);
        Files.writeString(hiddenCategory.resolve(".alexandria.yaml"), "id: old-eks\n");
        Files.createDirectories(root.resolve("_library/compute/.cache/empty"));
        Library lib = LibraryLoader.open(root);
        assertEquals(List.of(
                "_library/compute/.attic/old-eks/.alexandria.yaml:1:1: folder _library/compute/.attic holds module "
                        + "folders, but its name starts with '.', so Alexandria skips it; rename it to attic to "
                        + "include it, or move it out of _library",
                "_library/foundations/networking/.vpc-old/main.tf:1:1: folder _library/foundations/networking/.vpc-old"
                        + " holds a module, but its name starts with '.', so Alexandria skips it; rename it to vpc-old "
                        + "to include it, or move it out of _library"),
                lib.findings().stream().map(Finding::toString).toList());
        assertEquals(5, lib.modules().size());
    }

    @Test
    void aNamedPipeNamedLikeAConfigurationFile_isAFindingOfItsModule() throws Exception {
        Path root = Fixtures.valid(tmp);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", root.resolve(VPC_DIR + "/pipe.tf").toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Library lib = LibraryLoader.open(root);
        assertEquals(List.of(VPC_DIR + "/pipe.tf: Not a regular file: The configuration file \"" + VPC_DIR
                + "/pipe.tf\" is not a regular file (a named pipe, socket, device or broken link), so it was not read; "
                + "replace it with a file or remove it; replace or remove the file as the message says; until then the "
                + "module's inputs, outputs and complexity tier are read without it"),
                lib.findings("vpc-standard").stream().map(Finding::toString).toList());
        assertEquals(List.of("cidr"), lib.inspect("vpc-standard").variables().stream().map(v -> v.name()).toList());
    }

    @Test
    void findingMessages_nameOtherFilesOfTheLibraryRelativeToItsRoot() throws IOException {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, VPC_DIR + "/more.tf", "variable \"cidr\" {}\n");
        Library lib = LibraryLoader.open(root);
        List<String> findings = lib.findings("vpc-standard").stream().map(Finding::toString).toList();
        assertEquals(List.of(VPC_DIR + "/variables.tf:1:1: Duplicate variable declaration: A variable named \"cidr\" "
                + "was already declared at " + VPC_DIR + "/more.tf:1,1. Variable names must be unique within a module; "
                + "correct the file at that line; until then the module's inputs, outputs and complexity tier are read "
                + "without the part in error"), findings);
        assertTrue(findings.stream().noneMatch(f -> f.contains(tmp.toString())), findings::toString);
        List<String> details = lib.inspect("vpc-standard").diagnostics().stream().map(d -> d.detail()).toList();
        assertEquals(List.of("A variable named \"cidr\" was already declared at " + VPC_DIR + "/more.tf:1,1. Variable "
                + "names must be unique within a module."), details, "the interface's diagnostics name it so too");
    }

    @Test
    void open_acceptsLinksThatStayInsideTheRoot() throws IOException {
        Path root = Fixtures.valid(tmp);
        Files.createSymbolicLink(root.resolve("vpc"), root.resolve(VPC_DIR)); // a legacy flat component
        assertEquals(5, LibraryLoader.open(root).modules().size());
    }

    @Test
    void open_refusesModuleFolderNamesThatAreNotIds() throws IOException {
        Path root = Fixtures.valid(tmp);
        Files.createDirectories(root.resolve("_library/foundations/networking/vpc..old"));
        Files.writeString(root.resolve("_library/foundations/networking/vpc..old/main.tf"), "");
        Files.createDirectories(root.resolve("_library/foundations/networking/VPC_Legacy"));
        Files.writeString(root.resolve("_library/foundations/networking/VPC_Legacy/main.tf"), "");
        assertEquals(List.of(
                "_library/foundations/networking/VPC_Legacy/main.tf:1:1: invalid module id 'VPC_Legacy': use "
                        + "lower-case letters, digits and single hyphens, starting with a letter (e.g. vpc-standard); "
                        + "rename the folder to a valid id such as vpc-legacy",
                "_library/foundations/networking/vpc..old/main.tf:1:1: invalid module id 'vpc..old': must be a single "
                        + "folder name, not a path; rename the folder to a valid id such as vpc-old"),
                errors(root));
    }

    @Test
    void open_refusesPathLikeIdsInsideFiles() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_library/compute/containers/eks-addons/.alexandria.yaml", """
                id: eks-addons
                name: EKS add-ons
                description: Add-ons.
                version: 0.3.0
                layer: compute
                category: compute/containers
                maturity: alpha
                maintainer: team-containers
                requires:
                  - module: ../../foundations/networking/vpc-standard
                """);
        assertEquals(List.of("_library/compute/containers/eks-addons/.alexandria.yaml:10:13: requires[0].module: invalid module id "
                + "'../../foundations/networking/vpc-standard': must be a single folder name, not a path; use a module "
                + "id such as vpc-standard"), errors(root));
    }

    @Test
    void open_refusesDeepNestingWithoutStackOverflow() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/search-index.yaml", "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertEquals(List.of("_catalog/search-index.yaml:1:65: nests deeper than 64 levels; flatten the structure; "
                + "no library file needs that depth"), errors(root));
    }

    @Test
    void open_deepBlockNestingNamesTheLineWhereItExceedsTheLimit() {
        Path root = Fixtures.valid(tmp);
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth < 70; depth++) {
            yaml.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        yaml.append("  ".repeat(70)).append("leaf: 1\n");
        Fixtures.write(root, "_catalog/search-index.yaml", yaml.toString());
        assertEquals(List.of("_catalog/search-index.yaml:65:129: nests deeper than 64 levels; flatten the "
                + "structure; no library file needs that depth"), errors(root));
    }

    @Test
    void open_refusesATopLevelListWhereAMappingIsExpected() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/tags.yaml", "- multi-az\n- vpc\n");
        assertEquals(List.of("_catalog/tags.yaml:1:1: expected a mapping at the top level, found a list; see "
                + "docs/library-format.md for the expected keys"), errors(root));
    }

    @Test
    void open_reportsHugeNumbersAndNonBooleansWithoutStopping() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_library/foundations/security/securitygroup/.alexandria.yaml", """
                id: securitygroup
                name: Security group
                description: Security groups with validated rules.
                version: 1.1.0
                layer: foundations
                category: foundations/security
                maturity: stable
                maintainer: team-networking
                evidence:
                  production_teams: 99999999999999999999999
                  benchmarks: maybe
                """);
        String sg = "_library/foundations/security/securitygroup/.alexandria.yaml";
        assertEquals(List.of(
                sg + ":10:3: evidence.production_teams is too large, found 99999999999999999999999; use a number up "
                        + "to 2147483647",
                sg + ":11:3: evidence.benchmarks: expected a boolean (true or false), found a string (maybe); write "
                        + "evidence.benchmarks as a boolean (true or false)"), errors(root));
    }

    @Test
    void open_refusesANamedPipeInsteadOfBlockingOnIt() throws Exception {
        Path root = Fixtures.valid(tmp);
        Files.delete(root.resolve("_catalog/tags.yaml"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", root.resolve("_catalog/tags.yaml").toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertEquals(List.of("_catalog/tags.yaml: is not a regular file; replace it with a YAML file"), errors(root));
    }
}
