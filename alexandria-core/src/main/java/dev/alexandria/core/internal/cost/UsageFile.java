package dev.alexandria.core.internal.cost;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.text.Suggestions;
import dev.alexandria.core.internal.yaml.YamlLimits;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.Usage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A usage file in the shape of Infracost's {@code infracost-usage.yml}, so teams can reuse theirs:
 *
 * <pre>
 * version: 0.1
 * resource_usage:
 *   aws_nat_gateway.this[0]:
 *     monthly_data_processed_gb: 100
 *   module.api.aws_lambda_function.handler[*]:
 *     monthly_requests: 1000000
 *     request_duration_ms: 250
 *   aws_s3_bucket.data:
 *     standard:
 *       storage_gb: 500
 * </pre>
 *
 * Nested keys are joined with dots ({@code standard.storage_gb}); {@code [*]} in an address matches any index or
 * key. Values must be numbers; text values (Infracost's {@code operating_system}, reserved instance terms) are
 * ignored with a warning, since the models price on-demand Linux.
 *
 * <p>Immutable and thread-safe.
 */
public final class UsageFile {

    private record Entry(String address, Pattern pattern, Map<String, Usage.Value> values, SourceLocation at,
            Map<String, SourceLocation> keyAt, List<Text> texts) {
    }

    /** A value that is not a number: its key, the text and where it is. */
    private record Text(String key, String text, SourceLocation at) {
    }

    private final String display;
    private final List<Entry> entries;
    private final List<String> warnings;

    private UsageFile(String display, List<Entry> entries, List<String> warnings) {
        this.display = display;
        this.entries = entries;
        this.warnings = warnings;
    }

    /** @return a usage file without values */
    public static UsageFile none() {
        return new UsageFile("", List.of(), List.of());
    }

    /**
     * Reads a usage file.
     *
     * @param file the file
     * @return the usage
     * @throws CatalogException if it cannot be read or is malformed, with file:line and the fix
     */
    public static UsageFile read(Path file) {
        String display = file.toString();
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            text = YamlLimits.readText(file, YamlLimits.Kind.USAGE);
        } catch (YamlLimits.TooLarge e) {
            throw new CatalogException(SourceLocation.of(display), e.getMessage(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CatalogException(SourceLocation.of(display), "no such file; check the path (a relative path is "
                    + "read from the working directory)", e);
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(display), "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check the path and its permissions",
                    e);
        }
        try (JsonParser p = YamlLimits.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new CatalogException(SourceLocation.of(display), "the usage file is empty; it needs "
                        + "'version: 0.1' and a 'resource_usage:' map of resource addresses");
            }
            if (t != JsonToken.START_OBJECT) {
                throw new CatalogException(at(display, p), "the usage file is " + describe(t) + ", not a map; write "
                        + "it as 'version: 0.1' and a 'resource_usage:' map of resource addresses");
            }
            boolean version = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("version")) {
                    version = true;
                    if (!"0.1".equals(p.getValueAsString())) {
                        warnings.add(display + ": usage file version '" + p.getValueAsString() + "'; Alexandria "
                                + "reads the 0.1 format");
                    }
                } else if (name.equals("resource_usage")) {
                    if (v == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (v != JsonToken.START_OBJECT) {
                        throw new CatalogException(at(display, p), "resource_usage is " + describe(v) + "; write it "
                                + "as a map of resource addresses to their usage");
                    }
                    resources(p, display, entries, warnings);
                } else {
                    p.skipChildren();
                }
            }
            if (!version) {
                warnings.add(display + ": no 'version: 0.1' line; read as the 0.1 format");
            }
        } catch (JsonProcessingException e) {
            throw new CatalogException(where(display, e),
                    "not valid YAML: " + ParseMessages.yaml(e.getOriginalMessage()) + "; correct the YAML there (a "
                            + "usage file is 'version: 0.1' and 'resource_usage:', a map of resource addresses to "
                            + "maps of usage keys and numbers)", e);
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(display), "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check the path and its permissions",
                    e);
        }
        return new UsageFile(display, List.copyOf(entries), List.copyOf(warnings));
    }

    /**
     * Where a parse error is: the place SnakeYAML found the problem (a tab, a missing ':'), not the place of the
     * parser's last token, which an alias ({@code *d}) or a long scalar leaves lines before the problem.
     */
    private static SourceLocation where(String display, JsonProcessingException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // With a context mark (a list or quote left open) the message names where it opened, and the problem
            // mark is only where the parser gave up (often the end of the file): keep the parser's place then.
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null
                    && marked.getContextMark() == null) {
                return SourceLocation.of(display, marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1);
            }
        }
        JsonLocation l = e.getLocation();
        return l == null ? SourceLocation.of(display)
                : SourceLocation.of(display, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }

    private static void resources(JsonParser p, String display, List<Entry> entries, List<String> warnings)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String address = p.currentName();
            SourceLocation at = at(display, p);
            JsonToken v = p.nextToken();
            Map<String, Usage.Value> values = new LinkedHashMap<>();
            Map<String, SourceLocation> keyAt = new LinkedHashMap<>();
            List<Text> texts = new ArrayList<>();
            if (v == JsonToken.START_OBJECT) {
                values(p, display, address, "", values, keyAt, texts, warnings);
            } else if (v != JsonToken.VALUE_NULL) {
                throw new CatalogException(at(display, p), "the usage of " + address + " is " + describe(v)
                        + "; write it as a map of usage keys to numbers (monthly_requests: 1000000)");
            }
            entries.add(new Entry(address, pattern(address), values, at, keyAt, List.copyOf(texts)));
        }
    }

    private static void values(JsonParser p, String display, String address, String prefix,
            Map<String, Usage.Value> out, Map<String, SourceLocation> keyAt, List<Text> texts, List<String> warnings)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            SourceLocation at = at(display, p);
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                values(p, display, address, key + ".", out, keyAt, texts, warnings);
            } else if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT
                    || (v == JsonToken.VALUE_STRING && QUOTED_NUMBER.matcher(p.getText()).matches())) {
                // a quoted number ("730") is read as the number, as Infracost reads its usage files
                BigDecimal n = v == JsonToken.VALUE_STRING ? new BigDecimal(p.getText().strip()) : p.getDecimalValue();
                if (n.signum() < 0) {
                    throw new CatalogException(at, "usage value " + key + " of " + address + " is negative ("
                            + n.toPlainString() + "); usage values are counts and sizes, 0 or more");
                }
                out.put(key, new Usage.Value(n, Origin.of(Origin.Kind.USAGE_FILE, key + " = " + n.toPlainString()
                        + " (" + at + ")")));
                keyAt.put(key, at);
            } else if (v == JsonToken.START_ARRAY) {
                p.skipChildren();
                warnings.add(at + ": " + address + " " + key + " is a list; ignored (usage values are numbers)");
            } else if (v != JsonToken.VALUE_NULL) {
                // judged once the resource's type is known: a usage key of its model needs a number (an error),
                // other text values (Infracost's operating_system, reserved terms) are ignored with a warning
                texts.add(new Text(key, p.getValueAsString(), at));
            }
        }
    }

    /** A number written as text: digits with an optional sign and decimals, spaces around allowed. */
    private static final Pattern QUOTED_NUMBER = Pattern.compile("\\s*-?[0-9]+(\\.[0-9]+)?\\s*");

    private static Pattern pattern(String address) {
        StringBuilder re = new StringBuilder();
        for (String part : address.split("\\[\\*\\]", -1)) {
            if (re.length() > 0) {
                re.append("\\[[^\\]]+\\]");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }

    private static SourceLocation at(String display, JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return l == null || l.getLineNr() < 1 ? SourceLocation.of(display)
                : SourceLocation.of(display, l.getLineNr(), Math.max(l.getColumnNr(), 0));
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "'" + t.asString() + "'";
        };
    }

    /** @return the file as given, or empty */
    public String display() {
        return display;
    }

    /** @return the warnings of reading */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The usage of a resource instance: the values of the entries whose address matches, the exact address
     * winning over a {@code [*]} pattern.
     *
     * @param address the instance's address
     * @param used    collects the addresses of the entries that matched
     * @return the values by key
     */
    Map<String, Usage.Value> valuesFor(String address, String type, Map<String, Set<String>> used) {
        Map<String, Usage.Value> out = new LinkedHashMap<>();
        Entry exact = null;
        for (Entry e : entries) {
            if (e.address().equals(address)) {
                exact = e;
            } else if (e.address().contains("[*]") && e.pattern().matcher(address).matches()) {
                out.putAll(e.values());
                used.computeIfAbsent(e.address(), a -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(type);
            }
        }
        if (exact != null) {
            out.putAll(exact.values());
            used.computeIfAbsent(exact.address(), a -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(type);
        }
        return out;
    }

    /**
     * The keys of entries that matched resources and that no cost model of those resources' types reads: a
     * misspelled key would otherwise be silently ignored. Each is a warning at its line naming the key and the
     * closest usage key of the type ("did you mean …"), or the type's keys.
     *
     * @param used       the types each entry's address matched, by the entry's address
     * @param parameters the usage parameters of a resource type (empty for a type no model prices)
     * @param instances  every resource instance of the estimate: its type, by address
     * @param keysRead   the usage keys the cost model read of each instance, by address
     * @return a warning per unknown key, and per usage key of the type that no matched resource's line reads in
     *         this configuration
     */
    List<String> unknownKeys(Map<String, Set<String>> used,
            java.util.function.Function<String, List<dev.alexandria.spi.cost.UsageParameter>> parameters,
            Map<String, String> instances, Map<String, Set<String>> keysRead) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            Set<String> types = used.get(e.address());
            if (types == null || types.isEmpty()) {
                continue; // an entry that matches nothing is warned about as such
            }
            java.util.TreeSet<String> known = new java.util.TreeSet<>();
            types.forEach(t -> parameters.apply(t).forEach(up -> known.add(up.key())));
            java.util.TreeSet<String> typeNames = new java.util.TreeSet<>(types);
            List<String> matched = matches(e, instances);
            Set<String> read = new HashSet<>();
            matched.forEach(a -> read.addAll(keysRead.getOrDefault(a, Set.of())));
            for (Map.Entry<String, SourceLocation> k : e.keyAt().entrySet()) {
                if (known.contains(k.getKey())) {
                    if (!read.contains(k.getKey()) && !matched.isEmpty()) {
                        out.add(k.getValue() + ": " + notRead(e.address(), new java.util.TreeSet<>(Set.of(k.getKey())),
                                matched, instances, keysRead));
                    }
                    continue;
                }
                String of = String.join(", ", typeNames);
                if (known.isEmpty()) {
                    out.add(k.getValue() + ": usage key '" + k.getKey() + "' of " + e.address() + " is ignored: "
                            + of + " reads no usage values");
                    continue;
                }
                Optional<String> near = Suggestions.closest(k.getKey(), known);
                out.add(k.getValue() + ": usage key '" + k.getKey() + "' of " + e.address() + " is not a usage key "
                        + "of " + of + ", so it is ignored; " + near.map(n -> "did you mean '" + n + "'?")
                        .orElse("its keys are: " + String.join(", ", known)));
            }
        }
        return out;
    }

    /**
     * The text values: a usage key of a matched type's model needs a number, so its text is an error (the first,
     * as a {@link CatalogException}); other text values (Infracost's {@code operating_system}, reserved instance
     * terms, or of an entry that matched nothing) are ignored with a warning.
     *
     * @param used       the types each entry's address matched, by the entry's address
     * @param parameters the usage parameters of a resource type
     * @return a warning per ignored text value
     * @throws CatalogException at the first text value of a usage key: "expected a number of GB per month, got
     *                          'lots'"
     */
    List<String> textValues(Map<String, Set<String>> used,
            java.util.function.Function<String, List<dev.alexandria.spi.cost.UsageParameter>> parameters) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, dev.alexandria.spi.cost.UsageParameter> known = new java.util.TreeMap<>();
            used.getOrDefault(e.address(), Set.of()).forEach(t -> parameters.apply(t)
                    .forEach(up -> known.putIfAbsent(up.key(), up)));
            for (Text t : e.texts()) {
                dev.alexandria.spi.cost.UsageParameter up = known.get(t.key());
                if (up != null) {
                    throw new CatalogException(t.at(), "usage value " + t.key() + " of " + e.address()
                            + ": expected a number of " + up.unit() + ", got '" + t.text() + "'; write a number ("
                            + t.key() + ": " + up.assumption().toPlainString() + ")");
                }
                out.add(t.at() + ": " + e.address() + " " + t.key() + " = '" + t.text() + "' is not a number; "
                        + "ignored (Alexandria prices on-demand Linux; text usage values do not apply)");
            }
        }
        return out;
    }

    /**
     * Entries whose values no line read: an entry whose address matches no resource ("check the address"), and an
     * entry whose address matches resources none of whose priced lines reads its keys in this configuration (a
     * usage key of EBS io1 volumes on an instance with a gp2 root volume): that warning names the keys the
     * resources' lines do read.
     *
     * @param used      the addresses whose values a line read
     * @param instances every resource instance of the estimate: its type, by address
     * @param keysRead  the usage keys the cost model read of each instance, by address
     * @return a warning per unused entry
     */
    List<String> unused(Map<String, Set<String>> used, Map<String, String> instances,
            Map<String, Set<String>> keysRead) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (used.containsKey(e.address()) || !seen.add(e.address())) {
                continue;
            }
            List<String> matched = matches(e, instances);
            if (matched.isEmpty()) {
                out.add(e.at() + ": usage of " + e.address() + " matches no resource of the module; check the "
                        + "address (module.<call>.<type>.<name>[<index>])");
                continue;
            }
            java.util.TreeSet<String> keys = new java.util.TreeSet<>(e.keyAt().keySet());
            out.add(e.at() + ": " + notRead(e.address(), keys, matched, instances, keysRead));
        }
        return out;
    }

    /** The instances an entry's address matches (exactly, or as a {@code [*]} pattern), in name order. */
    private static List<String> matches(Entry e, Map<String, String> instances) {
        return instances.keySet().stream().filter(a -> a.equals(e.address())
                || e.address().contains("[*]") && e.pattern().matcher(a).matches()).sorted().toList();
    }

    /** "usage of X: the resource exists (type) but none of its priced lines uses k in this configuration …". */
    private static String notRead(String address, java.util.SortedSet<String> keys, List<String> matched,
            Map<String, String> instances, Map<String, Set<String>> keysRead) {
        java.util.TreeSet<String> types = new java.util.TreeSet<>();
        java.util.TreeSet<String> read = new java.util.TreeSet<>();
        for (String a : matched) {
            types.add(instances.get(a));
            read.addAll(keysRead.getOrDefault(a, Set.of()));
        }
        boolean one = matched.size() == 1;
        return "usage of " + address + ": the resource" + (one ? " exists" : "s exist") + " (" + String.join(", ",
                types) + ") but none of " + (one ? "its" : "their") + " priced lines uses " + String.join(", ", keys)
                + " in this configuration, so " + (keys.size() == 1 ? "it is" : "they are") + " ignored; "
                + (read.isEmpty() ? (one ? "its" : "their") + " lines read no usage values"
                        : (one ? "its" : "their") + " lines use " + String.join(", ", read));
    }

    /** @return true if the file has no entries */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * A value of an entry, for tests.
     *
     * @param address the entry's address as written
     * @param key     the usage key
     * @return the value
     */
    Optional<BigDecimal> value(String address, String key) {
        return entries.stream().filter(e -> e.address().equals(address)).findFirst()
                .map(e -> e.values().get(key)).map(Usage.Value::amount);
    }
}
