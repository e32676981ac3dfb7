package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.spi.search.SearchDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a module into its search document (see {@link SearchFields} for the fields), and computes the
 * fingerprint that tells a backend whether its copy is current.
 *
 * <p>The fingerprint is a digest of everything the document is made of: the module's metadata and registry entry
 * (as values), the catalog parts that shape documents (tag taxonomy, settings), this class's
 * {@link #DOCUMENT_VERSION}, and the name, size, modification and change time (to the nanosecond) of the files of the
 * module's folder it reads (the README and the {@code *.tf}/{@code *.tf.json} files). So an unchanged module is
 * never read again, and any change to it is.
 */
final class ModuleDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleDocuments.class);

    /** Changes whenever the documents are built differently, so every persisted document is rebuilt. */
    static final String DOCUMENT_VERSION = "module-document-6";

    private static final List<String> README_NAMES = List.of("README.md", "readme.md", "Readme.md", "README.markdown",
            "README");
    /** The module's metadata file, whose values are part of the fingerprint. */
    private static final String METADATA_FILE = ".alexandria.yaml";
    /** A README larger than this is read only up to it. */
    private static final int MAX_README_BYTES = 512 * 1024;

    private final SearchCatalog catalog;
    /** The catalog parts that shape documents (tag taxonomy, settings) in the library cache's encoding. */
    private final byte[] catalogShape;
    /** The digest of {@link #catalogShape} and {@link #DOCUMENT_VERSION}, made on the first fingerprint computed. */
    private volatile String catalogDigest;
    /** The keys of the library's boilerplate README sentences ({@link Boilerplate}), left out of every README. */
    private volatile Set<Long> boilerplate = Set.of();
    /** Each module's README prose read for its sentence keys, kept until its document takes it. */
    private final Map<String, String> prose = new ConcurrentHashMap<>();

    ModuleDocuments(SearchCatalog catalog) {
        this.catalog = catalog;
        CacheOutput shaping = CacheOutput.create();
        ModelCodec.write(shaping, catalog.tags());
        ModelCodec.write(shaping, catalog.settings());
        this.catalogShape = shaping.toByteArray();
    }

    /**
     * What every fingerprint depends on besides the module: the catalog parts that shape documents, in the library
     * cache's encoding, followed by {@link #DOCUMENT_VERSION}. A copy kept with cached fingerprints tells, by
     * comparing the bytes, whether they are still valid, without digesting anything (the JDK's message digests take
     * tens of milliseconds to set up and warm up on a short-lived JVM, which a search whose modules are all
     * unchanged should not pay).
     *
     * @return a new array
     */
    byte[] catalogKey() {
        byte[] version = DOCUMENT_VERSION.getBytes(StandardCharsets.UTF_8);
        byte[] key = Arrays.copyOf(catalogShape, catalogShape.length + 1 + version.length);
        System.arraycopy(version, 0, key, catalogShape.length + 1, version.length);
        return key;
    }

    /** @return whether {@link #catalogDigest()} was computed (by this object's first fingerprint) */
    boolean digested() {
        return catalogDigest != null;
    }

    /** @return the digest of the catalog parts that shape documents, and of {@link #DOCUMENT_VERSION} */
    String catalogDigest() {
        String d = catalogDigest;
        if (d == null) {
            d = digest(catalogShape, DOCUMENT_VERSION);
            catalogDigest = d;
        }
        return d;
    }

    /**
     * The stamps of files a fingerprint depends on, as text, and the newest modification time among them.
     *
     * @param text        one line per file: its name, size, modification and change time (nanoseconds) and file key
     * @param newestNanos the newest modification time of those files; {@link Long#MIN_VALUE} for none
     */
    record Stamps(String text, long newestNanos) {
    }

    /**
     * The stamps of the files of a module's folder its document and metadata are read from: its metadata file,
     * README and {@code *.tf}/{@code *.tf.json} files, in name order. Reads only file attributes.
     */
    Stamps stamps(LibraryModule m) {
        Map<String, String> stamps = new TreeMap<>();
        long newest = Long.MIN_VALUE;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(m.directory())) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (README_NAMES.contains(name) || name.endsWith(".tf") || name.endsWith(".tf.json")
                        || name.equals(METADATA_FILE)) {
                    Stamps one = stamp(f);
                    newest = Math.max(newest, one.newestNanos());
                    stamps.put(name, one.text());
                }
            }
        } catch (IOException e) {
            stamps.put("!", e.toString());
            newest = Long.MAX_VALUE;
        }
        StringBuilder sb = new StringBuilder();
        stamps.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        return new Stamps(sb.toString(), newest);
    }

    /**
     * The stamp of one file, not following links: its size, modification and change time and file key (its newest
     * time is the later of the two); {@code none} when it is missing, and the error (never trusted) when it cannot
     * be read.
     */
    static Stamps stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            FileStat stat = FileStat.of(file, a);
            return new Stamps(stat.size() + "@" + stat.mtimeNanos() + "~" + stat.ctimeNanos() + "/" + a.fileKey(),
                    stat.lastChangeNanos());
        } catch (NoSuchFileException e) {
            return new Stamps("none", Long.MIN_VALUE);
        } catch (IOException e) {
            return new Stamps("! " + e, Long.MAX_VALUE);
        }
    }

    /** The fingerprint of a module's document ({@link #fingerprint(LibraryModule, Stamps)} of its current files). */
    String fingerprint(LibraryModule m) {
        return fingerprint(m, stamps(m));
    }

    /**
     * The fingerprint of a module's document; reads no file. The module's values are taken in the library cache's
     * encoding ({@link ModelCodec}), which holds every component of the metadata and the registry entry and costs
     * far less on a cold JVM than the records' {@code toString}.
     *
     * @param m     the module
     * @param files the stamps of its files ({@link #stamps(LibraryModule)})
     */
    String fingerprint(LibraryModule m, Stamps files) {
        CacheOutput values = CacheOutput.create();
        ModelCodec.write(values, m.metadata());
        values.writeOptional(m.registryEntry(), ModelCodec::write);
        return digest(values.toByteArray(), catalogDigest() + '\n' + m.id().value() + '\n' + files.text());
    }

    /**
     * The description as indexed: each mention of a module it requires (its id, {@code eks-standard}, as a whole word)
     * blanked with spaces of the same length. A dependency named in the description says what the module builds on,
     * not what it is: eks-addons' "a cluster built with eks-standard" made {@code search k8s} count "eks" twice for
     * it and rank it above eks-standard (issue 11). The same length keeps every offset, so a highlight of the
     * indexed text is shown on the description as written ({@link #shownDescription}).
     *
     * @param md a module's metadata
     * @return its description with the ids of the modules it requires blanked
     */
    static String indexedDescription(ModuleMetadata md) {
        return indexedDescription(md, Set.of());
    }

    /**
     * The description as indexed ({@link #indexedDescription(ModuleMetadata)}), with the library's boilerplate
     * sentences ({@link Boilerplate}) blanked too: a collection that gives every module its marketing line as
     * description ("With our comprehensive DevOps toolkit …") says nothing about the module there.
     *
     * What the description says the module lacks ("no NAT", "without a NAT gateway") is blanked as well
     * ({@link Negation}).
     *
     * @param md          a module's metadata
     * @param boilerplate the keys of the library's boilerplate sentences
     * @return its description as indexed
     */
    static String indexedDescription(ModuleMetadata md, Set<Long> boilerplate) {
        String text = Negation.blanked(ReadmeText.blanked(md.description(), boilerplate));
        for (ModuleRequirement r : md.requires()) {
            String id = r.module().value();
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}_-])",
                    Pattern.CASE_INSENSITIVE).matcher(text);
            text = m.replaceAll(x -> " ".repeat(x.group().length()));
        }
        return text;
    }

    /**
     * A fragment of the indexed description ({@link #indexedDescription}) as written: the same characters at the same
     * offsets, with what was blanked back.
     *
     * @param md       a module's metadata
     * @param fragment a piece of its indexed description
     * @return that piece of its description; the fragment itself if it is not a piece of the indexed description
     */
    static String shownDescription(ModuleMetadata md, String fragment) {
        return shown(md.description(), fragment);
    }

    /**
     * A fragment of a module's indexed README prose ({@link #indexedReadme}) as written: what {@link Negation}
     * blanked is back. Reads the README only when the fragment has a blanked stretch (three blanks in a row, which
     * cleaned prose never has).
     *
     * @param m        a module
     * @param fragment a piece of its indexed README prose
     * @return that piece of its README prose; the fragment itself if it has nothing blanked or is not found
     */
    static String shownReadme(LibraryModule m, String fragment) {
        if (!fragment.contains("   ")) {
            return fragment;
        }
        return readme(m).map(r -> shown(r, fragment)).orElse(fragment);
    }

    /** The README prose as indexed: without the library's boilerplate, and with its negations blanked. */
    static String indexedReadme(String prose, Set<Long> boilerplate) {
        return Negation.blanked(ReadmeText.without(prose, boilerplate));
    }

    /** The piece of a text that a fragment of it with some characters blanked is; the fragment when none is. */
    private static String shown(String text, String fragment) {
        if (text.contains(fragment)) {
            return fragment;
        }
        for (int at = 0; at + fragment.length() <= text.length(); at++) {
            if (blankedAt(text, fragment, at)) {
                return text.substring(at, at + fragment.length());
            }
        }
        return fragment;
    }

    /** Whether the fragment is the text at an offset with some of its characters blanked. */
    private static boolean blankedAt(String text, String fragment, int at) {
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c != ' ' && c != text.charAt(at + i)) {
                return false;
            }
        }
        return true;
    }

    /** The module's document: reads its README and its HCL interface. */
    SearchDocument document(LibraryModule m) {
        ModuleMetadata md = m.metadata();
        SearchDocument.Builder d = SearchDocument.builder(m.id().value());
        // The id is indexed with the name (people search for either); once when the name is the id itself, so such a
        // module's name is neither counted twice by the scoring nor shown twice in its highlights.
        if (md.name().equalsIgnoreCase(m.id().value())) {
            d.text(SearchFields.NAME, md.name());
        } else {
            d.text(SearchFields.NAME, md.name(), m.id().value());
        }
        d.text(SearchFields.DESCRIPTION, indexedDescription(md, boilerplate));
        d.text(SearchFields.TAGS, tagText(md.tags(), catalog.tags()));
        d.text(SearchFields.CATEGORY, m.layer().id(), m.category().subcategory());
        String own = prose.remove(m.id().value());
        Optional.ofNullable(own).or(() -> readme(m)).map(r -> indexedReadme(r, boilerplate))
                .filter(r -> !r.isEmpty()).ifPresent(r -> d.text(SearchFields.README, r));
        ModuleInterface mi = m.interfaceSpec();
        Set<String> resources = new LinkedHashSet<>();
        mi.managedResources().forEach(r -> resources.add(r.type()));
        mi.dataResources().stream().map(ResourceRef::type).forEach(resources::add);
        mi.moduleCalls().forEach(c -> resources.add(c.name()));
        d.text(SearchFields.RESOURCES, String.join(" ", resources));
        List<String> inputs = new ArrayList<>();
        for (InputVariable v : mi.variables()) {
            if (!mi.boilerplateFiles().contains(fileName(v.location().file()))) {
                inputs.add(v.name() + " " + v.description());
            }
        }
        d.text(SearchFields.INPUTS, inputs);
        List<String> outputs = new ArrayList<>();
        for (OutputValue o : mi.outputs()) {
            outputs.add(o.name() + " " + o.description());
        }
        d.text(SearchFields.OUTPUTS, outputs);

        d.keyword(SearchFields.LAYER, m.layer().id());
        d.keyword(SearchFields.CATEGORY_ID, m.category().id());
        d.keyword(SearchFields.MATURITY, m.maturity().id());
        d.keyword(SearchFields.COMPLEXITY, m.complexity().id());
        d.keyword(SearchFields.TAG, md.tags());
        if (isArchived(m)) {
            d.keyword(SearchFields.STATUS, SearchFields.ARCHIVED);
        } else if (isDeprecated(m)) {
            d.keyword(SearchFields.STATUS, SearchFields.DEPRECATED);
        }
        monthlyCost(m).ifPresent(c -> {
            d.number(SearchFields.COST, c.doubleValue());
            d.keyword(SearchFields.COST_CATEGORY, dev.alexandria.api.model.CostCategory.forMonthlyCost(c).id());
        });
        d.number(SearchFields.VARIABLES, mi.ownVariableCount());
        m.registryEntry().ifPresent(e -> {
            RegistryEntry.Metrics metrics = e.metrics();
            Popularity.downloads(metrics).ifPresent(n -> d.number(SearchFields.DOWNLOADS, n));
            metrics.rating().ifPresent(r -> d.number(SearchFields.RATING, r));
            metrics.lastUpdated().ifPresent(u -> d.number(SearchFields.LAST_UPDATED, u.toEpochDay()));
        });
        return d.build();
    }

    /**
     * The keys of the sentences of a module's README prose and description ({@link ReadmeText#sentenceKeys}), from
     * which the library's {@link Boilerplate} is found. Reads the README; its prose is kept for the module's document.
     *
     * @param m a module
     * @return its sentence keys, each once, in ascending order
     */
    long[] readmeKeys(LibraryModule m) {
        Optional<String> r = readme(m);
        r.ifPresent(text -> prose.put(m.id().value(), text));
        return ReadmeText.sentenceKeys(r.orElse(""), m.metadata().description());
    }

    /**
     * Sets the library's boilerplate README sentences, left out of every document built from now on.
     *
     * @param keys their keys ({@link Boilerplate#keys()})
     */
    void boilerplate(Set<Long> keys) {
        boilerplate = Set.copyOf(keys);
    }

    /**
     * Archived: at maturity {@code archived}. Indexed like any module, with the status {@code archived} that a
     * search filters out unless it includes archived modules.
     */
    static boolean isArchived(LibraryModule m) {
        return m.maturity() == MaturityLevel.ARCHIVED;
    }

    /** Deprecated: at maturity {@code deprecated}, or with a {@code deprecation} block. */
    static boolean isDeprecated(LibraryModule m) {
        return m.maturity() == MaturityLevel.DEPRECATED || m.metadata().deprecation().isPresent();
    }

    /**
     * The declared monthly cost in USD: the registry entry's {@code cost.estimated_cost}, else the module's own
     * {@code cost.estimated_monthly_usd}.
     */
    static Optional<BigDecimal> monthlyCost(LibraryModule m) {
        Optional<BigDecimal> registry = m.registryEntry().flatMap(RegistryEntry::cost)
                .map(RegistryEntry.CostInfo::estimatedCost);
        return registry.isPresent() ? registry : m.metadata().estimatedMonthlyCost();
    }

    /** Each tag, its synonyms and its ancestors (so a search for a parent tag finds modules of its children). */
    static List<String> tagText(List<String> tags, TagTaxonomy taxonomy) {
        Set<String> words = new LinkedHashSet<>();
        for (String t : tags) {
            words.add(t);
            Optional<TagTaxonomy.TagDefinition> def = taxonomy.tag(t);
            def.ifPresent(x -> words.addAll(x.synonyms()));
            Set<String> seen = new LinkedHashSet<>();
            while (def.isPresent() && def.get().parent().isPresent() && seen.add(def.get().name())) {
                String parent = def.get().parent().get();
                words.add(parent);
                def = taxonomy.tag(parent);
            }
        }
        return List.copyOf(words);
    }

    private static Optional<String> readme(LibraryModule m) {
        for (String name : README_NAMES) {
            Path p = m.directory().resolve(name);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    byte[] bytes;
                    try (var in = Files.newInputStream(p)) {
                        bytes = in.readNBytes(MAX_README_BYTES);
                    }
                    return Optional.of(ReadmeText.clean(decode(bytes)));
                } catch (IOException e) {
                    LOG.debug("cannot read {}: {}", p, e.toString());
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    /** SHA-256 of some bytes and a text, in hex. */
    static String digest(byte[] bytes, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes);
            md.update((byte) 0);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
