package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link DidYouMean} over the words of the sample library's module ids, names and tags. */
class DidYouMeanTest {

    private static DidYouMean words;

    @BeforeAll
    static void open() {
        Library library = Alexandria.open(Path.of("../alexandria-examples/sample-library/components/terraform"));
        words = DidYouMean.of(library.modules());
    }

    @Test
    void replacesOnlyUnknownWords_keepingCaseOfKnownOnes_andWhatIsBetweenThem() {
        assertEquals(Optional.of("kubernetes cluster"), words.suggest("kubernetis cluster"));
        assertEquals(Optional.of("Cluster, dynamodb"), words.suggest("Cluster, dynamodbb"));
    }

    @Test
    void offersNothing_whenEveryWordIsKnown_shortOrFarFromAnyModuleWord() {
        assertEquals(Optional.empty(), words.suggest("kubernetes cluster"));
        assertEquals(Optional.empty(), words.suggest("vpq"), "a word under four letters is left alone");
        assertEquals(Optional.empty(), words.suggest("qqqqzzzzxxxx"));
        assertEquals(Optional.empty(), words.suggest(""));
    }

    @Test
    void replacesAWordOnlyByACloseSpelling_oneEditUpToFiveLetters_twoAbove() {
        // "cobol" is two edits from "pool": too far for five letters (it read "mainframe cobol" as Cognito's pool)
        assertEquals(Optional.empty(), words.suggest("mainframe cobol"));
        assertEquals(Optional.of("mainframe vpc"), words.suggest("mainframe vppc"), "one edit, four letters");
        assertEquals(Optional.of("postgres"), words.suggest("postgers"), "two edits, eight letters");
        assertEquals(Optional.of(java.util.Map.of("kubernetis", "kubernetes")),
                words.suggestion("mainframe kubernetis").map(DidYouMean.Suggestion::replaced),
                "only the replaced words are listed: the caller checks they find modules");
    }
}
