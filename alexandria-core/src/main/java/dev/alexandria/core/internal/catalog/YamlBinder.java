package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.alexandria.api.model.Finding;
import dev.alexandria.core.internal.text.Suggestions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Binds a parsed {@link YamlDocument} to a {@link YamlModel} record and validates it, turning every Jackson
 * problem and every constraint violation into a {@link Finding} at the right file:line:column. Collects all
 * problems of a file instead of stopping at the first.
 *
 * <p>Thread-safe.
 */
final class YamlBinder {

    /**
     * The mapper and the validator, made on first use: a library whose files are all valid is bound by
     * {@link RecordBinder} and never starts Hibernate Validator (which costs a few hundred ms the first time).
     */
    private static final class General {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();

        static final ValidatorFactory VALIDATION = validation();

        static final Validator VALIDATOR = VALIDATION.getValidator();

        private General() {
        }
    }

    private YamlBinder() {
    }

    /** The JBoss Logging setting that picks where Hibernate Validator's log goes. */
    static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    /**
     * Builds the validator factory without printing. Hibernate Validator logs through JBoss Logging, which
     * (unless Logback or a JBoss log manager is present) falls back to java.util.logging and prints its
     * version banner, {@code HV000001}, on stderr; a library never prints. Unless the host chose a JBoss Logging
     * provider itself, JBoss Logging is pointed at SLF4J, where the banner is an INFO message like any other,
     * while the factory starts. JBoss Logging reads the setting once, when it starts, so the property is
     * removed again afterwards and the host's system properties are left as they were.
     */
    private static ValidatorFactory validation() {
        boolean set = System.getProperty(JBOSS_LOGGING_PROVIDER) == null;
        if (set) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
        try {
            return Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        } finally {
            if (set) {
                System.clearProperty(JBOSS_LOGGING_PROVIDER);
            }
        }
    }

    /**
     * Binds and validates.
     *
     * @return the bound object, or {@code null} if the document could not be bound at all
     */
    static <T> T bind(YamlDocument doc, Class<T> type, List<Finding> findings) {
        T streamed = doc.bound(type);
        if (streamed != null) {
            return streamed;
        }
        if (!doc.root().isObject()) {
            findings.add(Finding.error("wrong-type", doc.locate(""), "expected a mapping at the top level, found "
                    + kind(doc.root()), "see docs/library-format.md for the expected keys"));
            return null;
        }
        T valid = RecordBinder.bindValid(doc.root(), type);
        return valid != null ? valid : bindGeneral(doc, type, findings);
    }

    /** Binds with Jackson databind and validates with Hibernate Validator, reporting every problem. */
    static <T> T bindGeneral(YamlDocument doc, Class<T> type, List<Finding> findings) {
        if (!doc.root().isObject()) {
            findings.add(Finding.error("wrong-type", doc.locate(""), "expected a mapping at the top level, found "
                    + kind(doc.root()), "see docs/library-format.md for the expected keys"));
            return null;
        }
        Set<String> problemPointers = new HashSet<>();
        Handler handler = new Handler(doc, findings, problemPointers);
        T value;
        try {
            value = General.MAPPER.readerFor(type).withHandler(handler).readValue(General.MAPPER.treeAsTokens(doc.root()));
        } catch (MismatchedInputException e) {
            String pointer = pointer(e.getPath());
            findings.add(Finding.error("wrong-type", doc.locate(pointer), describe(pointer) + ": expected "
                    + expected(e.getTargetType()) + ", found " + kind(doc.node(pointer).orElse(null)),
                    "write " + describe(pointer) + " as " + expected(e.getTargetType())));
            return null;
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
            String pointer = e.getProcessor() != null ? pointer(e.getProcessor()) : "";
            findings.add(Finding.error("wrong-type", doc.locate(pointer), describe(pointer) + ": number "
                    + doc.node(pointer).map(JsonNode::asText).orElse("") + " is out of range",
                    "use a smaller number"));
            return null;
        } catch (IOException | RuntimeException e) {
            findings.add(Finding.error("yaml-binding", doc.locate(""), "cannot be read: " + e.getMessage(),
                    "see docs/library-format.md"));
            return null;
        }
        if (value == null) {
            return null;
        }
        List<Finding> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : General.VALIDATOR.validate(value)) {
            String pointer = pointer(v.getPropertyPath());
            if (problemPointers.stream().anyMatch(p -> pointer.equals(p) || pointer.startsWith(p + "/"))) {
                continue; // already reported as a type problem
            }
            violations.add(violation(doc, pointer, v));
        }
        violations.sort(null);
        findings.addAll(violations);
        return value;
    }

    private static Finding violation(YamlDocument doc, String pointer, ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        String key = describe(pointer);
        boolean present = doc.node(pointer).filter(n -> !n.isNull()).isPresent();
        if (a instanceof NotNull || a instanceof NotBlank) {
            if (!present) {
                String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
                boolean listItem = isIndex(lastSegment(pointer));
                if (listItem) {
                    return Finding.error("required", doc.locate(pointer), key + " is empty",
                            "remove the empty item or fill it in");
                }
                return Finding.error("required", doc.locate(parent), "missing required key '"
                        + lastSegment(pointer) + "'" + (parent.isEmpty() ? "" : " in " + describe(parent)),
                        "add '" + lastSegment(pointer) + ":' here");
            }
            return Finding.error("required", doc.locate(pointer), key + " must not be empty",
                    "give it a value");
        }
        Object invalid = v.getInvalidValue();
        if (a instanceof PositiveOrZero) {
            return Finding.error("invalid-value", doc.locate(pointer), key + " must not be negative, found "
                    + invalid, "use 0 or more");
        }
        if (a instanceof DecimalMin || a instanceof DecimalMax) {
            String min = a instanceof DecimalMin dm ? dm.value() : null;
            String max = a instanceof DecimalMax dx ? dx.value() : null;
            return Finding.error("invalid-value", doc.locate(pointer), key + " must be "
                    + (min != null ? "at least " + min : "at most " + max) + ", found " + invalid,
                    "use a value in range");
        }
        return Finding.error("invalid-value", doc.locate(pointer), key + " '" + invalid + "' " + v.getMessage(),
                "see docs/library-format.md");
    }

    /** A readable name for a pointer: {@code versions[0].version}. */
    static String describe(String pointer) {
        if (pointer.isEmpty()) {
            return "the document";
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : pointer.substring(1).split("/", -1)) {
            String s = seg.replace("~1", "/").replace("~0", "~");
            if (isIndex(s)) {
                sb.append('[').append(s).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        PropertyNamingStrategies.NamingBase snake = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.isInIterable() && node.getKey() != null) {
                sb.append('/').append(YamlFiles.escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                String name = node.getName();
                sb.append('/').append("criticalBugs90d".equals(name) ? "critical_bugs_90d" : snake.translate(name));
            }
        }
        return sb.toString();
    }

    private static String pointer(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var ref : path) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(YamlFiles.escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    /** Where the parser is, as a pointer to the value it is on. */
    static String pointer(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
            c = c.getParent();
        }
        return c.pathAsPointer().toString();
    }

    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isNull() ? "an empty value" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String expected(JavaType type) {
        return type == null ? "another value" : expected(type.getRawClass());
    }

    static String expected(Class<?> raw) {
        if (raw == null) {
            return "another value";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return "a mapping";
        }
        if (raw == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "a boolean (true or false)";
        }
        return "a " + raw.getSimpleName();
    }

    /** Records every Jackson problem as a finding and lets binding go on. */
    private static final class Handler extends DeserializationProblemHandler {

        private final YamlDocument doc;
        private final List<Finding> findings;
        private final Set<String> problemPointers;

        Handler(YamlDocument doc, List<Finding> findings, Set<String> problemPointers) {
            this.doc = doc;
            this.findings = findings;
            this.problemPointers = problemPointers;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            String parent = parentPointer(doc, p, propertyName);
            String pointer = parent + "/" + YamlFiles.escape(propertyName);
            Set<String> known = new TreeSet<>();
            for (Object k : deserializer.getKnownPropertyNames()) {
                known.add(String.valueOf(k));
            }
            String where = parent.isEmpty() ? "" : " in " + describe(parent);
            String keys = String.join(", ", known);
            String fix = Suggestions.closest(propertyName, known)
                    .map(s -> "did you mean '" + s + "'? (the keys here are: " + keys + ")")
                    .orElse("use one of: " + keys);
            findings.add(Finding.error("unknown-key", doc.locate(pointer), "unknown key '" + propertyName + "'"
                    + where, fix));
            problemPointers.add(pointer);
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            String pointer = pointer(p);
            report(pointer, expected(targetType));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsta, JsonParser p, String msg)
                throws IOException {
            report(pointer(p), expected(instClass));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            String pointer = pointer(ctxt.getParser());
            report(pointer, expected(targetType));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            String pointer = pointer(ctxt.getParser());
            report(pointer, expected(targetType));
            return null;
        }

        private void report(String pointer, String expected) {
            if (!problemPointers.add(pointer)) {
                return;
            }
            JsonNode node = doc.node(pointer).orElse(null);
            String found = kind(node);
            if (node != null && node.isValueNode() && !node.isNull()) {
                found += " (" + dev.alexandria.core.internal.text.Echoes.echo(node.asText()) + ")";
            }
            findings.add(Finding.error("wrong-type", doc.locate(pointer), describe(pointer) + ": expected "
                    + expected + ", found " + found, "write " + describe(pointer) + " as " + expected));
        }

        private static String parentPointer(YamlDocument doc, JsonParser p, String propertyName) {
            JsonStreamContext c = p.getParsingContext();
            // The parser may be on the property name or already on its value; find the object that holds it.
            while (c != null && !(c.inObject() && propertyName.equals(c.getCurrentName()))) {
                c = c.getParent();
            }
            String escaped = "/" + YamlFiles.escape(propertyName);
            if (c != null) {
                String full = c.pathAsPointer().toString();
                String parent = full.substring(0, full.lastIndexOf('/'));
                if (doc.node(parent + escaped).isPresent()) {
                    return parent;
                }
            }
            // When Jackson buffered the tokens (the first property of a record is a list or a mapping), the
            // buffer's contexts give paths with empty segments; take the innermost enclosing path that has the key.
            for (JsonStreamContext q = p.getParsingContext(); q != null; q = q.getParent()) {
                String path = q.pathAsPointer().toString();
                while (true) {
                    if (doc.node(path + escaped).isPresent()) {
                        return path;
                    }
                    if (path.isEmpty()) {
                        break;
                    }
                    path = path.substring(0, path.lastIndexOf('/'));
                }
            }
            return "";
        }
    }
}
