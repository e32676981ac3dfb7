package dev.alexandria.core.internal.inspect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the HCL JSON syntax ({@code *.tf.json}) into the same {@link Syntax} model as the native syntax.
 * JSON has no block syntax of its own, so which keys are blocks (and how many labels they have) comes from
 * Terraform's schema. Strings are kept as written: HCL reads them as templates only when it evaluates them with
 * an evaluation context ({@link Expr.JsonString}). Thread-safe (stateless).
 */
final class JsonSyntaxReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(HclParser.MAX_DEPTH).build())
            .build();

    /** Block types with their label counts and nested block types, per parent block type. */
    private static final Map<String, Map<String, Integer>> SCHEMA = Map.of(
            "", Map.ofEntries(Map.entry("variable", 1), Map.entry("output", 1), Map.entry("provider", 1),
                    Map.entry("resource", 2), Map.entry("data", 2), Map.entry("module", 1),
                    Map.entry("terraform", 0), Map.entry("locals", 0), Map.entry("moved", 0),
                    Map.entry("import", 0), Map.entry("removed", 0), Map.entry("check", 1),
                    Map.entry("ephemeral", 2)),
            "terraform", Map.of("required_providers", 0, "backend", 1, "cloud", 0),
            "variable", Map.of("validation", 0),
            "output", Map.of("precondition", 0),
            "resource", Map.of("lifecycle", 0, "provisioner", 1, "connection", 0, "dynamic", 1),
            "data", Map.of("lifecycle", 0, "dynamic", 1),
            "module", Map.of());

    /** A parsed JSON value with its position; {@code complete} is false when an error cut it short. */
    private static final class Node {
        final JsonToken kind;
        final int start;
        final int line;
        final int column;
        int end;
        Object value; // String, BigDecimal, Boolean, null, List<Node>, or keys+values lists
        List<String> keys;
        List<Node> items;
        List<int[]> keyPos;
        boolean complete;

        Node(JsonToken kind, int start, int line, int column) {
            this.kind = kind;
            this.start = start;
            this.line = line;
            this.column = column;
        }
    }

    private JsonSyntaxReader() {
    }

    static Syntax.Body read(char[] src, String file, List<Diagnostic> diags) {
        Node root = null;
        try (JsonParser parser = FACTORY.createParser(src)) {
            JsonToken t = parser.nextToken();
            if (t == null) {
                diags.add(Diagnostic.error("Empty JSON value", "A JSON value must start with \"{\".",
                        SourceLocation.of(file, 1, 1)));
                return Syntax.Body.empty();
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation loc = parser.currentTokenLocation();
                diags.add(Diagnostic.error("Root value must be object", "The root value in a JSON-based "
                        + "configuration must be a JSON object.",
                        SourceLocation.of(file, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()))));
                return Syntax.Body.empty();
            }
            root = node(parser);
            fill(parser, root);
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                diags.add(Diagnostic.error("Extraneous data after value", "Extra characters appear after the "
                        + "JSON value.", SourceLocation.of(file, Math.max(0, loc.getLineNr()),
                                Math.max(0, loc.getColumnNr()))));
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            diags.add(Diagnostic.error("Invalid JSON", firstLine(e.getOriginalMessage()),
                    SourceLocation.of(file, line, col)));
        } catch (IOException | RuntimeException e) {
            diags.add(Diagnostic.error("Invalid JSON", firstLine(String.valueOf(e.getMessage())),
                    SourceLocation.of(file)));
        }
        if (root == null) {
            return Syntax.Body.empty();
        }
        return body(root, "", src, file, diags);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Node node(JsonParser parser) {
        JsonLocation loc = parser.currentTokenLocation();
        return new Node(parser.currentToken(), (int) loc.getCharOffset(), loc.getLineNr(), loc.getColumnNr());
    }

    private static void fill(JsonParser parser, Node n) throws IOException {
        switch (n.kind) {
            case START_OBJECT: {
                n.keys = new ArrayList<>();
                n.items = new ArrayList<>();
                n.keyPos = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation kl = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    Node child = node(parser);
                    fill(parser, child);
                    n.keys.add(key);
                    n.keyPos.add(new int[] {kl.getLineNr(), kl.getColumnNr()});
                    n.items.add(child);
                }
                break;
            }
            case START_ARRAY: {
                n.items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Node child = node(parser);
                    fill(parser, child);
                    n.items.add(child);
                }
                break;
            }
            case VALUE_STRING:
                n.value = parser.getText();
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                n.value = parser.getDecimalValue();
                break;
            case VALUE_TRUE:
                n.value = Boolean.TRUE;
                break;
            case VALUE_FALSE:
                n.value = Boolean.FALSE;
                break;
            default:
                n.value = null;
                break;
        }
        n.end = (int) parser.currentLocation().getCharOffset();
        n.complete = true;
    }

    private static Syntax.Body body(Node obj, String blockType, char[] src, String file, List<Diagnostic> diags) {
        List<Syntax.Attribute> attrs = new ArrayList<>();
        List<Syntax.Block> blocks = new ArrayList<>();
        if (obj.kind != JsonToken.START_OBJECT) {
            diags.add(Diagnostic.error("Incorrect JSON value type", "A JSON object is required here, to define "
                    + "arguments and nested blocks.", SourceLocation.of(file, obj.line, obj.column)));
            return new Syntax.Body(attrs, blocks);
        }
        Map<String, Integer> nested = SCHEMA.getOrDefault(blockType, Map.of());
        for (int i = 0; i < obj.keys.size(); i++) {
            String key = obj.keys.get(i);
            Node value = obj.items.get(i);
            int[] kp = obj.keyPos.get(i);
            if (key.equals("//") || !value.complete) {
                continue;
            }
            Integer labels = nested.get(key);
            if (labels == null) {
                attrs.add(new Syntax.Attribute(key, expr(value, src, file, diags), src, kp[0], kp[1]));
            } else {
                blocks(key, labels, value, new ArrayList<>(), kp, src, file, diags, blocks);
            }
        }
        return new Syntax.Body(attrs, blocks);
    }

    private static void blocks(String type, int labelsLeft, Node value, List<String> labels, int[] pos, char[] src,
            String file, List<Diagnostic> diags, List<Syntax.Block> out) {
        if (value.kind == JsonToken.START_ARRAY) {
            for (Node item : value.items) {
                if (item.complete) {
                    blocks(type, labelsLeft, item, labels, pos, src, file, diags, out);
                }
            }
            return;
        }
        if (labelsLeft == 0) {
            out.add(new Syntax.Block(type, List.copyOf(labels), body(value, type, src, file, diags), file, pos[0],
                    pos[1]));
            return;
        }
        if (value.kind != JsonToken.START_OBJECT) {
            diags.add(Diagnostic.error("Incorrect JSON value type", "A JSON object is required here, whose keys "
                    + "are the labels of \"" + type + "\" blocks.", SourceLocation.of(file, value.line,
                            value.column)));
            return;
        }
        for (int i = 0; i < value.keys.size(); i++) {
            if (!value.items.get(i).complete || value.keys.get(i).equals("//")) {
                continue;
            }
            List<String> more = new ArrayList<>(labels);
            more.add(value.keys.get(i));
            blocks(type, labelsLeft - 1, value.items.get(i), more, value.keyPos.get(i), src, file, diags, out);
        }
    }

    private static Expr expr(Node n, char[] src, String file, List<Diagnostic> diags) {
        switch (n.kind) {
            case VALUE_STRING:
                // verbatim without an evaluation context, a template with one (Expr.JsonString)
                return new Expr.JsonString(n.start, n.end, (String) n.value, file, n.line);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Expr.Literal(n.start, n.end, new LiteralValue.NumberValue((BigDecimal) n.value));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Expr.Literal(n.start, n.end, new LiteralValue.BoolValue((Boolean) n.value));
            case START_ARRAY: {
                List<Expr> items = new ArrayList<>(n.items.size());
                for (Node item : n.items) {
                    items.add(expr(item, src, file, diags));
                }
                return new Expr.Tuple(n.start, n.end, items);
            }
            case START_OBJECT: {
                List<Expr> keys = new ArrayList<>(n.keys.size());
                List<Expr> values = new ArrayList<>(n.keys.size());
                for (int i = 0; i < n.keys.size(); i++) {
                    keys.add(new Expr.JsonString(n.start, n.start, n.keys.get(i), file, n.keyPos.get(i)[0]));
                    values.add(expr(n.items.get(i), src, file, diags));
                }
                return new Expr.ObjectCons(n.start, n.end, keys, values);
            }
            default:
                return new Expr.Literal(n.start, n.end, LiteralValue.NullValue.INSTANCE);
        }
    }
}
