package dev.alexandria.core.internal.versioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A library in a temporary git repository ({@code repo/components/terraform}) with one module, vpc-standard,
 * whose files come from {@code versioning/history/<version>/}. {@link #threeVersions(Path)} commits, registers
 * and tags 1.0.0, 1.1.0 (an optional variable and an output added) and 2.0.0 (variable cidr replaced by the
 * required ipv4_cidr).
 */
final class GitLibraryFixture implements AutoCloseable {

    static final String MODULE_DIR = "_library/foundations/networking/vpc-standard";

    final Path repo;
    final Path root;
    final Git git;
    private final List<String[]> registered = new ArrayList<>();

    private GitLibraryFixture(Path repo, Path root, Git git) {
        this.repo = repo;
        this.root = root;
        this.git = git;
    }

    static Path resource(String name) {
        try {
            return Path.of(GitLibraryFixture.class.getResource("/versioning/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The library with version 1.0.0's files, registered, not yet committed. */
    static GitLibraryFixture create(Path tmp) {
        Path repo = tmp.resolve("repo");
        Path root = repo.resolve("components/terraform");
        copy(resource("git-library"), root);
        try {
            Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
            GitLibraryFixture f = new GitLibraryFixture(repo, root, git);
            f.moduleFiles("1.0.0");
            f.registered.add(new String[] {"1.0.0", "2026-01-10", "stable", "First release."});
            return f;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1.0.0, 1.1.0 and 2.0.0 committed, registered and tagged; the working tree is clean at 2.0.0. */
    static GitLibraryFixture threeVersions(Path tmp) {
        GitLibraryFixture f = create(tmp);
        f.commit("vpc-standard 1.0.0");
        f.tag("1.0.0");
        f.release("1.1.0", "2026-02-10", "Tags and the VPC ARN.");
        f.release("2.0.0", "2026-03-10", "ipv4_cidr replaces cidr and is required.");
        return f;
    }

    void release(String version, String date, String changelog) {
        moduleFiles(version);
        setVersion(version);
        register(version, date, changelog);
        commit("vpc-standard " + version);
        tag(version);
    }

    /** Replaces the module's .tf files with those of history/<name>/. */
    void moduleFiles(String name) {
        Path dir = root.resolve(MODULE_DIR);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".tf")).toList()) {
                Files.delete(p);
            }
            try (Stream<Path> from = Files.list(resource("history/" + name))) {
                for (Path p : from.toList()) {
                    Files.copy(p, dir.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void setVersion(String version) {
        Path meta = root.resolve(MODULE_DIR).resolve(".alexandria.yaml");
        write(meta, read(meta).replaceFirst("(?m)^version: .*$", "version: " + version));
    }

    void register(String version, String date, String changelog) {
        registered.add(new String[] {version, date, "stable", changelog});
        StringBuilder sb = new StringBuilder("# Registered versions of every module.\nmodules:\n"
                + "  - id: vpc-standard\n    name: Standard VPC\n    version: " + version + "\n"
                + "    category: foundations/networking\n    tags: [vpc, networking]\n    maturity: stable\n"
                + "    description: Production VPC with a name, a CIDR block and tags.\n    support:\n"
                + "      maintainer: team-networking\n    versions:\n");
        for (String[] r : registered) {
            sb.append("      - version: ").append(r[0]).append("\n        released: ").append(r[1])
                    .append("\n        maturity: ").append(r[2]).append("\n        changelog: ").append(r[3])
                    .append('\n');
        }
        write(root.resolve("_catalog/module-registry.yaml"), sb.toString());
    }

    RevCommit commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            return git.commit().setMessage(message).setAuthor(ident()).setCommitter(ident()).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    void tag(String version) {
        try {
            git.tag().setName("vpc-standard/v" + version).setAnnotated(true).setMessage("vpc-standard " + version)
                    .setTagger(ident()).setSigned(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the tag of a version, if there is one. */
    void untag(String version) {
        try {
            git.tagDelete().setTags("vpc-standard/v" + version).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    static PersonIdent ident() {
        return new PersonIdent("Test", "test@example.com");
    }

    Path moduleDir() {
        return root.resolve(MODULE_DIR);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
