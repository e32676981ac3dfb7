package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.TagTaxonomy;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * register's refusal of undeclared tags names the tags to choose from and the synonyms it recognises; the paths in
 * the commands its fixes name are shell words.
 */
class RegistrationTagsTest {

    private static TagTaxonomy.TagDefinition tag(String name, String... synonyms) {
        return new TagTaxonomy.TagDefinition(name, "About " + name + ".", List.of(synonyms), Optional.empty());
    }

    @Test
    void anUndeclaredTag_namesTheDeclaredOnes() {
        TagTaxonomy tags = new TagTaxonomy(List.of(tag("cloudwatch"), tag("observability", "monitoring")));
        assertEquals("tag logging is not declared in _catalog/tags.yaml (declared: cloudwatch, observability); use "
                + "declared tags, or declare it there (- name: logging with a description:) and commit the file",
                Registration.unknownTags(List.of("logging"), tags));
    }

    @Test
    void aSynonym_isNamedWithItsTag() {
        TagTaxonomy tags = new TagTaxonomy(List.of(tag("observability", "monitoring")));
        assertEquals("tags monitoring, logging are not declared in _catalog/tags.yaml (declared: observability); "
                + "'monitoring' is a synonym of observability: use observability; use declared tags, or declare them "
                + "there (- name: monitoring with a description:) and commit the file",
                Registration.unknownTags(List.of("monitoring", "logging"), tags));
    }

    @Test
    void aLongListIsCut_andAnEmptyOneSaysSo() {
        TagTaxonomy many = new TagTaxonomy(IntStream.range(0, 32).mapToObj(i -> tag("t" + (100 + i))).toList());
        String refused = Registration.unknownTags(List.of("x"), many);
        assertTrue(refused.contains("t129 and 2 more)"), refused);
        assertFalse(refused.contains("t130"), refused);
        assertTrue(Registration.unknownTags(List.of("x"), new TagTaxonomy(List.of()))
                .contains("(it declares no tag yet)"));
    }

    @Test
    void aPathInAFixCommandIsOneShellWord() {
        assertEquals("/srv/lib/_library/eks-standard", dev.alexandria.core.internal.versioning.GitCommands.shellWord("/srv/lib/_library/eks-standard"));
        assertEquals("'/srv/my lib'", dev.alexandria.core.internal.versioning.GitCommands.shellWord("/srv/my lib"));
        assertEquals("'/srv/o'\\''neil/$HOME'", dev.alexandria.core.internal.versioning.GitCommands.shellWord("/srv/o'neil/$HOME"));
        assertEquals("''", dev.alexandria.core.internal.versioning.GitCommands.shellWord(""));
    }
}
