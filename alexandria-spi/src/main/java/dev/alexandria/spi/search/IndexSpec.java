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
     * A digest of the fields and the vocabulary (not the directory): an index built for one spec is stale for
     * a spec with another fingerprint and must be rebuilt.
     *
     * @return 64 lower-case hex digits (SHA-256)
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** @return the directory, the field names and the vocabulary's size */
    @Override
    public String toString() {
        return "IndexSpec{directory=" + directory.map(Path::toString).orElse("(memory)") + ", fields="
                + fields.stream().map(FieldSpec::name).toList() + ", synonyms=" + vocabulary.synonyms().size()
                + ", narrower=" + vocabulary.narrower().size() + "}";
    }
}
