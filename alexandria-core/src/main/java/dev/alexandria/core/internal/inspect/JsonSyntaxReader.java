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

    private static final List<String> NAME = List.of("name");
    private static final List<String> TYPE = List.of("type");
    private static final List<String> TYPE_NAME = List.of("type", "name");

    /** Block types with the names of their labels (Terraform's schema), per parent block type. */
    private static final Map<String, Map<String, List<String>>> SCHEMA = Map.of(
            "", Map.ofEntries(Map.entry("variable", NAME), Map.entry("output", NAME), Map.entry("provider", NAME),
                    Map.entry("resource", TYPE_NAME), Map.entry("data", TYPE_NAME), Map.entry("module", NAME),
                    Map.entry("terraform", List.of()), Map.entry("locals", List.of()), Map.entry("moved", List.of()),
                    Map.entry("import", List.of()), Map.entry("removed", List.of()), Map.entry("check", NAME),
                    Map.entry("ephemeral", TYPE_NAME)),
            "terraform", Map.of("required_providers", List.of(), "backend", TYPE, "cloud", List.of()),
            "variable", Map.of("validation", List.of()),
            "output", Map.of("precondition", List.of()),
            "resource", Map.of("lifecycle", List.of(), "provisioner", TYPE, "connection", List.of(), "dynamic", TYPE),
            "data", Map.of("lifecycle", List.of(), "dynamic", TYPE),
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

    /**
     * A block body, as HCL's JSON reader reads one ({@code body.PartialContent}): the properties of an object, or of
     * every object of an array; {@code null} is an empty body. {@code "//"} properties are comments.
     */
    private static Syntax.Body body(Node value, String blockType, char[] src, String file, List<Diagnostic> diags) {
        List<Syntax.Attribute> attrs = new ArrayList<>();
        List<Syntax.Block> blocks = new ArrayList<>();
        Map<String, List<String>> nested = SCHEMA.getOrDefault(blockType, Map.of());
        for (Property prop : properties(value, null, file, diags)) {
            if (prop.key.equals("//") || !prop.value.complete) {
                continue;
            }
            List<String> labels = nested.get(prop.key);
            if (labels == null) {
                attrs.add(new Syntax.Attribute(prop.key, expr(prop.value, src, file, diags), src, prop.line,
                        prop.column));
            } else {
                blocks(prop.key, labels, prop.value, new ArrayList<>(), src, file, diags, blocks);
            }
        }
        return new Syntax.Body(attrs, blocks);
    }

    /** A property of a JSON object, with the position of its key. */
    private record Property(String key, Node value, int line, int column) {
    }

    /**
     * HCL's {@code collectDeepAttrs}: the properties of an object, or of each object of an array, in order; none
     * for {@code null}. Anything else is an error; {@code labelName} is the label the properties name, null when
     * they are a body's arguments and nested blocks.
     */
    private static List<Property> properties(Node value, String labelName, String file, List<Diagnostic> diags) {
        List<Property> out = new ArrayList<>();
        switch (value.kind) {
            case VALUE_NULL:
                break;
            case START_OBJECT:
                addProperties(value, out);
                break;
            case START_ARRAY:
                for (Node item : value.items) {
                    if (item.kind == JsonToken.START_OBJECT) {
                        addProperties(item, out);
                    } else if (item.complete) {
                        diags.add(Diagnostic.error("Incorrect JSON value type", labelName != null
                                ? "A JSON object is required here, to specify " + labelName + " labels for this block."
                                : "A JSON object is required here, to define arguments and child blocks.",
                                SourceLocation.of(file, item.line, item.column)));
                    }
                }
                break;
            default:
                diags.add(Diagnostic.error("Incorrect JSON value type", labelName != null
                        ? "Either a JSON object or JSON array of objects is required here, to specify " + labelName
                                + " labels for this block."
                        : "Either a JSON object or JSON array of objects is required here, to define arguments and "
                                + "child blocks.", SourceLocation.of(file, value.line, value.column)));
                break;
        }
        return out;
    }

    private static void addProperties(Node obj, List<Property> out) {
        for (int i = 0; i < obj.keys.size(); i++) {
            int[] kp = obj.keyPos.get(i);
            out.add(new Property(obj.keys.get(i), obj.items.get(i), kp[0], kp[1]));
        }
    }

    /**
     * HCL's {@code unpackBlock}: each property of the object (or objects) at a label level is a label; after the
     * labels an object is one block, an array one block per element (a {@code null} element an empty one), and
     * {@code null} no block at all. A block's position is the opening brace of its body, or the opening bracket
     * of the array it is an element of ({@code DefRange}).
     */
    private static void blocks(String type, List<String> labelsLeft, Node value, List<String> labels, char[] src,
            String file, List<Diagnostic> diags, List<Syntax.Block> out) {
        if (!labelsLeft.isEmpty()) {
            String labelName = labelsLeft.get(0);
            List<Property> props = properties(value, labelName, file, diags);
            if (props.isEmpty()) {
                diags.add(Diagnostic.error("Missing block label", "At least one object property is required, whose "
                        + "name represents the " + type + " block's " + labelName + ".",
                        SourceLocation.of(file, value.line, value.column)));
                return;
            }
            List<String> rest = labelsLeft.subList(1, labelsLeft.size());
            for (Property prop : props) {
                if (!prop.value.complete) {
                    continue;
                }
                List<String> more = new ArrayList<>(labels);
                more.add(prop.key);
                blocks(type, rest, prop.value, more, src, file, diags, out);
            }
            return;
        }
        switch (value.kind) {
            case VALUE_NULL:
                // no block content at all, so no block
                break;
            case START_OBJECT:
                out.add(new Syntax.Block(type, List.copyOf(labels), body(value, type, src, file, diags), file,
                        value.line, value.column));
                break;
            case START_ARRAY:
                for (Node item : value.items) {
                    if (item.complete) {
                        out.add(new Syntax.Block(type, List.copyOf(labels), body(item, type, src, file, diags), file,
                                value.line, value.column));
                    }
                }
                break;
            default:
                diags.add(Diagnostic.error("Incorrect JSON value type", "Either a JSON object or a JSON array is "
                        + "required, representing the contents of one or more \"" + type + "\" blocks.",
                        SourceLocation.of(file, value.line, value.column)));
                break;
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
