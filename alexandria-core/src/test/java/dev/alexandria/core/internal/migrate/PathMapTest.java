package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathMapTest {

    @Test
    void map_longestMappedPrefixWins() {
        PathMap m = new PathMap();
        m.put(Path.of("/r/monitoring"), Path.of("/r/_library/o/m/monitoring"));
        m.put(Path.of("/r/monitoring/modules/alarm"), Path.of("/r/_library/o/m/alarm"));
        assertEquals(Path.of("/r/_library/o/m/alarm/main.tf"), m.map(Path.of("/r/monitoring/modules/alarm/main.tf")));
        assertEquals(Path.of("/r/_library/o/m/monitoring/modules"), m.map(Path.of("/r/monitoring/modules")));
        assertEquals(Path.of("/r/monitoring-old"), m.map(Path.of("/r/monitoring-old")));
    }
}
