package dev.alexandria.spi.search;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an index holds and where it lives: its fields, its vocabulary and, for a persistent index, the folder
 * the host gives it.
 *
 * <pre>{@code
 * IndexSpec spec = new IndexSpec(Optional.of(cacheDir.resolve("search")),
 *         List.of(FieldSpec.text("name", 3.0), FieldSpec.text("readme", 1.0),
 *                 FieldSpec.keyword("layer"), FieldSpec.number("downloads")),
 *         new Vocabulary(List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes")), List.of()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param directory  where the backend may keep its files (it owns the folder and nothing outside it); empty for an
 *                   index that lives in memory only
 * @param fields     the fields, each name once
 * @param vocabulary the synonyms and broader terms
 * @since 0.1.0
 */
public record IndexSpec(Optional<Path> directory, List<FieldSpec> fields, Vocabulary vocabulary) {

    /**
     * Validates and copies the components.
     *
     * @param directory where the backend may keep its files, if anywhere
     * @param fields the fields, each name once
     * @param vocabulary the synonyms and broader terms
     * @throws IllegalArgumentException if two fields share a name, or there is no field
     */
    public IndexSpec {
        Objects.requireNonNull(directory, "directory");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one field");
        }
        Set<String> names = new HashSet<>();
        for (FieldSpec f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("field '" + f.name() + "' is declared twice");
            }
        }
    }

    /**
     * @param name a field name
     * @return the field, if declared
     */
    public Optional<FieldSpec> field(String name) {
        Objects.requireNonNull(name, "name");
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Checks that a document fits this spec: every field it names is declared, with the kind it is given as.
     * Backends call it before indexing a document.
     *
     * @param document a document
     * @throws IllegalArgumentException if a field is undeclared or of another kind; the message names both
     */
    public void check(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        document.text().keySet().forEach(f -> require(f, FieldKind.TEXT, "document '" + document.id() + "'"));
        document.keywords().keySet().forEach(f -> require(f, FieldKind.KEYWORD, "document '" + document.id() + "'"));
        document.numbers().keySet().forEach(f -> require(f, FieldKind.NUMBER, "document '" + document.id() + "'"));
    }

    /**
     * Checks that a query fits this spec: {@link Filter.AnyOf} and {@link Filter.NoneOf} on keyword fields,
     * {@link Filter.Range} on number fields, {@link Filter.Missing} on either, facets on keyword fields and the
     * sort on a number field. Backends call it before running a query.
     *
     * @param query a query
     * @throws IllegalArgumentException if a field is undeclared or of another kind; the message names both
     */
    public void check(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        for (Filter f : query.filters()) {
            if (f instanceof Filter.Range) {
                require(f.field(), FieldKind.NUMBER, "a range filter");
            } else if (f instanceof Filter.Missing) {
                FieldSpec spec = declared(f.field(), "a missing filter");
                if (spec.kind() == FieldKind.TEXT) {
                    throw new IllegalArgumentException("a missing filter needs a keyword or number field; '"
                            + f.field() + "' is a text field");
                }
            } else {
                require(f.field(), FieldKind.KEYWORD, "an " + (f instanceof Filter.AnyOf ? "anyOf" : "noneOf")
                        + " filter");
            }
        }
        query.facets().forEach(f -> require(f, FieldKind.KEYWORD, "a facet"));
        query.sort().field().ifPresent(f -> require(f, FieldKind.NUMBER, "a sort"));
    }

    private FieldSpec declared(String name, String user) {
        return field(name).orElseThrow(() -> new IllegalArgumentException(user + " names field '" + name
                + "', which the index does not declare; declared: "
                + fields.stream().map(FieldSpec::name).toList()));
    }

    private void require(String name, FieldKind kind, String user) {
        FieldSpec spec = declared(name, user);
        if (spec.kind() != kind) {
            throw new IllegalArgumentException(user + " needs a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " field; '" + name + "' is a " + spec.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " field");
        }
    }

    /**
     * A digest of the fields and the vocabulary (not the directory): an index built for one spec is stale for
     * a spec with another fingerprint and must be rebuilt.
     *
     * <p>A 128-bit hash, not a cryptographic digest: it tells specs apart, it does not authenticate them (a SHA-256
     * digest cost a short command more than the rest of this method on a cold JVM, mostly compiling the digest).
     *
     * @return 32 lower-case hex digits
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder("fields");
        for (FieldSpec f : fields) {
            sb.append('\n').append(f.name()).append(' ').append(f.kind()).append(' ').append(f.boost());
        }
        sb.append("\nsynonyms");
        for (Vocabulary.SynonymGroup g : vocabulary.synonyms()) {
            sb.append('\n').append(String.join("|", g.terms()));
        }
        sb.append("\nnarrower");
        for (Vocabulary.Narrower n : vocabulary.narrower()) {
            sb.append('\n').append(n.term()).append('>').append(String.join("|", n.narrower()));
        }
        // Two 64-bit lanes over the characters (FNV-1a, and a multiply-rotate one), each finished with MurmurHash3's
        // 64-bit mix.
        long a = 0xcbf29ce484222325L;
        long b = sb.length();
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            a = (a ^ c) * 0x100000001b3L;
            b = Long.rotateLeft((b ^ c) * 0x9e3779b97f4a7c15L, 31);
        }
        return HexFormat.of().toHexDigits(mix(a ^ sb.length())) + HexFormat.of().toHexDigits(mix(b));
    }

    /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** @return the directory, the field names and the vocabulary's size */
    @Override
    public String toString() {
        return "IndexSpec{directory=" + directory.map(Path::toString).orElse("(memory)") + ", fields="
                + fields.stream().map(FieldSpec::name).toList() + ", synonyms=" + vocabulary.synonyms().size()
                + ", narrower=" + vocabulary.narrower().size() + "}";
    }
}
