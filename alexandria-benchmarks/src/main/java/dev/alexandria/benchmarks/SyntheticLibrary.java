package dev.alexandria.benchmarks;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic library of any size (100 to 10,000 modules and more) that opens without errors: the
 * sample library's catalog files (layers, categories, tags, maturity levels, search indices), a registry entry
 * per module with one to three registered versions (most with metrics, some without), and per module a
 * {@code .alexandria.yaml} whose version agrees with its maturity, tags from the taxonomy, requirements on
 * modules of lower layers, an example folder, a README and the four {@code .tf} files of
 * {@link SyntheticModules}, all dated {@link #WRITTEN}. Deterministic for a seed, so benchmark runs are
 * comparable.
 *
 * <pre>{@code
 * Path root = SyntheticLibrary.write(Files.createTempDirectory("lib"), 10_000, 42);
 * Library lib = Alexandria.open(root);
 * }</pre>
 *
 * <p>Run as a program to write one: {@code java -cp <classpath> dev.alexandria.benchmarks.SyntheticLibrary
 * <folder> <modules> [seed]}.
 *
 * @since 0.1.0
 */
public final class SyntheticLibrary {

    private static final String[] WORDS = {"standard", "basic", "advanced", "secure", "private", "public",
        "regional", "global", "shared", "managed", "edge", "core", "lite", "ha", "multi-az", "serverless"};

    private static final MaturityLevel[] ACTIVE = {MaturityLevel.EXPERIMENTAL, MaturityLevel.ALPHA,
        MaturityLevel.BETA, MaturityLevel.STABLE, MaturityLevel.STABLE, MaturityLevel.MATURE};

    /** When the files of a synthetic library were last modified. */
    public static final Instant WRITTEN = Instant.parse("2025-01-01T00:00:00Z");

    private static final String[] CATALOG_FILES = {"categories.yaml", "tags.yaml", "maturity-levels.yaml",
        "search-index.yaml"};

    private SyntheticLibrary() {
    }

    /**
     * Writes a library into {@code root} (created if missing; it should be empty).
     *
     * @param root    the library root to write
     * @param modules how many modules
     * @param seed    the random seed
     * @return {@code root}
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Path write(Path root, int modules, long seed) {
        if (modules < 1) {
            throw new IllegalArgumentException("modules must be positive: " + modules);
        }
        try {
            Path sample = SampleLibrary.path();
            Library template = Alexandria.builder().root(sample).noCache().open();
            List<Category> categories = template.catalog().taxonomy().layers().stream()
                    .flatMap(l -> l.categories().stream()).map(Taxonomy.CategoryDefinition::category).toList();
            List<String> tags = template.catalog().tags().tags().stream().map(TagTaxonomy.TagDefinition::name)
                    .toList();
            Files.createDirectories(root.resolve("_catalog"));
            for (String name : CATALOG_FILES) {
                Files.copy(sample.resolve("_catalog").resolve(name), root.resolve("_catalog").resolve(name));
            }
            Random r = new Random(seed);
            List<Spec> specs = new ArrayList<>();
            for (int i = 0; i < modules; i++) {
                specs.add(spec(i, r, categories, tags, specs));
            }
            StringBuilder registry = new StringBuilder(modules * 900)
                    .append("# Synthetic module registry: one entry per module.\n\nmodules:\n");
            for (Spec s : specs) {
                writeModule(root, s, seed);
                registry(registry, s, r);
            }
            write(root.resolve("_catalog/module-registry.yaml"), registry.toString());
            age(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic library to " + root, e);
        }
    }

    /**
     * Dates every file and folder of a library at {@link #WRITTEN}, as a checkout whose files were last changed
     * long ago: files changed within moments of a cache being written are compared by content (git's racy-clean
     * rule), which no real library is for most of its files.
     *
     * @param root the library root
     * @throws UncheckedIOException if a date cannot be set
     */
    public static void age(Path root) {
        FileTime written = FileTime.from(WRITTEN);
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setLastModifiedTime(p, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot date the files of " + root, e);
        }
    }

    /**
     * Deletes a folder and everything below it.
     *
     * @param root the folder
     * @throws UncheckedIOException if something cannot be deleted
     */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a library: {@code <folder> <modules> [seed]}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SyntheticLibrary <folder> <modules> [seed]");
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
    }

    /** What one module is, decided before anything is written so that registry and metadata agree. */
    private record Spec(int index, String id, String name, Category category, MaturityLevel maturity,
                        String version, List<String> versions, List<String> tags, List<Spec> requires,
                        boolean metrics) {
    }

    private static Spec spec(int i, Random r, List<Category> categories, List<String> tags, List<Spec> before) {
        Category category = categories.get(i % categories.size());
        String id = category.subcategory() + "-" + WORDS[r.nextInt(WORDS.length)] + "-" + i;
        MaturityLevel maturity = ACTIVE[r.nextInt(ACTIVE.length)];
        List<String> versions = versions(maturity, r);
        List<String> own = new ArrayList<>();
        int tagCount = 2 + r.nextInt(4);
        while (own.size() < tagCount) {
            String t = tags.get(r.nextInt(tags.size()));
            if (!own.contains(t)) {
                own.add(t);
            }
        }
        List<Spec> requires = new ArrayList<>();
        int wanted = r.nextInt(3);
        for (int attempt = 0; attempt < 10 && requires.size() < wanted && !before.isEmpty(); attempt++) {
            Spec candidate = before.get(r.nextInt(before.size()));
            if (candidate.category().layer().rank() < category.layer().rank() && !requires.contains(candidate)) {
                requires.add(candidate);
            }
        }
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        return new Spec(i, id, name, category, maturity, versions.get(versions.size() - 1), versions, own,
                requires, r.nextInt(10) != 0);
    }

    private static List<String> versions(MaturityLevel maturity, Random r) {
        List<String> vs = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int k = 0; k < count; k++) {
            switch (maturity) {
                case EXPERIMENTAL:
                case ALPHA:
                    vs.add("0." + (k + 1) + "." + r.nextInt(5));
                    break;
                case BETA:
                    vs.add("1.0.0-beta." + (k + 1));
                    break;
                default:
                    vs.add((1 + k) + "." + r.nextInt(10) + "." + r.nextInt(10));
                    break;
            }
        }
        return vs;
    }

    private static void writeModule(Path root, Spec s, long seed) throws IOException {
        Path dir = root.resolve("_library").resolve(s.category().layer().id()).resolve(s.category().subcategory())
                .resolve(s.id());
        Files.createDirectories(dir.resolve("examples/complete"));
        Map<String, String> files = SyntheticModules.module(s.index(), seed);
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(dir.resolve(f.getKey()), f.getValue());
        }
        int variables = count(files.get("variables.tf"), "variable \"");
        String tier = variables <= 10 ? "basic" : variables <= 30 ? "standard" : "advanced";
        write(dir.resolve("examples/complete/main.tf"), "module \"" + s.id().replace('-', '_') + "\" {\n"
                + "  source = \"../..\"\n}\n");
        write(dir.resolve("README.md"), "# " + s.name() + "\n\nA synthetic module for benchmarks.\n");
        StringBuilder md = new StringBuilder(800)
                .append("id: ").append(s.id()).append('\n')
                .append("name: ").append(s.name()).append('\n')
                .append("description: >-\n  ").append(s.name())
                .append(" with encryption, logging and tags applied to every resource; generated for benchmarks.\n")
                .append("version: ").append(s.version()).append('\n')
                .append("layer: ").append(s.category().layer().id()).append('\n')
                .append("category: ").append(s.category()).append('\n')
                .append("maturity: ").append(s.maturity().id()).append('\n')
                .append("complexity: ").append(tier).append('\n')
                .append("tags: [").append(String.join(", ", s.tags())).append("]\n")
                .append("maintainer: team-").append(s.category().layer().id()).append('\n')
                .append("support_channel: \"#platform-").append(s.category().subcategory()).append("\"\n");
        if (!s.requires().isEmpty()) {
            md.append("requires:\n");
            for (Spec req : s.requires()) {
                md.append("  - module: ").append(req.id()).append('\n')
                        .append("    version: \">= ").append(req.version()).append("\"\n");
            }
        }
        md.append("compatible_with:\n")
                .append("  terraform: \">= 1.5.0\"\n")
                .append("  providers:\n")
                .append("    aws: \">= 5.0, < 6.0\"\n")
                .append("cost:\n")
                .append("  estimated_monthly_usd: ").append(5 + s.index() % 200).append(".0\n")
                .append("examples: [complete]\n");
        write(dir.resolve(".alexandria.yaml"), md.toString());
    }

    private static void registry(StringBuilder out, Spec s, Random r) {
        out.append("  - id: ").append(s.id()).append('\n')
                .append("    name: ").append(s.name()).append('\n')
                .append("    version: ").append(s.version()).append('\n')
                .append("    category: ").append(s.category()).append('\n')
                .append("    tags: [").append(String.join(", ", s.tags())).append("]\n")
                .append("    maturity: ").append(s.maturity().id()).append('\n')
                .append("    description: ").append(s.name()).append(" for benchmarks.\n")
                .append("    examples: [complete]\n");
        if (s.metrics()) {
            out.append("    metrics:\n")
                    .append("      downloads: ").append(r.nextInt(5000)).append('\n')
                    .append("      rating: ").append(3 + r.nextInt(20) / 10.0).append('\n');
        }
        out.append("    support:\n")
                .append("      maintainer: team-").append(s.category().layer().id()).append('\n')
                .append("    versions:\n");
        LocalDate released = LocalDate.of(2025, 1, 1).plusDays(s.index() % 300);
        for (int k = 0; k < s.versions().size(); k++) {
            boolean last = k == s.versions().size() - 1;
            MaturityLevel at = last ? s.maturity() : s.versions().get(k).startsWith("0.")
                    ? MaturityLevel.ALPHA : s.versions().get(k).contains("-") ? MaturityLevel.BETA : MaturityLevel.STABLE;
            out.append("      - version: ").append(s.versions().get(k)).append('\n')
                    .append("        released: ").append(released.plusDays(30L * k)).append('\n')
                    .append("        maturity: ").append(at.id()).append('\n');
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
