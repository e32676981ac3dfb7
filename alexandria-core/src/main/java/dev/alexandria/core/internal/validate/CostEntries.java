package dev.alexandria.core.internal.validate;

import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.text.PlainFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost estimates {@code cost-declared} compares with, kept in the library's cache: one module entry of kind
 * {@value #KIND} per module ({@link LibraryCache}), valid while every file it was made from is unchanged (size and
 * modification time, else content): the configuration files ({@code *.tf}, {@code *.tf.json}) of every folder the
 * estimate read, and every file of the library's price store ({@code _catalog/prices/**.csv}); and while its
 * context is the same: the region, the pricing source named by {@code alexandria.cost.pricing-source}, the cost
 * providers on the class path (size and modification time of each jar, or of the files of each classes folder,
 * that declares a pricing source or a resource cost model: the bundled price snapshot is in such a jar), the
 * folders the estimate read and the module sources it looked for and found missing (still missing). The
 * Alexandria build is in every cache file's header. Files that are links or other non-plain files are never
 * trusted: such an estimate is not kept.
 *
 * <p>One instance serves one run of {@code validate}; thread-safe.
 */
final class CostEntries {

    private static final Logger LOG = LoggerFactory.getLogger(CostEntries.class);

    /** The kind of the module entries. */
    static final String KIND = "cost";

    /** Raised when the payload or the context changes. */
    static final int FORMAT = 1;

    /** The library's price store ({@code PriceStore}'s folder, named here so a lookup loads no pricing class). */
    static final String PRICES = "_catalog/prices";

    private static final String READ = "read ";
    private static final String MISSING = "missing ";

    private final LibraryCache cache;
    private final Path root;
    private final String context;
    /** The price store's files and their stamps, once per run; null until first asked. */
    private volatile Optional<List<LibraryCache.NamedFile>> priceFiles;
    private volatile Optional<List<FileStamp>> priceStamps;

    /**
     * What {@code cost-declared} needs of an estimate.
     *
     * @param fixedMonthlyUsd the fixed monthly cost, USD per month
     * @param partial         whether some line is not priced (the cost is a lower bound)
     * @param notPriced       how many lines are not priced
     */
    record Estimate(BigDecimal fixedMonthlyUsd, boolean partial, int notPriced) {
        Estimate {
            Objects.requireNonNull(fixedMonthlyUsd, "fixedMonthlyUsd");
        }
    }

    /**
     * The files of an estimate stamped before it read them.
     *
     * @param folder the module's folder, absolute and normalized
     * @param stamps its configuration files' stamps, by name
     * @param prices the price store's stamps
     */
    record Before(Path folder, List<FileStamp> stamps, List<FileStamp> prices) {
    }

    /**
     * @param cacheDirectory the library's cache folder; empty: nothing is kept
     * @param root           the library root
     * @param region         the region estimates are made in
     */
    CostEntries(Optional<Path> cacheDirectory, Path root, String region) {
        this.root = root.toAbsolutePath().normalize();
        this.cache = cacheDirectory.map(d -> LibraryCache.in(d, this.root)).orElse(LibraryCache.disabled());
        this.context = "cost " + FORMAT + " region=" + region + " pricing-source="
                + System.getProperty("alexandria.cost.pricing-source", "") + " providers=" + Providers.FINGERPRINT;
    }

    /**
     * @param key the module's path below {@code _library}
     * @return the kept estimate (itself empty when the module has none), if a valid one is kept
     */
    Optional<Optional<Estimate>> lookup(String key) {
        if (!cache.enabled()) {
            return Optional.empty();
        }
        Optional<CacheInput> hit = cache.lookupModule(key, KIND, this::filesFor);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        try {
            CacheInput in = hit.get();
            if (!in.readBoolean()) {
                return Optional.of(Optional.empty());
            }
            return Optional.of(Optional.of(new Estimate(new BigDecimal(in.readString()), in.readBoolean(),
                    in.readVarInt())));
        } catch (RuntimeException e) {
            LOG.debug("ignoring the cost entry of module {}", key, e);
            return Optional.empty();
        }
    }

    /**
     * Stamps the module's files and the price store's before an estimate reads them.
     *
     * @param folder the module's folder
     * @return the stamps; empty when nothing is to be kept (no cache, or a file that is not a plain file)
     */
    Optional<Before> before(Path folder) {
        if (!cache.enabled()) {
            return Optional.empty();
        }
        Path dir = folder.toAbsolutePath().normalize();
        Optional<List<FileStamp>> own = configFiles(dir).flatMap(CostEntries::stamp);
        Optional<List<FileStamp>> prices = priceStamps();
        if (own.isEmpty() || prices.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Before(dir, own.get(), prices.get()));
    }

    /**
     * Keeps an estimate.
     *
     * @param key      the module's path below {@code _library}
     * @param before   the stamps taken before the estimate
     * @param read     the folders it read, sorted
     * @param missing  the module sources it found missing, sorted
     * @param estimate the estimate, empty when there is none
     */
    void store(String key, Before before, List<Path> read, List<Path> missing, Optional<Estimate> estimate) {
        StringBuilder ctx = new StringBuilder(context);
        List<FileStamp> stamps = new ArrayList<>();
        for (Path f : read) {
            Path dir = f.toAbsolutePath().normalize();
            ctx.append('\n').append(READ).append(relative(dir));
            Optional<List<FileStamp>> s = dir.equals(before.folder()) ? Optional.of(before.stamps())
                    : configFiles(dir).flatMap(CostEntries::stamp);
            if (s.isEmpty()) {
                return;
            }
            stamps.addAll(s.get());
        }
        for (Path m : missing) {
            ctx.append('\n').append(MISSING).append(relative(m.toAbsolutePath().normalize()));
        }
        stamps.addAll(before.prices());
        CacheOutput out = CacheOutput.create();
        out.writeBoolean(estimate.isPresent());
        estimate.ifPresent(e -> out.writeString(e.fixedMonthlyUsd().toPlainString()).writeBoolean(e.partial())
                .writeVarInt(e.notPriced()));
        cache.storeModule(key, KIND, ctx.toString(), stamps, out);
    }

    /** The current files of an entry's context, in the order they were stamped; empty if it does not fit. */
    private Optional<List<LibraryCache.NamedFile>> filesFor(String stored) {
        String[] lines = stored.split("\n", -1);
        if (!lines[0].equals(context)) {
            return Optional.empty();
        }
        List<LibraryCache.NamedFile> files = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith(READ)) {
                String folder = lines[i].substring(READ.length());
                Optional<List<LibraryCache.NamedFile>> f = namedConfigFiles(root.resolve(folder).normalize(), folder);
                if (f.isEmpty()) {
                    return Optional.empty();
                }
                files.addAll(f.get());
            } else if (lines[i].startsWith(MISSING)) {
                if (Files.isDirectory(root.resolve(lines[i].substring(MISSING.length())).normalize())) {
                    return Optional.empty(); // a module source that is a folder now
                }
            } else {
                return Optional.empty();
            }
        }
        Optional<List<LibraryCache.NamedFile>> prices = priceFiles();
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        files.addAll(prices.get());
        return Optional.of(files);
    }

    private String relative(Path dir) {
        return root.relativize(dir).toString().replace('\\', '/');
    }

    /**
     * A folder's configuration files (see {@link ModuleInspector#plainConfigFiles}), named by their path from the
     * root.
     */
    private Optional<List<LibraryCache.NamedFile>> configFiles(Path dir) {
        return namedConfigFiles(dir, relative(dir));
    }

    /**
     * A folder's configuration files (see {@link ModuleInspector#plainConfigFiles}), each with its stat as listed.
     *
     * @param dir   the folder
     * @param shown the folder's name in an entry: each file is named {@code <shown>/<file name>}
     * @return the files, sorted by name; empty if one is not a plain file or the folder cannot be listed
     */
    static Optional<List<LibraryCache.NamedFile>> namedConfigFiles(Path dir, String shown) {
        Optional<List<PlainFiles.PlainFile>> plain = ModuleInspector.plainConfigFiles(dir);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        String prefix = shown + "/";
        List<LibraryCache.NamedFile> named = new ArrayList<>(plain.get().size());
        for (PlainFiles.PlainFile f : plain.get()) {
            named.add(new LibraryCache.NamedFile(prefix + f.path().getFileName(), f.path(),
                    Optional.of(FileStat.of(f.path(), f.attributes()))));
        }
        return Optional.of(named);
    }

    /** The price store's {@code .csv} files, sorted by path, once per run; empty if one is not a plain file. */
    private Optional<List<LibraryCache.NamedFile>> priceFiles() {
        Optional<List<LibraryCache.NamedFile>> p = priceFiles;
        if (p == null) {
            p = listPrices();
            priceFiles = p;
        }
        return p;
    }

    private Optional<List<LibraryCache.NamedFile>> listPrices() {
        Path dir = root.resolve(PRICES);
        if (!Files.isDirectory(dir)) {
            return Optional.of(List.of());
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return PlainFiles.of((Iterable<Path>) walk::iterator, f -> f.toString().endsWith(".csv")).map(files -> {
                TreeMap<String, LibraryCache.NamedFile> byName = new TreeMap<>();
                for (PlainFiles.PlainFile f : files) {
                    String name = relative(f.path().toAbsolutePath().normalize());
                    byName.put(name, new LibraryCache.NamedFile(name, f.path(),
                            Optional.of(FileStat.of(f.path(), f.attributes()))));
                }
                return List.copyOf(byName.values());
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<List<FileStamp>> priceStamps() {
        Optional<List<FileStamp>> p = priceStamps;
        if (p == null) {
            p = priceFiles().flatMap(CostEntries::stamp);
            priceStamps = p;
        }
        return p;
    }

    /**
     * Stamps files: the stat (the one listed, else read now), then the content.
     *
     * @param files the files
     * @return their stamps, in order; empty if one cannot be read now
     */
    static Optional<List<FileStamp>> stamp(List<LibraryCache.NamedFile> files) {
        List<FileStamp> stamps = new ArrayList<>(files.size());
        for (LibraryCache.NamedFile f : files) {
            Optional<FileStat> stat = f.stat().isPresent() ? f.stat() : FileStat.of(f.path());
            if (stat.isEmpty()) {
                return Optional.empty();
            }
            try {
                stamps.add(FileStamp.of(f.name(), stat.get(), Files.readAllBytes(f.path())));
            } catch (IOException | OutOfMemoryError e) {
                return Optional.empty();
            }
        }
        return Optional.of(stamps);
    }

    /**
     * The cost providers on the class path, by where their service declarations are (no provider class is
     * loaded): for a jar its path, size and modification time; for a classes folder the count, total size and
     * latest modification time of its files. Computed once per process.
     */
    private static final class Providers {

        static final String FINGERPRINT = compute();

        private static String compute() {
            ClassLoader loader = CostEntries.class.getClassLoader();
            StringBuilder out = new StringBuilder();
            for (String spi : List.of("dev.alexandria.spi.cost.PricingSource",
                    "dev.alexandria.spi.cost.ResourceCostModel")) {
                try {
                    for (URL url : Collections.list(loader.getResources("META-INF/services/" + spi))) {
                        out.append(spi.substring(spi.lastIndexOf('.') + 1)).append('@').append(where(url))
                                .append(';');
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.debug("cost providers not fingerprinted", e);
                    return "unknown-" + System.nanoTime(); // nothing kept by another process is trusted
                }
            }
            return out.toString();
        }

        private static String where(URL url) throws IOException {
            try {
                String text = url.toString();
                if (text.startsWith("jar:file:") && text.contains("!/")) {
                    Path jar = Path.of(URI.create(text.substring(4, text.indexOf("!/"))));
                    return jar + ":" + Long.toHexString(Files.size(jar)) + "-"
                            + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
                }
                if (text.startsWith("file:")) {
                    Path folder = Path.of(url.toURI()).getParent().getParent().getParent(); // META-INF/services/x
                    long count = 0;
                    long bytes = 0;
                    long newest = 0;
                    try (Stream<Path> files = Files.walk(folder)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            count++;
                            bytes += Files.size(f);
                            newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                        }
                    }
                    return folder + ":" + Long.toHexString(count) + "-" + Long.toHexString(bytes) + "-"
                            + Long.toHexString(newest);
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                LOG.debug("cannot fingerprint {}", url, e);
            }
            return url + ":unknown-" + System.nanoTime();
        }
    }
}
