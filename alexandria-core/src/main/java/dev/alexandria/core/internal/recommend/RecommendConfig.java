package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What a library says about its recommendations, from {@code _catalog/recommend.yaml} (docs/recommend.md,
 * "Configuration"): the weights of the score's parts and the needs use-case words imply. Every key the file leaves
 * out takes the bundled default ({@code recommend-defaults.yaml} next to this class); no file means every
 * default. A weight left out keeps its default; {@code implies}, when given, replaces the default rules.
 *
 * <p>Bad entries are errors naming the file, line and column, what is wrong and how to fix it.
 *
 * @param weights the weights of the score's parts
 * @param implies the rules of implied needs, in order
 */
record RecommendConfig(Weights weights, List<Implied.Rule> implies) {

    static final String FILE = "_catalog/recommend.yaml";
    private static final String DEFAULTS_RESOURCE = "recommend-defaults.yaml";


    /** How many YAML texts {@link #parse} was given, the bundled defaults included: for tests of the cache. */
    static final AtomicInteger PARSES = new AtomicInteger();

    RecommendConfig {
        Objects.requireNonNull(weights, "weights");
        implies = List.copyOf(implies);
    }

    /** The bundled defaults, read once. */
    private static final class Defaults {
        static final RecommendConfig VALUE = readDefaults();

        private static RecommendConfig readDefaults() {
            try (InputStream in = RecommendConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return parse(text, DEFAULTS_RESOURCE, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A bad {@code recommend.yaml}: every bad entry of the file, each a finding with where it is, the rule (as the
     * catalog files' rules name it: {@code yaml-syntax}, {@code unknown-key}, {@code wrong-type}, {@code required},
     * {@code invalid-value}), what is wrong and how to fix it. Its message is one line per error, each
     * {@code file:line:col: what; fix}, the form every catalog error takes.
     */
    static final class Problem extends CatalogValidationException {

        private static final long serialVersionUID = 1L;

        /** @param findings the file's errors, in the file's order */
        Problem(List<Finding> findings) {
            super(findings);
        }

        @Override
        public String getMessage() {
            StringBuilder sb = new StringBuilder();
            for (Finding f : findings()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(f.location()).append(": ").append(f.message()).append(f.hint().map(h -> "; " + h).orElse(""));
            }
            return sb.toString();
        }
    }

    /** @return the bundled defaults */
    static RecommendConfig defaults() {
        return Defaults.VALUE;
    }

    /** The words of the bundled defaults' {@code implies} rules, once known; see {@link #bundledWords()}. */
    private static volatile List<String> bundledWords;

    /**
     * @return the words of the bundled defaults' {@code implies} rules, rule by rule: as a cache entry made from the
     *         same bundled file holds them ({@link ConfigCache}), else from the bundled defaults, parsed
     */
    static List<String> bundledWords() {
        List<String> words = bundledWords;
        if (words == null) {
            words = defaults().implies().stream().flatMap(r -> r.words().stream()).toList();
            bundledWords = words;
        }
        return words;
    }

    /**
     * @param words the words of the bundled defaults' {@code implies} rules, as read from a cache entry made from the
     *              same bundled file, so that a run with a warm cache does not parse that file for them
     */
    static void bundledWords(List<String> words) {
        if (bundledWords == null) {
            bundledWords = List.copyOf(words);
        }
    }

    /**
     * The configuration of an open library: from its cache folder ({@link ConfigCache}) while
     * {@code recommend.yaml} and the bundled defaults are unchanged, else read and parsed (and cached).
     *
     * @param library the library
     * @return its configuration, the defaults for what it leaves out
     * @throws CatalogException when the file cannot be read, is not valid YAML or has a bad entry (file:line:col,
     *                          with a fix); the same error from the cache as from the file
     */
    static RecommendConfig read(Library library) {
        Optional<Path> cache = library.cacheDirectory();
        return cache.isPresent() ? ConfigCache.read(library.root(), cache.get()) : read(library.root());
    }

    /**
     * @param libraryRoot the root of a library
     * @return its configuration, the defaults for what it leaves out
     * @throws CatalogException when the file is not valid YAML or has a bad entry (file:line:col, with a fix)
     */
    static RecommendConfig read(Path libraryRoot) {
        Path file = libraryRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        byte[] bytes;
        try {
            bytes = YamlLimits.Kind.CATALOG.readBytes(file);
        } catch (YamlLimits.TooLarge e) {
            throw new CatalogException(SourceLocation.of(FILE), e.getMessage(), e);
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(FILE), "cannot be read: " + e.getMessage(), e);
        }
        return read(libraryRoot, bytes);
    }

    /**
     * @param libraryRoot the root of a library
     * @param bytes       the bytes of its {@code recommend.yaml}, or null when it has none
     * @return its configuration, the defaults for what it leaves out
     * @throws CatalogException when the file is not UTF-8, not valid YAML or has a bad entry
     */
    static RecommendConfig read(Path libraryRoot, byte[] bytes) {
        if (bytes == null) {
            return defaults();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogException(SourceLocation.of(FILE), "cannot be read: " + e.getMessage(), e);
        }
        return parse(text, FILE, defaults());
    }

    /**
     * @param text the file's text
     * @param file the file's name in messages
     * @param base what the keys left out take; null for the defaults themselves (then every key is needed)
     */
    static RecommendConfig parse(String text, String file, RecommendConfig base) {
        PARSES.incrementAndGet();
        return parseUncounted(text, file, base);
    }

    /** {@link #parse} without counting: opening's check of the file ({@link RecommendConfigCheck}). */
    static RecommendConfig parseUncounted(String text, String file, RecommendConfig base) {
        return RecommendYaml.parse(text, file, base);
    }

    /** What separates the parts of a word or phrase ("sign-in", "hub and spoke"): compiled once, not per word. */
    static final Pattern WORD_PARTS = Pattern.compile("[- ]+");

    /** @return a regular expression matching one of the words, as {@code implies} documents */
    static Pattern wordsPattern(List<String> words) {
        List<String> alternatives = new ArrayList<>();
        for (String w : words) {
            List<String> parts = new ArrayList<>();
            for (String part : WORD_PARTS.split(w)) {
                if (!part.isEmpty()) {
                    parts.add(Pattern.quote(part));
                }
            }
            alternatives.add(String.join("[- ]?", parts) + "s?");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }
}
