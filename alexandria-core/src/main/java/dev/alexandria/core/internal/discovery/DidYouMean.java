package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to search for instead when a text matches nothing: the text with each word the library does not know
 * replaced by the nearest word (by edit distance, {@link Suggestions#distance}) of its modules' ids, names and tags,
 * the words a user most often means ("kubernetis" → "kubernetes", "postgress" → "postgres"). A replacement is a
 * close spelling of the word typed: at most one edit from a word of four or five letters, two from a longer one
 * (as a fuzzy term query's automatic distance), so "cobol" is not read as "pool". Words shorter than
 * {@value #MIN_LENGTH} letters are left as they are: one edit turns them into too many words to mean one. Whether
 * the replaced words find anything is the caller's to check ({@link Suggestion#replaced}).
 *
 * <p>Immutable and thread-safe.
 */
final class DidYouMean {

    /** Words shorter than this are never replaced. */
    static final int MIN_LENGTH = 4;

    private final Set<String> known;

    private DidYouMean(Set<String> known) {
        this.known = known;
    }

    /** The words of the modules' ids, names and tags, lower-cased. */
    static DidYouMean of(Collection<LibraryModule> modules) {
        Set<String> words = new TreeSet<>();
        for (LibraryModule m : modules) {
            words.addAll(words(m.id().value()));
            words.addAll(words(m.metadata().name()));
            m.metadata().tags().forEach(t -> words.addAll(words(t)));
        }
        return new DidYouMean(Set.copyOf(words));
    }

    /**
     * A text to search for instead.
     *
     * @param text     the text with its replacements, as shown
     * @param replaced each replaced word, lower-cased, with its replacement, in the text's order
     */
    record Suggestion(String text, java.util.Map<String, String> replaced) {
    }

    /** The most edits a replacement may be from a word of this many letters. */
    static int maxEdits(int length) {
        return length <= 5 ? 1 : 2;
    }

    /**
     * @param text what was searched for
     * @return the text with its unknown words replaced by the nearest known ones, if any word was replaced
     */
    Optional<String> suggest(String text) {
        return suggestion(text).map(Suggestion::text);
    }

    /**
     * @param text what was searched for
     * @return the text with its unknown words replaced by the nearest known ones, and which were, if any was
     */
    Optional<Suggestion> suggestion(String text) {
        StringBuilder out = new StringBuilder();
        java.util.Map<String, String> replacements = new java.util.LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                String lower = word.toLowerCase(Locale.ROOT);
                Optional<String> nearest = lower.length() < MIN_LENGTH || known.contains(lower) ? Optional.empty()
                        : Suggestions.closest(lower, known)
                                .filter(c -> Suggestions.distance(lower, c) <= maxEdits(lower.length()));
                out.append(nearest.orElse(word));
                nearest.ifPresent(c -> replacements.putIfAbsent(lower, c));
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return replacements.isEmpty() ? Optional.empty()
                : Optional.of(new Suggestion(out.toString().strip(), java.util.Collections.unmodifiableMap(replacements)));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
