package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.core.Alexandria;
import dev.alexandria.core.internal.inspect.InspectOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterfaceCacheTest {

    @TempDir
    Path tmp;

    /** Every kind of detail the diff rules read, with an HCL error whose hidden header must survive too. */
    private static final Map<String, String> FILES = Map.of(
            "main.tf", """
                    terraform {
                      required_version = ">= 1.5"
                      required_providers {
                        aws = { source = "hashicorp/aws", version = ">= 5.0" }
                      }
                    }
                    variable "name" {
                      type    = string
                      default = "x"
                      validation {
                        condition     = length(var.name) > 0
                        error_message = "Name it."
                      }
                    }
                    output "id" { value = aws_vpc.this.id }
                    resource "aws_vpc" "this" { cidr_block = "10.0.0.0/16" }
                    module "sub" {
                      source   = "./sub"
                      for_each = toset(["a"])
                    }
                    moved {
                      from = aws_vpc.old
                      to   = aws_vpc.this
                    }
                    removed {
                      from = aws_subnet.gone
                      lifecycle { destroy = false }
                    }
                    """,
            "broken.tf", """
                    variable "hidden" {
                      type = string
                    output "half" {
                    """);

    @Test
    void aVersionReadBackEqualsTheVersionAsRead() {
        InspectOptions options = InspectOptions.boilerplate("context.tf");
        ModuleSnapshot read = ModuleSnapshot.of("1.0.0", "_library/a/b/m", FILES, options);
        assertFalse(read.details().moved().isEmpty());
        assertFalse(read.details().removed().isEmpty());
        assertFalse(read.details().moduleCalls().isEmpty());
        assertFalse(read.details().validations().isEmpty());
        assertFalse(read.details().hidden().isEmpty());
        InterfaceCache cache = InterfaceCache.in(Optional.of(tmp), tmp.resolve("lib")).orElseThrow();
        String key = InterfaceCache.key("tree 0123", "_library/a/b/m", options);
        cache.store("0123", key, read);

        ModuleSnapshot back = cache.lookup("0123", key, "v1.0.0").orElseThrow();
        assertEquals(read.iface(), back.iface());
        assertEquals(read.details(), back.details());
        assertEquals("v1.0.0", back.label(), "the label is the one asked for now");
        InterfaceDiff same = InterfaceDiffer.diff(read, back, false);
        assertTrue(same.changes().isEmpty(), same.changes().toString());
    }

    @Test
    void anotherFolderOrOtherBoilerplateFilesMissAndAnotherLibraryIsNotServed() {
        InspectOptions options = InspectOptions.defaults();
        ModuleSnapshot read = ModuleSnapshot.of("1.0.0", "_library/a/b/m", FILES, options);
        InterfaceCache cache = InterfaceCache.in(Optional.of(tmp), tmp.resolve("lib")).orElseThrow();
        cache.store("0123", InterfaceCache.key("tree 0123", "_library/a/b/m", options), read);

        assertTrue(cache.lookup("0123", InterfaceCache.key("tree 0123", "_library/a/c/m", options), "x").isEmpty());
        assertTrue(cache.lookup("0123", InterfaceCache.key("tree 0123", "_library/a/b/m",
                InspectOptions.boilerplate("context.tf")), "x").isEmpty());
        assertTrue(cache.lookup("0123", InterfaceCache.key("tree 4567", "_library/a/b/m", options), "x").isEmpty());
        InterfaceCache other = InterfaceCache.in(Optional.of(tmp), tmp.resolve("other")).orElseThrow();
        assertTrue(other.lookup("0123", InterfaceCache.key("tree 0123", "_library/a/b/m", options), "x").isEmpty());
        assertTrue(InterfaceCache.in(Optional.empty(), tmp).isEmpty());
    }

    @Test
    void aCorruptEntryIsIgnored() throws IOException {
        InspectOptions options = InspectOptions.defaults();
        InterfaceCache cache = InterfaceCache.in(Optional.of(tmp), tmp.resolve("lib")).orElseThrow();
        String key = InterfaceCache.key("tree 0123", "_library/a/b/m", options);
        cache.store("0123", key, ModuleSnapshot.of("1.0.0", "_library/a/b/m", FILES, options));
        Path file = tmp.resolve(InterfaceCache.FOLDER).resolve("0123.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        assertTrue(cache.lookup("0123", key, "1.0.0").isEmpty());
    }

    @Test
    void diffKeepsEachGitVersionByItsTreeAndTheWorkingTreeInOneEntryThatFollowsEdits() throws IOException {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("git"))) {
            Path cacheDir = tmp.resolve("cache");
            ModuleVersions versions = Alexandria.builder().root(f.root).cacheDirectory(cacheDir).open()
                    .versions("vpc-standard");
            InterfaceDiff first = versions.diff("1.0.0", "1.1.0");
            Path folder = cacheDir.resolve(InterfaceCache.FOLDER);
            assertEquals(2, entries(folder).size(), entries(folder).toString());
            assertTrue(entries(folder).stream().allMatch(n -> n.matches("[0-9a-f]{40}\\.bin")));
            assertEquals(first, versions.diff("1.0.0", "1.1.0"), "read back from the cache, the diff is the same");

            InterfaceDiff unchanged = versions.diff("2.0.0", ModuleVersions.WORKING_TREE);
            assertTrue(unchanged.changes().isEmpty());
            assertTrue(entries(folder).contains("working-tree-vpc-standard.bin"));
            // an edit in the same second as the entry was written is seen: the entry is keyed by the files' content
            Path variables = f.moduleDir().resolve("variables.tf");
            Files.writeString(variables, Files.readString(variables)
                    + "\nvariable \"added\" {\n  type    = string\n  default = \"a\"\n}\n");
            InterfaceDiff edited = versions.diff("2.0.0", ModuleVersions.WORKING_TREE);
            assertEquals(List.of("variable-added-optional var.added"), edited.changes().stream()
                    .map(c -> c.rule() + " " + c.subject()).toList());
            assertEquals(4, entries(folder).size(), "one entry for the working tree, replaced: " + entries(folder));
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
