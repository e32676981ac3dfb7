package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.VersionInfo;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading released versions with what was read of git before ({@link VersionSource}, {@link GitReads}): the same
 * answers as JGit, without reading a git object when everything was read before, and never a stale one.
 */
class VersionSourceTest {

    private static final String PREFIX = "vpc-standard/v";

    @TempDir
    Path tmp;

    @Test
    void tagsReadThroughTheCacheAreJGitsAndReadNoObject() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("git"))) {
            Optional<Path> cache = Optional.of(tmp.resolve("cache"));
            List<GitRepo.Tag> jgit;
            try (GitRepo repo = GitRepo.open(f.root).orElseThrow()) {
                jgit = repo.tags(PREFIX).stream().sorted(java.util.Comparator.comparing(GitRepo.Tag::name)).toList();
            }
            assertEquals(3, jgit.size());
            try (VersionSource first = VersionSource.open(f.root, cache, "vpc-standard", false)) {
                assertEquals(jgit, first.tags(PREFIX));
                assertTrue(first.readObjects(), "nothing was read before: JGit reads the tags");
            }
            try (VersionSource second = VersionSource.open(f.root, cache, "vpc-standard", false)) {
                assertEquals(jgit, second.tags(PREFIX));
                assertEquals(Optional.of(jgit.get(0).commit()), second.tagCommit("vpc-standard/v1.0.0"));
                assertEquals(Optional.empty(), second.tagCommit("vpc-standard/v9.9.9"));
                assertFalse(second.readObjects(), "every tag was read before: no tag object is read");
            }
            // without a cache folder every answer is JGit's
            try (VersionSource none = VersionSource.open(f.root, Optional.empty(), "vpc-standard", false)) {
                assertEquals(jgit, none.tags(PREFIX));
                assertTrue(none.readObjects());
            }
        }
    }

    @Test
    void aMovedOrDeletedTagIsNeverAnsweredFromWhatWasReadBefore() throws Exception {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("git"))) {
            Optional<Path> cache = Optional.of(tmp.resolve("cache"));
            ObjectId before;
            try (VersionSource s = VersionSource.open(f.root, cache, "vpc-standard", false)) {
                before = s.tagCommit("vpc-standard/v1.1.0").orElseThrow();
                s.tags(PREFIX);
            }
            // 1.1.0 is made again on the newest commit, 1.0.0 is deleted
            ObjectId head = f.git.getRepository().resolve("HEAD");
            f.git.tagDelete().setTags("vpc-standard/v1.1.0", "vpc-standard/v1.0.0").call();
            f.git.tag().setName("vpc-standard/v1.1.0").setAnnotated(true).setMessage("again")
                    .setTagger(GitLibraryFixture.ident()).setSigned(false).call();
            try (VersionSource s = VersionSource.open(f.root, cache, "vpc-standard", false)) {
                assertEquals(Optional.of(head), s.tagCommit("vpc-standard/v1.1.0"));
                assertNotEquals(before, head);
                assertEquals(List.of("vpc-standard/v1.1.0", "vpc-standard/v2.0.0"),
                        s.tags(PREFIX).stream().map(GitRepo.Tag::name).toList());
                assertEquals("again", s.tags(PREFIX).get(0).message());
                assertEquals(Optional.empty(), s.tagCommit("vpc-standard/v1.0.0"));
            }
        }
    }

    @Test
    void versionsAndADiffOfReleasedVersionsAreTheSameReadFromTheCacheAndACorruptOneIsIgnored() throws IOException {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("git"))) {
            Path cacheDir = tmp.resolve("cache");
            ModuleVersions cold = Alexandria.builder().root(f.root).noCache().open().versions("vpc-standard");
            List<VersionInfo> list = cold.list();
            InterfaceDiff diff = cold.diff("1.0.0", "2.0.0");
            assertFalse(diff.changes().isEmpty());
            ModuleVersions cached = Alexandria.builder().root(f.root).cacheDirectory(cacheDir).readOnlyGit().open()
                    .versions("vpc-standard");
            for (int i = 0; i < 2; i++) { // filling the cache, then read from it
                assertEquals(list, cached.list());
                assertEquals(diff, cached.diff("1.0.0", "2.0.0"));
                assertEquals(cold.diff("v1.1.0", ModuleVersions.WORKING_TREE), cached.diff("v1.1.0",
                        ModuleVersions.WORKING_TREE));
            }
            Path file = cacheDir.resolve(GitReads.FOLDER).resolve("vpc-standard.bin");
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(file, bytes);
            assertEquals(list, cached.list());
            assertEquals(diff, cached.diff("1.0.0", "2.0.0"));
        }
    }

    @Test
    void theTreeOfAFolderAtACommitIsKeptByCommitAndFolder() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("git"))) {
            Optional<Path> cache = Optional.of(tmp.resolve("cache"));
            ObjectId commit;
            Optional<ObjectId> tree;
            try (VersionSource s = VersionSource.open(f.root, cache, "vpc-standard", false)) {
                commit = s.tagCommit("vpc-standard/v1.0.0").orElseThrow();
                tree = s.treeAt(commit, "components/terraform/" + GitLibraryFixture.MODULE_DIR);
                assertTrue(tree.isPresent());
                assertEquals(Optional.empty(), s.treeAt(commit, "components/terraform/_library/none"));
            }
            try (VersionSource s = VersionSource.open(f.root, cache, "vpc-standard", false)) {
                assertEquals(tree, s.treeAt(commit, "components/terraform/" + GitLibraryFixture.MODULE_DIR));
                assertEquals("components/terraform/" + GitLibraryFixture.MODULE_DIR,
                        s.relative(f.root.resolve(GitLibraryFixture.MODULE_DIR)));
                assertFalse(s.readObjects());
            }
        }
    }

    @Test
    void outsideGitThereIsNoSource() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertNull(VersionSource.open(plain, Optional.of(tmp.resolve("cache")), "m", false));
    }

    @Test
    void theWorkingTreesKeyIsGitsBlobIds() {
        // git hash-object of "hello\n" and of an empty file
        assertEquals("files\na.tf ce013625030ba8dba906f756967f9e9ca394464a\nb.tf e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
                GitRepo.contentKey(new java.util.TreeMap<>(Map.of("a.tf", "hello\n", "b.tf", ""))));
    }
}
