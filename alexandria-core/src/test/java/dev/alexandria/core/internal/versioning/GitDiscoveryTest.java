package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDiscoveryTest {

    @TempDir
    Path temp;

    @Test
    void folderBelowAGitFolder_mayBeInAWorkTree() throws IOException {
        Files.createDirectories(temp.resolve("repo/.git"));
        Path deep = Files.createDirectories(temp.resolve("repo/a/b"));
        assertTrue(GitDiscovery.mayBeInWorkTree(deep));
        assertTrue(GitDiscovery.mayBeInWorkTree(temp.resolve("repo")));
    }

    @Test
    void folderBelowAGitFile_ofALinkedWorkTreeOrSubmodule_mayBeInAWorkTree() throws IOException {
        Files.createDirectories(temp.resolve("linked"));
        Files.writeString(temp.resolve("linked/.git"), "gitdir: /elsewhere/.git/worktrees/linked\n");
        assertTrue(GitDiscovery.mayBeInWorkTree(Files.createDirectories(temp.resolve("linked/x"))));
    }

    @Test
    void folderWithoutGitAbove_isNotInAWorkTree() throws IOException {
        assumeTrue(System.getenv("GIT_DIR") == null, "GIT_DIR names a repository for every folder");
        assumeTrue(!GitDiscovery.mayBeInWorkTree(temp), "the temporary folder lies inside a git work tree");
        Files.createDirectories(temp.resolve("repo/.git"));
        assertFalse(GitDiscovery.mayBeInWorkTree(Files.createDirectories(temp.resolve("plain/a"))));
    }

    @Test
    void plainGitDir_isTheNearestGitFolder_whoseTagRefsAreTheLooseFileAndPackedRefs() throws IOException {
        assumeTrue(System.getenv("GIT_DIR") == null, "GIT_DIR names a repository for every folder");
        Path git = Files.createDirectories(temp.resolve("repo/.git"));
        Path deep = Files.createDirectories(temp.resolve("repo/a/b"));
        assertEquals(Optional.of(git), GitDiscovery.plainGitDir(deep));
        assertEquals(List.of(git.resolve("refs/tags/vpc/v1.0.0"), git.resolve("packed-refs")),
                GitDiscovery.tagRefFiles(git, "vpc/v1.0.0"));
    }

    @Test
    void plainGitDir_isEmpty_forALinkedWorkTreeAWorkTreeOfACommonDirOrAReftable() throws IOException {
        Files.createDirectories(temp.resolve("linked"));
        Files.writeString(temp.resolve("linked/.git"), "gitdir: /elsewhere/.git/worktrees/linked\n");
        assertEquals(Optional.empty(), GitDiscovery.plainGitDir(Files.createDirectories(temp.resolve("linked/x"))));
        Path common = Files.createDirectories(temp.resolve("common/.git"));
        Files.writeString(common.resolve("commondir"), "../..\n");
        assertEquals(Optional.empty(), GitDiscovery.plainGitDir(temp.resolve("common")));
        Files.createDirectories(temp.resolve("reftable/.git/reftable"));
        assertEquals(Optional.empty(), GitDiscovery.plainGitDir(temp.resolve("reftable")));
    }
}
