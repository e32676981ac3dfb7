package dev.alexandria.api;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import java.util.Map;

/**
 * A recommendation of modules, either for a use case described in words or for the modules that go with one
 * module. Obtained from {@link Library#recommend()}.
 *
 * <pre>{@code
 * List<Recommendation> forIt = library.recommend().forUseCase("microservices architecture").limit(5).run();
 * List<Recommendation> withIt = library.recommend().basedOn("eks-standard").level(ComplexityTier.BASIC).run();
 * }</pre>
 *
 * <p>For a use case, a matching pattern (layer {@code patterns}) comes first, followed by the modules it
 * composes; without one, the best modules of each category the use case touches, across layers. For a module,
 * the candidates are its dependencies, its dependents, modules used together with it (in patterns, in
 * {@code examples/} and {@code _examples/}, in module calls) and alternatives in its category.
 *
 * <p>The score of a recommendation is a weighted sum of parts, each between 0 and 1: text relevance (use case)
 * or usage evidence (module), maturity fit, popularity and rating, cost category and complexity fit. The weights
 * come from the library's {@code _catalog/recommend.yaml} ({@code weights:}; {@code implies:} holds the needs
 * use-case words imply), with bundled defaults. Equal scores are ordered by module id, so results are the same
 * on every run. Archived modules are recommended only with {@link #includeArchived()}, deprecated ones only with
 * {@link #includeDeprecated()}.
 *
 * <p>Mutable and meant for one thread; {@link #run()} leaves it unchanged, so it can be run again.
 *
 * @since 0.1.0
 */
public interface Recommend {

    /**
     * Recommends modules for a use case, replacing an earlier {@link #basedOn(String)}.
     *
     * @param useCase words describing what is to be built, e.g. {@code "web application with a database"}; a
     *                control character (Unicode category Cc: a bell, an escape, a line break or tab) separates words
     *                as a space does, so none is kept in a need or echoed in a reason (since 0.5.0)
     * @return this recommendation
     * @throws IllegalArgumentException if the text is blank
     */
    Recommend forUseCase(String useCase);

    /**
     * Recommends the modules that go with a module, replacing an earlier {@link #forUseCase(String)}.
     *
     * @param idOrPath a module id or its path under {@code _library/}
     * @return this recommendation
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     */
    Recommend basedOn(String idOrPath);

    /**
     * Prefers modules of the complexity tier that fits a level of experience: beginner fits {@code basic},
     * intermediate {@code standard}, advanced {@code advanced}. Defaults to no preference.
     *
     * @param tier the preferred tier
     * @return this recommendation
     */
    Recommend level(ComplexityTier tier);

    /**
     * The most recommendations to return. Defaults to 8.
     *
     * @param limit at least 1
     * @return this recommendation
     * @throws IllegalArgumentException if below 1
     */
    Recommend limit(int limit);

    /**
     * Allows deprecated modules to be recommended. Defaults to leaving them out. Archived modules need
     * {@link #includeArchived()}.
     *
     * @return this recommendation
     */
    Recommend includeDeprecated();

    /**
     * Allows archived modules (maturity {@code archived}) to be recommended. Defaults to leaving them out. For a
     * module ({@link #basedOn(String)}) they are candidates like any other; for a use case, they come from the
     * library's search, so they are found there only where the search backend indexes archived modules (and
     * always as dependencies, required inputs or stand-ins of what is chosen). Deprecated modules still need
     * {@link #includeDeprecated()}.
     *
     * @return this recommendation
     * @since 0.4.0
     */
    Recommend includeArchived();

    /**
     * Ranks the modules.
     *
     * @return the recommendations, best first, at most {@link #limit(int)}; empty when nothing fits
     * @throws IllegalStateException if neither {@link #forUseCase(String)} nor {@link #basedOn(String)} was
     *                               called
     * @throws CatalogException      if {@code _catalog/recommend.yaml} is malformed; the message names the file
     *                               and the fix
     */
    List<Recommendation> run();

    /**
     * The needs the use case of the last {@link #run()} implies (docs/recommend.md, step 4: "microservices" implies
     * a container registry) for which no module of the library is made: none of the first search hits for the need
     * is named for it or manages a resource of that kind. Such a need is said to be uncovered rather than answered
     * with whatever module its words find.
     *
     * <p>After the needs come the <em>words</em> of the use case that the plan leaves unanswered
     * ({@link #uncoveredWords()}), each as the bare word ({@code karpenter}): no word of the use case is dropped
     * without a word.
     *
     * @return each uncovered need with the words that imply it, e.g. {@code container registry (implied by
     *         'microservices')}, in the order found, then each uncovered word; empty before the first run, for a
     *         module ({@link #basedOn(String)}) and when every need and word is covered
     * @since 0.4.0
     */
    default List<String> uncovered() {
        return List.of();
    }

    /**
     * The needs the last {@link #run()}'s use case names itself that a module of the plan answers, with that
     * module's id: "web application with a database" gives {@code {a database=umotif-rds-aurora}} when no pattern
     * module answers the database. A need a chosen module answers together with another need is given that module;
     * a need that is a feature of an earlier one ("vpc with nat gateways") and a need met by what a chosen module
     * makes are not given. The whole plan is read, not only the part {@link #limit(int)} keeps.
     *
     * @return each answered need as the use case gives it (lower-case), in the use case's order, with the id of
     *         the module answering it; empty before the first run, for a module ({@link #basedOn(String)}), for a
     *         use case of one need answered by a pattern and when no need is answered
     * @since 0.5.0
     */
    default Map<String, String> answeredNeeds() {
        return Map.of();
    }

    /**
     * The needs of {@link #answeredNeeds()} whose module {@link #limit(int)} left out of the last {@link #run()}:
     * a need the user typed is never dropped without a word. With the default limit of 8, "web application with a
     * database" on a library whose web-application pattern composes six modules and calls two more gives
     * {@code {a database=9}}: the database module is the plan's ninth, so {@code limit(9)} shows it. The plan's order
     * is kept (docs/recommend.md: a need's module that is not made for it comes after the pattern's own modules).
     *
     * @return each such need with the rank (1-based, in the whole plan) of the module answering it, in the use
     *         case's order; empty before the first run, for a module and when every answered need's module is within
     *         the limit
     * @since 0.5.0
     */
    default Map<String, Integer> needsPastLimit() {
        return Map.of();
    }

    /**
     * The needs of {@link #uncovered()} apart from the words, each once: a need the use case names itself ("a cdn")
     * that is a need it implies ("cloudfront cdn", implied by "static site") is given once, as the implied need.
     *
     * @return each uncovered need as the plan names it ({@code container registry}), in the order of
     *         {@link #uncovered()}, with the words of the use case that imply it ({@code microservices}), or the
     *         empty string when the use case names the need itself; empty before the first run, for a module
     *         ({@link #basedOn(String)}) and when every need is covered
     * @since 0.5.0
     */
    default Map<String, String> uncoveredNeeds() {
        return Map.of();
    }

    /**
     * The words of the last {@link #run()}'s use case that no module of the plan answers (docs/recommend.md,
     * "Uncovered needs and words"): a word that is not a general word ("with", "architecture", "setup", "run"), not
     * of a part that asks for nothing ("on aws", "for my app"), not of a need the plan answers, a feature of one or
     * a need already in {@link #uncovered()}, that the search did not match in any module of the plan and that no
     * module of the plan is made for. "eks with karpenter and argocd" on a library where no module mentions Karpenter
     * or Argo CD gives {@code {karpenter=[], argocd=[]}}. The whole plan is read, not only the part
     * {@link #limit(int)} keeps. Each word is also in {@link #uncovered()}, after the needs.
     *
     * @return each uncovered word, lower-case and in the singular as the use case gives it, in the use case's
     *         order, with the ids of at most three modules of the library that mention it (in or out of the plan;
     *         an empty list: no module of the library mentions it); empty before the first run, for a module and
     *         when every word is answered
     * @since 0.5.0
     */
    default Map<String, List<String>> uncoveredWords() {
        return Map.of();
    }

    /**
     * Of the {@link #uncovered()} needs, those that a module left out of the library because its own files have
     * errors ({@link Library#unavailableModules()}) is named for (a word of its id is a word of the need, as
     * {@code sqs} is of "an sqs queue"): no module of the library makes them only because that one is unavailable,
     * and correcting its files is the fix.
     *
     * @return each such need, as {@link #uncovered()} gives it, with the id of the unavailable module named for it;
     *         empty when none is
     * @since 0.4.0
     */
    default Map<String, String> uncoveredUnavailable() {
        return Map.of();
    }

    /**
     * What leaving deprecated modules out hid from the last {@link #run()}'s search of the use case's own text, as
     * {@code search} says it ({@link dev.alexandria.api.model.SearchResult#leftOut()}, condition
     * {@link dev.alexandria.api.model.SearchResult.LeftOut.Condition#DEPRECATED}): a user who asks for "mysql
     * database" learns that a deprecated MySQL module matches, and what replaces it, rather than believing there is
     * none. With {@link #includeDeprecated()}, the deprecated modules a search of the plan found together with
     * their declared replacement: new work builds on the replacement, so it answers that need and the deprecated
     * module is left out (a deprecated module whose replacement did not match may still be recommended).
     *
     * @return the deprecated modules left out, with their count and the best of them; empty before the first run,
     *         for a module ({@link #basedOn(String)}), and when none is left out
     * @since 0.4.0
     */
    default List<dev.alexandria.api.model.SearchResult.LeftOut> leftOut() {
        return List.of();
    }

    /**
     * The words of the use case that the last {@link #run()}'s search read as other words, as
     * {@link dev.alexandria.api.model.SearchResult#corrections()} gives them: a misspelled word
     * ({@code kubernetis}) and the word it was searched as ({@code kubernetes}).
     *
     * @return each corrected word with the word searched for, in the use case's order; empty before the first run,
     *         for a module ({@link #basedOn(String)}) and when no word was corrected
     * @since 0.4.0
     */
    default Map<String, String> corrections() {
        return Map.of();
    }
}
