package dev.alexandria.spi.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
     * @return 64 lower-case hex digits: the SHA-256 of {@link #fingerprintText()} in UTF-8
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(fingerprintText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * The text {@link #fingerprint()} digests: one line per field (name, kind, boost), then the synonym groups and
     * the narrower terms, one line each; not the directory. Two specs have the same text exactly when they have the
     * same fingerprint (but for a SHA-256 collision), so a backend may keep this text with its index instead of the
     * fingerprint and compare it on open: an equal text needs no digest, and on a short-lived JVM the first SHA-256
     * costs tens of milliseconds (setting up the platform's security providers, then the digest interpreted).
     * The text grows with the vocabulary: 9 kilobytes for 20 fields and 300 synonym groups and narrower terms.
     *
     * <p>The layout may change in a later version, as the fingerprint may: what was saved with an older version
     * then compares unequal, and the index is rebuilt.
     *
     * @return the text, never empty
     * @since 0.4.0
     */
    public String fingerprintText() {
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
        return sb.toString();
    }

    /** @return the directory, the field names and the vocabulary's size */
    @Override
    public String toString() {
        return "IndexSpec{directory=" + directory.map(Path::toString).orElse("(memory)") + ", fields="
                + fields.stream().map(FieldSpec::name).toList() + ", synonyms=" + vocabulary.synonyms().size()
                + ", narrower=" + vocabulary.narrower().size() + "}";
    }
}
