package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.spi.search.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fields of a module's search document, and their weights.
 *
 * <p>Text fields, with their default boosts: {@code name} (the module's name and id) 3.0, {@code tags} (its tags
 * with their synonyms and parent tags from {@code tags.yaml}) 2.0, {@code description} 1.5, {@code resources}
 * (the resource and data source types of its HCL, e.g. {@code aws_nat_gateway}, and the names of its module
 * calls) 1.5, {@code category} (layer and category) 1.0, {@code readme} (the README's prose) 1.0, {@code inputs}
 * (its own input variables' names and descriptions) 0.5, {@code outputs} (its outputs' names and descriptions)
 * 0.5. A boost that {@code _catalog/search-index.yaml} gives a text field, in any index, replaces the default
 * (the first one given wins). Boosts of other names there (numbers such as {@code downloads}, which sort rather
 * than weigh) do not affect relevance.
 *
 * <p>Keyword fields (filters and facets): {@code layer}, {@code category_id}, {@code maturity},
 * {@code complexity}, {@code cost_category}, {@code tag} (the declared tags), {@code status}
 * ({@code deprecated} for deprecated modules). Number fields (filters and sorts): {@code downloads},
 * {@code rating}, {@code last_updated} (days since 1970-01-01), {@code cost} (USD per month), {@code variables}.
 */
final class SearchFields {

    private static final Logger LOG = LoggerFactory.getLogger(SearchFields.class);

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String RESOURCES = "resources";
    static final String CATEGORY = "category";
    static final String README = "readme";
    static final String INPUTS = "inputs";
    static final String OUTPUTS = "outputs";

    static final String LAYER = "layer";
    static final String CATEGORY_ID = "category_id";
    static final String MATURITY = "maturity";
    static final String COMPLEXITY = "complexity";
    static final String COST_CATEGORY = "cost_category";
    static final String TAG = "tag";
    static final String STATUS = "status";

    static final String DOWNLOADS = "downloads";
    static final String RATING = "rating";
    static final String LAST_UPDATED = "last_updated";
    static final String COST = "cost";
    static final String VARIABLES = "variables";

    /** The {@link #STATUS} of a deprecated module that is not archived. */
    static final String DEPRECATED = "deprecated";
    /** The {@link #STATUS} of an archived module. */
    static final String ARCHIVED = "archived";

    /** The text fields with their default boosts, in order. */
    static final Map<String, Double> DEFAULT_BOOSTS = defaults();

    private static Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(NAME, 3.0);
        m.put(TAGS, 2.0);
        m.put(DESCRIPTION, 1.5);
        m.put(RESOURCES, 1.5);
        m.put(CATEGORY, 1.0);
        m.put(README, 1.0);
        m.put(INPUTS, 0.5);
        m.put(OUTPUTS, 0.5);
        return m;
    }

    /** Names search-index.yaml may use that are known but not text fields (they filter or sort). */
    private static final Set<String> NOT_TEXT = Set.of("subcategory", "maturity_level", "stability_score",
            "cost_category", "estimated_cost", "downloads", "rating", "last_updated", "id", "layer", "maturity",
            "complexity", "cost", "variables");

    private SearchFields() {
    }

    /** The boost of each text field: search-index.yaml's where it gives one, else the default. */
    static Map<String, Double> boosts(SearchIndexConfig config) {
        Map<String, Double> boosts = new LinkedHashMap<>(DEFAULT_BOOSTS);
        Map<String, Double> given = new LinkedHashMap<>();
        for (SearchIndexConfig.SearchIndex index : config.indices()) {
            index.boosts().forEach(given::putIfAbsent);
        }
        given.forEach((field, boost) -> {
            if (boosts.containsKey(field)) {
                if (boost > 0 && Double.isFinite(boost)) {
                    boosts.put(field, boost);
                } else {
                    LOG.warn("_catalog/search-index.yaml: boost {} of '{}' is not positive; using {}", boost, field,
                            boosts.get(field));
                }
            } else if (!NOT_TEXT.contains(field)) {
                LOG.debug("_catalog/search-index.yaml: '{}' is not a search field; its boost is not used", field);
            }
        });
        return boosts;
    }

    static List<FieldSpec> specs(SearchIndexConfig config) {
        List<FieldSpec> specs = new ArrayList<>();
        boosts(config).forEach((name, boost) -> specs.add(FieldSpec.text(name, boost)));
        for (String k : List.of(LAYER, CATEGORY_ID, MATURITY, COMPLEXITY, COST_CATEGORY, TAG, STATUS)) {
            specs.add(FieldSpec.keyword(k));
        }
        for (String n : List.of(DOWNLOADS, RATING, LAST_UPDATED, COST, VARIABLES)) {
            specs.add(FieldSpec.number(n));
        }
        return specs;
    }
}
