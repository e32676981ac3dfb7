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
 * replaced by the nearest word (by edit distance, {@link Suggestions#closest}) of its modules' ids, names and tags,
 * the words a user most often means ("kubernetis" → "kubernetes", "postgress" → "postgres"). Words shorter than
 * {@value #MIN_LENGTH} letters are left as they are: two edits turn them into too many words to mean one.
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
     * @param text what was searched for
     * @return the text with its unknown words replaced by the nearest known ones, if any word was replaced
     */
    Optional<String> suggest(String text) {
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
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
                        : Suggestions.closest(lower, known);
                out.append(nearest.orElse(word));
                replaced |= nearest.isPresent();
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return replaced ? Optional.of(out.toString().strip()) : Optional.empty();
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
