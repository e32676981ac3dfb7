package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import dev.alexandria.core.internal.yaml.YamlScalars;
import dev.alexandria.core.internal.yaml.YamlScalars.Place;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every string the writer emits reads back as the same string in YAML 1.1, as SnakeYAML reads it (our reader),
 * and, when written plain, as a string under the YAML 1.2 core schema and the YAML 1.1 types other readers
 * resolve (PyYAML's value {@code =}, go-yaml v2's {@code y}/{@code n}). snakeyaml-engine (YAML 1.2) is not on the
 * class path, so the 1.2 side is the spec's own table of the core schema's plain scalars (YAML 1.2.2, 10.3.2).
 */
class ScalarsReadTheSameInOtherReadersProperties {

    /** YAML 1.2.2, 10.3.2: the plain scalars the core schema resolves to null, bool, int or float. */
    static final Pattern CORE_SCHEMA_NOT_STRING = Pattern.compile("null|Null|NULL|~|"
            + "true|True|TRUE|false|False|FALSE|"
            + "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|"
            + "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    /** YAML 1.1 types SnakeYAML reads as strings and other readers do not: value (yaml.org/type/value), y/n. */
    static final Pattern OTHER_YAML_11 = Pattern.compile("=|y|Y|n|N");

    /** The scalar read back by SnakeYAML from a small document that puts it at its place. */
    static Object readBack(String scalar, Place place) {
        Yaml yaml = new Yaml();
        switch (place) {
            case BLOCK_VALUE:
                return ((Map<?, ?>) yaml.load("k: " + scalar + "\n")).get("k");
            case BLOCK_KEY:
                // after another key, as the writer's keys stand (a byte-order mark first in a file is the
                // stream's, not the key's)
                Map<?, ?> map = yaml.load("\"alexandria-test-first-key\": b\n" + scalar + ": k\n");
                return map.keySet().stream().skip(1).findFirst().orElse(null);
            case FLOW_VALUE:
                return ((List<?>) yaml.load("[" + scalar + "]\n")).get(0);
            case FLOW_KEY:
                return ((Map<?, ?>) yaml.load("{" + scalar + ": k}\n")).keySet().iterator().next();
            default:
                throw new IllegalStateException(place.name());
        }
    }

    static void readsTheSame(String text, Place place) {
        String scalar;
        try {
            scalar = YamlScalars.string(text, place);
        } catch (IllegalArgumentException refused) {
            // nothing written: a block key cannot be empty or span lines (the catalog's keys are ids)
            assertEquals(Place.BLOCK_KEY, place, refused::getMessage);
            return;
        }
        assertEquals(text, readBack(scalar, place), () -> place + " " + scalar);
        if (scalar.equals(text)) { // written plain: every reader resolves the type itself
            assertFalse(CORE_SCHEMA_NOT_STRING.matcher(text).matches(), () -> "plain '" + text
                    + "' is not a string under the YAML 1.2 core schema");
            assertFalse(OTHER_YAML_11.matcher(text).matches(), () -> "plain '" + text + "' is not a string in "
                    + "PyYAML or go-yaml");
        }
    }

    @Test
    void everyStringWritten_readsBackAsTheSameString_inYaml11AndUnderTheYaml12CoreSchema() {
        qt().withExamples(1500).forAll(CatalogGen.text(), arbitrary().enumValues(Place.class))
                .checkAssert(ScalarsReadTheSameInOtherReadersProperties::readsTheSame);
    }

    @Test
    void theValuesOtherReadersTookForOtherTypes_areQuoted() {
        // left plain before: SnakeYAML reads them as strings, PyYAML refused '=', go-yaml v2 read y/n as
        // booleans, YAML 1.2 readers 0o17 and 09 as ints and 1e3 as a float
        for (String s : List.of("=", "y", "Y", "n", "N", "0o17", "09", "1e3")) {
            for (Place place : Place.values()) {
                readsTheSame(s, place);
                assertFalse(YamlScalars.string(s, place).equals(s), () -> s + " at " + place);
            }
        }
    }
}
