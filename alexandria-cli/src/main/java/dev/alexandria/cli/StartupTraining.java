package dev.alexandria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every read command once on the bundled sample library, with their output discarded, so that a JVM
 * started with {@code -XX:ArchiveClassesAtExit} records the classes all of them load. {@code bin/alexandria}
 * runs it once per build of the CLI (when the class-data-sharing archive for the current jars is missing);
 * afterwards every command starts from that archive, not only the one that happened to run first.
 *
 * <p>Not a command: it prints nothing, and its exit code is 0 whatever the commands returned (a failing
 * command has still loaded the classes it needed to fail), or 3 without running them when the bundled sample
 * library lies inside a git work tree (see {@link #mayBeInGit}) and the JVM archives lambdas (that is, without
 * {@code -Djdk.internal.lambda.disableEagerInitialization=true}).
 *
 * @since 0.1.0
 */
public final class StartupTraining {

    /**
     * Each command line of the training, in the order they run; ids are modules of the bundled sample. A lambda is
     * archived only when the training runs the code that makes it, so the read commands take each path a user's run
     * commonly takes: a use case that a pattern matches ({@code streaming data pipeline}; "queue dead letter" took
     * that path until a pattern had to be asked for, docs/recommend.md), one whose words imply modules
     * ({@code microservices on kubernetes}), one a module matches best, with the modules used together with it
     * ({@code postgres database}), one with words nothing makes ({@code static website}), one with misspelt
     * words and one with a level; {@code --based-on} a module that others provide inputs to; searches with each kind
     * of filter, a sort, facets and each output format.
     */
    static final List<List<String>> COMMANDS = List.of(
            List.of("browse"),
            List.of("browse", "--output", "json"),
            List.of("browse", "--findings"),
            List.of("browse", "--layer", "compute"),
            List.of("info", "vpc-standard"),
            List.of("info", "eks-standard", "--output", "json"),
            List.of("inspect", "vpc-standard"),
            List.of("inspect", "vpc-standard", "--output", "json"),
            List.of("inspect", "vpc-standard", "--output", "markdown"),
            List.of("search", "kubernetes"),
            List.of("search", "postgress database", "--facets", "--output", "json"),
            List.of("search", "k8s", "--category", "compute", "--cost-max", "500", "--sort", "popularity"),
            List.of("search", "--tags", "networking", "--complexity", "basic", "--facets"),
            List.of("search", "private database", "--maturity", "stable", "--output", "json"),
            List.of("search", "queue", "--output", "yaml", "--limit", "3"),
            List.of("compare", "vpc-basic", "vpc-standard", "vpc-advanced"),
            List.of("cost", "vpc-standard"),
            List.of("cost", "eks-standard", "--output", "json"),
            List.of("cost-compare", "vpc-basic", "vpc-standard"),
            List.of("recommend", "--for", "microservices on kubernetes"),
            List.of("recommend", "--for", "postgres database"),
            List.of("recommend", "--for", "streaming data pipeline"),
            List.of("recommend", "--for", "web application with a database", "--level", "beginner", "--limit", "5"),
            List.of("recommend", "--for", "static website", "--output", "json"),
            List.of("recommend", "--for", "kubernetis clustr"),
            List.of("recommend", "--based-on", "eks-standard", "--output", "yaml"),
            List.of("recommend", "--based-on", "vpc-standard", "--output", "json"),
            List.of("status", "eks-standard"),
            List.of("graph"),
            List.of("graph", "--check"),
            List.of("dependencies", "eks-standard"),
            List.of("dependencies", "eks-standard", "--reverse", "--output", "json"),
            List.of("versions", "vpc-standard"),
            List.of("validate"),
            List.of("validate", "--output", "json"),
            List.of("diff", "vpc-standard"),
            List.of("no-such-command"),
            List.of("info", "no-such-module"));

    private StartupTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args ignored
     * @throws IOException if the temporary working folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        AlexandriaCli.configureProcess();
        System.exit(train());
    }

    private static int train() throws IOException {
        // A working folder without a library, and no ALEXANDRIA_LIBRARY: every command uses the bundled sample.
        Path nowhere = Files.createTempDirectory("alexandria-training");
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.remove("ALEXANDRIA_LIBRARY");
            CliEnvironment environment = new CliEnvironment(env, nowhere);
            if (!Boolean.getBoolean("jdk.internal.lambda.disableEagerInitialization")
                    && mayBeInGit(LibraryCommand.locate(environment, Optional.empty()).path())) {
                // Reading git makes lambdas of JGit's (signed) classes, which JDK 17 cannot archive: a recording
                // of lambdas would crash at exit (JDK-8276184). bin/alexandria records without lambdas then.
                return ExitCode.DATA;
            }
            Path sample = LibraryCommand.locate(environment, Optional.empty()).path();
            for (List<String> command : COMMANDS) {
                PrintWriter discard = new PrintWriter(Writer.nullWriter());
                AlexandriaCli.run(command.toArray(String[]::new), discard, discard, environment);
            }
            trainOnGit(sample, nowhere, env);
            return ExitCode.OK;
        } finally {
            deleteTree(nowhere);
        }
    }

    /** Each command line run on a copy of the sample library committed to a git repository. */
    static final List<List<String>> GIT_COMMANDS = List.of(
            List.of("versions", "vpc-standard"),
            List.of("diff", "vpc-standard", "--from", "HEAD", "--to", "HEAD"),
            List.of("diff", "vpc-standard", "--from", "HEAD"),
            List.of("diff", "vpc-standard", "--check"));

    /**
     * Runs {@link #GIT_COMMANDS} on a copy of the sample library in a new git repository (one commit, made by
     * {@code git} itself), so that the archive also holds the classes that reading versions from git loads (JGit,
     * a few hundred, which are otherwise read from its jar on every {@code diff} and {@code versions}). Skipped,
     * silently, when {@code git} cannot be run or fails.
     */
    private static void trainOnGit(Path sample, Path scratch, Map<String, String> env) {
        Path library = scratch.resolve("library");
        try {
            copyTree(sample, library);
            for (List<String> git : List.of(List.of("init", "-q"), List.of("add", "-A"), List.of("-c",
                    "user.name=alexandria", "-c", "user.email=alexandria@localhost", "-c", "commit.gpgsign=false",
                    "commit", "-q", "-m", "sample"))) {
                List<String> command = new java.util.ArrayList<>(List.of("git"));
                command.addAll(git);
                Process p = new ProcessBuilder(command).directory(library.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (p.waitFor() != 0) {
                    return;
                }
            }
        } catch (IOException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        CliEnvironment inGit = new CliEnvironment(env, library);
        for (List<String> command : GIT_COMMANDS) {
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            AlexandriaCli.run(command.toArray(String[]::new), discard, discard, inGit);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            List<Path> all = files.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Whether git could hold the folder: a {@code .git} in it or a parent, or {@code GIT_DIR} set. */
    static boolean mayBeInGit(Path folder) {
        String gitDir = System.getenv("GIT_DIR");
        if (gitDir != null && !gitDir.isEmpty()) {
            return true;
        }
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
