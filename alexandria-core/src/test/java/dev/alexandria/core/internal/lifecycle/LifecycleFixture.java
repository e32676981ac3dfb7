package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The lifecycle test library ({@code src/test/resources/lifecycle/library}), copied into a temporary folder:
 * a module at each level (vpc-experimental ready for alpha, vpc-alpha far from beta, vpc-beta ready for
 * stable, vpc-old stable and replaced by vpc-next, vpc-retired deprecated), optionally in a git repository.
 */
final class LifecycleFixture {

    static final String M = "_library/foundations/networking/";

    final Path root;
    private Git git;

    private LifecycleFixture(Path root) {
        this.root = root;
    }

    static Path resource(String name) {
        try {
            return Path.of(LifecycleFixture.class.getResource("/lifecycle/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LifecycleFixture create(Path tmp) {
        Path root = tmp.resolve("repo");
        copy(resource("library"), root);
        return new LifecycleFixture(root);
    }

    /** Makes the library a git repository with everything committed on {@code day}. */
    LifecycleFixture committed(LocalDate day) {
        try {
            git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
            commit("the library", day);
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    void commit(String message, LocalDate day) {
        try {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Test", "test@example.com",
                    day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tags HEAD as a release of a module, {@code <module>/v<version>}, annotated. */
    LifecycleFixture tagged(String module, String version, LocalDate day) {
        try {
            git.tag().setName(module + "/v" + version).setAnnotated(true).setMessage(module + " " + version)
                    .setTagger(new PersonIdent("Test", "test@example.com", noon(day), ZoneOffset.UTC))
                    .setSigned(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    Git git() {
        return git;
    }

    Library open() {
        return Alexandria.open(root);
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String text) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the library (outside .git) with its bytes, for byte-for-byte comparisons. */
    Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".git"))
                    .filter(p -> !p.getFileName().toString().equals(".alexandria.lock")).forEach(p -> {
                        try {
                            out.put(root.relativize(p).toString(), java.util.Base64.getEncoder()
                                    .encodeToString(Files.readAllBytes(p)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
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
}
