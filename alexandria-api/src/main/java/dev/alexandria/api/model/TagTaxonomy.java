package dev.alexandria.api.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code _catalog/tags.yaml}: the declared tags with their synonyms and parents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tags the tags, in file order
 * @since 0.1.0
 */
public record TagTaxonomy(List<TagDefinition> tags) {

    private static final TagTaxonomy EMPTY = new TagTaxonomy(List.of());

    /**
     * Validates and copies the tags.
     *
     * @param tags the tags, in file order
     */
    public TagTaxonomy {
        tags = Checks.list(tags, "tags");
    }

    /** @return a taxonomy without tags */
    public static TagTaxonomy empty() {
        return EMPTY;
    }

    /**
     * Looks up a tag by name.
     *
     * @param name the tag name
     * @return its definition, if declared
     */
    public Optional<TagDefinition> tag(String name) {
        Objects.requireNonNull(name, "name");
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Resolves a word to a declared tag: the tag itself, or the tag that lists it as a synonym. Case is
     * ignored.
     *
     * @param word a tag name or a synonym ({@code multiaz})
     * @return the tag name ({@code multi-az}), if the word is known
     */
    public Optional<String> resolve(String word) {
        Objects.requireNonNull(word, "word");
        String w = word.trim().toLowerCase(Locale.ROOT);
        return tags.stream()
                .filter(t -> t.name().equals(w) || t.synonyms().contains(w))
                .map(TagDefinition::name)
                .findFirst();
    }

    /**
     * @param name a tag name
     * @return whether it is declared (synonyms do not count)
     */
    public boolean isDeclared(String name) {
        return tag(name).isPresent();
    }

    /**
     * A declared tag.
     *
     * @param name        the tag, lower-case kebab-case
     * @param description what it means
     * @param synonyms    words that search treats as this tag
     * @param parent      the broader tag, if any
     * @since 0.1.0
     */
    public record TagDefinition(String name, String description, List<String> synonyms, Optional<String> parent) {

        /**
         * Validates and copies the components.
         *
         * @param name the tag, lower-case kebab-case
         * @param description what it means
         * @param synonyms words that search treats as this tag
         * @param parent the broader tag, if any
         */
        public TagDefinition {
            Checks.notBlank(name, "name");
            Objects.requireNonNull(description, "description");
            synonyms = Checks.list(synonyms, "synonyms");
            Checks.optional(parent, "parent");
        }
    }
}
