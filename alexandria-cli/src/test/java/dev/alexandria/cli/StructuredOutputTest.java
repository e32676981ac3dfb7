package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredOutputTest {

    @Test
    void yaml_quotesEveryStringAYamlReaderWouldTakeForANumber() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("commit", "93169e6"); // a short commit id: plain, yq and Jackson read 9.3169E10
        tree.put("hex", "0x1F");
        tree.put("under", "1_000");
        tree.put("nel", "\u0085x");
        tree.put("id", "vpc-standard");
        tree.put("name", "Caf\u00e9");
        tree.put("count", 3);
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            StructuredOutput.write(w, OutputFormat.YAML, tree);
        }
        assertEquals("commit: \"93169e6\"\nhex: \"0x1F\"\nunder: \"1_000\"\nnel: \"\\Nx\"\nid: vpc-standard\nname: Caf\u00e9\ncount: 3\n",
                out.toString());
    }
}
