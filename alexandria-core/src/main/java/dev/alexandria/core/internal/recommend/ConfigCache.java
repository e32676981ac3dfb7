package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cache.BuildKey;
import dev.alexandria.core.internal.cache.CacheFiles;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome of reading {@code _catalog/recommend.yaml} over the bundled defaults, kept in the library's cache
 * folder ({@value #CACHE_FILE}) so that a {@code recommend} of an unchanged library parses no YAML: neither the
 * library's file nor the bundled defaults (whose parse is part of the cached outcome). The entry also holds the
 * words of the bundled defaults' {@code implies} rules, which the splitting of a use case into needs reads
 * ({@link RecommendConfig#bundledWords()}) whatever the library's file says.
 *
 * <p>The entry is keyed by the build ({@link BuildKey}, in the cache file's header) and by the exact bytes of
 * both the bundled {@code recommend-defaults.yaml} and the library's file (or its absence). Both are small, so
 * comparing their bytes costs less than a stat-based key would save, and it cannot miss an edit made within the
 * file system's time resolution. What is cached is the merged configuration or, for a bad file, its errors (every
 * bad entry, each with its file, line, column, message and fix), thrown again exactly as the parse threw them. An entry that is missing,
 * foreign or corrupt is ignored and replaced; a cache that cannot be written is only slower.
 *
 * <p>Thread-safe: stateless; concurrent writers replace the file atomically.
 */
final class ConfigCache {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigCache.class);

    /** The cache file in the library's cache folder. */
    static final String CACHE_FILE = "recommend-config.bin";
    private static final String KIND = "recommend-config-4";
    private static final String DEFAULTS_RESOURCE = "recommend-defaults.yaml";

    private ConfigCache() {
    }

    /**
     * @param libraryRoot    the root of the library
     * @param cacheDirectory the library's cache folder
     * @return its configuration, from the cache while the file and the defaults are unchanged
     * @throws CatalogException as {@link RecommendConfig#read(Path)} does
     */
    static RecommendConfig read(Path libraryRoot, Path cacheDirectory) {
        Path file = libraryRoot.resolve(RecommendConfig.FILE);
        byte[] bytes;
        try {
            bytes = Files.isRegularFile(file) ? YamlLimits.Kind.CATALOG.readBytes(file)
                    : null;
        } catch (NoSuchFileException e) {
            bytes = null;
        } catch (IOException e) {
            return RecommendConfig.read(libraryRoot); // reports the file that cannot be read or is too large
        }
        byte[] defaults = defaultsBytes();
        Path cache = cacheDirectory.resolve(CACHE_FILE);
        String owner = libraryRoot.toAbsolutePath().normalize().toString();
        String build = BuildKey.current();
        Optional<CacheFiles.Contents> hit = CacheFiles.read(cache, build, KIND, owner);
        Optional<Outcome> cached = Optional.empty();
        if (hit.isPresent()) {
            try {
                cached = lookup(hit.get().body(), defaults, bytes);
            } catch (RuntimeException e) {
                LOG.debug("ignoring the cache entry {}", cache, e);
            }
        }
        if (cached.isPresent()) {
            return cached.get().config();
        }
        CacheOutput out = CacheOutput.create();
        out.writeBytes(defaults);
        out.writeStrings(RecommendConfig.bundledWords());
        out.writeBoolean(bytes != null);
        if (bytes != null) {
            out.writeBytes(bytes);
        }
        try {
            RecommendConfig config = RecommendConfig.read(libraryRoot, bytes);
            out.writeBoolean(true);
            write(out, config);
            CacheFiles.write(cache, build, KIND, owner, out);
            return config;
        } catch (RecommendConfig.Problem e) {
            out.writeBoolean(false);
            out.writeBoolean(true);
            ModelCodec.writeFindings(out, e.findings());
            CacheFiles.write(cache, build, KIND, owner, out);
            throw e;
        } catch (CatalogException e) {
            if (e.getCause() == null && e.location().isPresent()) {
                SourceLocation l = e.location().get();
                out.writeBoolean(false);
                out.writeBoolean(false);
                out.writeString(l.file()).writeVarInt(l.line()).writeVarInt(l.column());
                out.writeString(e.getMessage().substring(l.toString().length() + 2));
                CacheFiles.write(cache, build, KIND, owner, out);
            }
            throw e;
        }
    }

    /** What an entry holds: the configuration, or the error of a bad file. */
    private sealed interface Outcome permits Parsed, Refused {
        /**
         * @return the configuration
         * @throws CatalogException the error of a bad file, as its parse threw it
         */
        RecommendConfig config();
    }

    private record Parsed(RecommendConfig config) implements Outcome {
    }

    private record Refused(CatalogException error) implements Outcome {
        @Override
        public RecommendConfig config() {
            throw error;
        }
    }

    /** The cached configuration or error of a bad file, if the entry was made from these bytes. */
    private static Optional<Outcome> lookup(CacheInput in, byte[] defaults, byte[] bytes) {
        if (!Arrays.equals(in.readBytes(), defaults)) {
            return Optional.empty();
        }
        RecommendConfig.bundledWords(in.readStrings());
        boolean present = in.readBoolean();
        if (present != (bytes != null) || present && !Arrays.equals(in.readBytes(), bytes)) {
            return Optional.empty();
        }
        if (!in.readBoolean()) {
            if (in.readBoolean()) {
                return Optional.of(new Refused(new RecommendConfig.Problem(ModelCodec.readFindings(in))));
            }
            SourceLocation at = SourceLocation.of(in.readString(), in.readVarInt(), in.readVarInt());
            return Optional.of(new Refused(new CatalogException(at, in.readString())));
        }
        return Optional.of(new Parsed(readConfig(in)));
    }

    private static void write(CacheOutput out, RecommendConfig c) {
        Weights w = c.weights();
        for (double d : new double[] {w.relevance(), w.evidence(), w.maturity(), w.popularity(), w.cost(),
                w.complexity()}) {
            out.writeLong(Double.doubleToRawLongBits(d));
        }
        out.writeList(c.implies(), (o, r) -> {
            o.writeStrings(r.words());
            o.writeStrings(r.needs());
        });
    }

    private static RecommendConfig readConfig(CacheInput in) {
        Weights w = new Weights(d(in), d(in), d(in), d(in), d(in), d(in));
        List<Implied.Rule> rules = in.readList(i -> new Implied.Rule(i.readStrings(), i.readStrings()));
        return new RecommendConfig(w, rules);
    }

    private static double d(CacheInput in) {
        return Double.longBitsToDouble(in.readLong());
    }

    /** @return the bytes of the bundled defaults */
    static byte[] defaultsBytes() {
        try (InputStream in = RecommendConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
