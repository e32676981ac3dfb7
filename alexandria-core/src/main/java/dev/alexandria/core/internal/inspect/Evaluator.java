package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Evaluates {@link Expr} nodes the way HCL v2.24's {@code hclsyntax} does inside Terraform v1.15: operators,
 * conditionals, traversals, splats, {@code for} expressions, templates and function calls over
 * {@link HclValue}s, with unknown values propagated as cty v1.18 propagates them. References resolve in an
 * {@link HclScope} the way Terraform resolves them ({@code var.*}, {@code local.*}, {@code count.index},
 * {@code each.*}, {@code path.*}, {@code terraform.workspace}; {@code data.*}, {@code module.*} and resources
 * are unknown); with {@link HclScope#none()} every reference is "Variables not allowed" and every call
 * "Function calls not allowed", as for a variable's default.
 *
 * <p>Problems become diagnostics and the value in their place is what HCL returns (usually unknown); nothing
 * throws. Work is bounded by {@link #MAX_STEPS} and strings by {@link #MAX_STRING}, so no expression can hang
 * or exhaust memory. Not thread-safe: one instance evaluates in one thread.
 */
final class Evaluator {

    /** Nodes evaluated per evaluator before it gives up with a diagnostic. */
    static final int MAX_STEPS = 2_000_000;
    /** The longest string or collection an evaluation may build, in characters or elements. */
    static final int MAX_STRING = 16 * 1024 * 1024;

    /** Where an offset of the expression's buffer is in its file. */
    @FunctionalInterface
    interface Locator {
        SourceLocation at(int offset);
    }

    /** A frame of names bound by a {@code for} expression. */
    private static final class Frame {
        final Frame parent;
        final String keyVar;
        final HclValue key;
        final String valueVar;
        final HclValue value;

        Frame(Frame parent, String keyVar, HclValue key, String valueVar, HclValue value) {
            this.parent = parent;
            this.keyVar = keyVar;
            this.key = key;
            this.valueVar = valueVar;
            this.value = value;
        }
    }

    private final HclScope scope;
    private final boolean refs;
    private final Locator locator;
    final List<Diagnostic> diags;
    private Frame frame;
    private int steps;
    private boolean exhausted;

    Evaluator(HclScope scope, Locator locator, List<Diagnostic> diags) {
        this.scope = scope;
        this.refs = scope.referencesAllowed();
        this.locator = locator;
        this.diags = diags;
    }

    /** A locator for a native syntax buffer whose first character is at line {@code baseLine}, column 1. */
    static Locator locator(char[] src, String file, int baseLine) {
        return locator(src, file, 0, baseLine, 1);
    }

    /**
     * A locator for a native syntax buffer in which offset {@code from} is at {@code fromLine}, {@code fromColumn};
     * it scans only from there, and only when a diagnostic asks for a position.
     */
    static Locator locator(char[] src, String file, int from, int fromLine, int fromColumn) {
        return offset -> {
            if (offset < from) {
                return locator(src, file, 0, 1, 1).at(offset);
            }
            int line = fromLine;
            int lineStart = from - (fromColumn - 1);
            int end = Math.min(Math.max(offset, 0), src.length);
            for (int i = from; i < end; i++) {
                if (src[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return SourceLocation.of(file, line, end - lineStart + 1);
        };
    }

    // ------------------------------------------------------------------ diagnostics

    void error(int offset, String summary, String detail) {
        diags.add(Diagnostic.error(summary, detail, locator.at(offset)));
    }

    void warning(int offset, String summary, String detail) {
        diags.add(Diagnostic.warning(summary, detail, locator.at(offset)));
    }

    boolean errorsSince(int mark) {
        for (int i = mark; i < diags.size(); i++) {
            if (diags.get(i).isError()) {
                return true;
            }
        }
        return false;
    }

    void truncate(int mark) {
        while (diags.size() > mark) {
            diags.remove(diags.size() - 1);
        }
    }

    // ------------------------------------------------------------------ entry

    /** Evaluates an expression; problems are added to the diagnostics. */
    HclValue eval(Expr e) {
        if (++steps > MAX_STEPS) {
            if (!exhausted) {
                exhausted = true;
                error(e.start, "Evaluation too long", "The expression needs more than " + MAX_STEPS + " evaluation "
                        + "steps; its value is left unknown.");
            }
            return HclValue.UNKNOWN;
        }
        if (e instanceof Expr.Literal l) {
            return literal(l.value);
        }
        if (e instanceof Expr.Template t) {
            return template(t);
        }
        if (e instanceof Expr.JsonString j) {
            return jsonString(j);
        }
        if (e instanceof Expr.Variable || e instanceof Expr.GetAttr || e instanceof Expr.Index
                || e instanceof Expr.Splat) {
            return postfix(e);
        }
        if (e instanceof Expr.Binary b) {
            return Operators.binary(this, b);
        }
        if (e instanceof Expr.Unary u) {
            return Operators.unary(this, u);
        }
        if (e instanceof Expr.Parens p) {
            return eval(p.inner);
        }
        if (e instanceof Expr.Conditional c) {
            return conditional(c.condition, () -> eval(c.whenTrue), () -> eval(c.whenFalse), c.start, c.whenTrue.start,
                    c.whenFalse.start);
        }
        if (e instanceof Expr.Tuple t) {
            List<HclValue> vals = new ArrayList<>(t.items.size());
            for (Expr item : t.items) {
                vals.add(eval(item));
            }
            return new HclValue.TupleValue(vals);
        }
        if (e instanceof Expr.ObjectCons o) {
            return object(o);
        }
        if (e instanceof Expr.ForExpr f) {
            return forExpr(f.keyVar, f.valueVar, f.collection, f.keyExpr == null ? null : () -> eval(f.keyExpr),
                    f.keyExpr == null ? 0 : f.keyExpr.start, () -> eval(f.valueExpr), f.condition, f.grouping,
                    f.keyExpr != null, f.start);
        }
        if (e instanceof Expr.Call c) {
            return Functions.call(this, c);
        }
        throw new IllegalStateException("unknown node " + e.getClass());
    }

    static HclValue literal(LiteralValue v) {
        switch (v.kind()) {
            case NUMBER:
                return HclValue.of(((LiteralValue.NumberValue) v).value());
            case BOOL:
                return HclValue.of(((LiteralValue.BoolValue) v).value());
            case STRING:
                return HclValue.of(((LiteralValue.StringValue) v).value());
            case LIST: {
                List<HclValue> items = new ArrayList<>();
                for (LiteralValue x : ((LiteralValue.ListValue) v).elements()) {
                    items.add(literal(x));
                }
                return new HclValue.TupleValue(items);
            }
            case MAP: {
                Map<String, HclValue> attrs = new HashMap<>();
                ((LiteralValue.MapValue) v).entries().forEach((k, x) -> attrs.put(k, literal(x)));
                return new HclValue.ObjectValue(attrs);
            }
            case NULL:
                return HclValue.NULL;
            default:
                return HclValue.UNKNOWN;
        }
    }

    /** The evaluated value back as a {@link LiteralValue}; null when it is not wholly known. */
    static LiteralValue toLiteral(HclValue v) {
        switch (v.kind()) {
            case STRING:
                return new LiteralValue.StringValue(((HclValue.StringValue) v).value());
            case NUMBER:
                return new LiteralValue.NumberValue(((HclValue.NumberValue) v).value());
            case BOOL:
                return new LiteralValue.BoolValue(((HclValue.BoolValue) v).value());
            case NULL:
                return LiteralValue.NullValue.INSTANCE;
            case TUPLE:
            case LIST:
            case SET: {
                List<LiteralValue> items = new ArrayList<>(v.elements().size());
                for (HclValue x : v.elements()) {
                    LiteralValue l = toLiteral(x);
                    if (l == null) {
                        return null;
                    }
                    items.add(l);
                }
                return new LiteralValue.ListValue(items);
            }
            case OBJECT:
            case MAP: {
                Map<String, LiteralValue> entries = new LinkedHashMap<>();
                for (Map.Entry<String, HclValue> x : v.attributes().entrySet()) {
                    LiteralValue l = toLiteral(x.getValue());
                    if (l == null) {
                        return null;
                    }
                    entries.put(x.getKey(), l);
                }
                return new LiteralValue.MapValue(entries);
            }
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ templates

    /**
     * A string of the JSON syntax: verbatim with nothing in scope (HCL's JSON reader evaluated with a nil context,
     * as Terraform evaluates defaults and {@code .tfvars.json} files), else read and evaluated as a template.
     */
    private HclValue jsonString(Expr.JsonString j) {
        if (!refs) {
            return HclValue.of(j.value);
        }
        Expr.Template t = j.template(diags);
        return t == null ? HclValue.UNKNOWN : template(t);
    }

    private HclValue template(Expr.Template t) {
        List<Object> parts = t.parts;
        if (parts.isEmpty()) {
            return HclValue.of("");
        }
        if (parts.size() == 1) {
            Object only = parts.get(0);
            if (only instanceof String s) {
                return HclValue.of(s);
            }
            if (only instanceof Expr x) {
                // a template that is one interpolation passes its value through unconverted
                return eval(x);
            }
        }
        return templateParts(parts, t.start);
    }

    private HclValue templateParts(List<Object> parts, int at) {
        if (parts.isEmpty()) {
            return HclValue.of("");
        }
        int mark = diags.size();
        StringBuilder sb = new StringBuilder();
        boolean known = true;
        for (Object part : parts) {
            HclValue v;
            int partAt = at;
            if (part instanceof String s) {
                v = HclValue.of(s);
            } else if (part instanceof Expr x) {
                partAt = x.start;
                v = eval(x);
            } else if (part instanceof Expr.If i) {
                partAt = i.condition.start;
                v = conditional(i.condition, () -> templateParts(i.whenTrue, i.condition.start),
                        () -> templateParts(i.whenFalse, i.condition.start), i.condition.start, i.condition.start,
                        i.condition.start);
            } else {
                Expr.For f = (Expr.For) part;
                partAt = f.collection.start;
                v = templateJoin(forExpr(f.keyVar, f.valueVar, f.collection, null, 0,
                        () -> templateParts(f.body, f.collection.start), null, false, false, f.collection.start),
                        f.collection.start);
            }
            if (v.isNull()) {
                error(partAt, "Invalid template interpolation value", "The expression result is null. Cannot include "
                        + "a null value in a string template.");
                continue;
            }
            if (!v.isKnown()) {
                known = false;
                continue;
            }
            HclValue str;
            try {
                str = Convert.convert(v, Types.STRING);
            } catch (Convert.Failure f) {
                error(partAt, "Invalid template interpolation value", "Cannot include the given value in a string "
                        + "template: " + f.getMessage() + ".");
                continue;
            }
            if (known && !errorsSince(mark)) {
                sb.append(((HclValue.StringValue) str).value());
                if (sb.length() > MAX_STRING) {
                    error(at, "Value too large", "The string is longer than " + MAX_STRING + " characters.");
                    return Values.unknownNotNull(Types.STRING);
                }
            }
        }
        if (!known) {
            String prefix = errorsSince(mark) ? "" : Graphemes.prefix(sb.toString(), 128);
            return Values.refined(Types.STRING, true, prefix, Optional.empty(), Optional.empty(), 0, Long.MAX_VALUE);
        }
        return HclValue.of(sb.toString());
    }

    /** HCL's {@code TemplateJoinExpr}: the tuple of a template {@code for} directive, joined. */
    private HclValue templateJoin(HclValue tuple, int at) {
        if (Types.isDynamic(tuple.type()) || !tuple.isKnown()) {
            return Values.unknown(Types.STRING);
        }
        StringBuilder sb = new StringBuilder();
        for (HclValue v : tuple.elements()) {
            if (v.isNull()) {
                error(at, "Invalid template interpolation value", "An iteration result is null. Cannot include a null "
                        + "value in a string template.");
                continue;
            }
            if (Types.isDynamic(v.type())) {
                return Values.unknown(Types.STRING);
            }
            HclValue str;
            try {
                str = Convert.convert(v, Types.STRING);
            } catch (Convert.Failure f) {
                error(at, "Invalid template interpolation value", "Cannot include one of the interpolation results "
                        + "into the string template: " + f.getMessage() + ".");
                continue;
            }
            if (!v.isKnown()) {
                return Values.unknown(Types.STRING);
            }
            sb.append(((HclValue.StringValue) str).value());
            if (sb.length() > MAX_STRING) {
                error(at, "Value too large", "The string is longer than " + MAX_STRING + " characters.");
                return Values.unknownNotNull(Types.STRING);
            }
        }
        return HclValue.of(sb.toString());
    }

    // ------------------------------------------------------------------ conditionals

    /** A lazily evaluated operand. */
    @FunctionalInterface
    interface Thunk {
        HclValue get();
    }

    /** HCL's {@code ConditionalExpr}: both results are evaluated (for their types), one is kept. */
    HclValue conditional(Expr condition, Thunk whenTrue, Thunk whenFalse, int at, int trueAt, int falseAt) {
        int m0 = diags.size();
        HclValue t = whenTrue.get();
        int m1 = diags.size();
        HclValue f = whenFalse.get();
        int m2 = diags.size();
        List<Diagnostic> trueDiags = new ArrayList<>(diags.subList(m0, m1));
        List<Diagnostic> falseDiags = new ArrayList<>(diags.subList(m1, m2));
        truncate(m0);

        TypeConstraint resultType = Types.DYNAMIC;
        Convert.Conv convTrue = null;
        Convert.Conv convFalse = null;
        boolean nullTrue = t.equals(HclValue.NULL);
        boolean nullFalse = f.equals(HclValue.NULL);
        if (nullTrue) {
            resultType = f.type();
            convTrue = Convert.conversion(Types.DYNAMIC, resultType, true);
        } else if (nullFalse) {
            resultType = t.type();
            convFalse = Convert.conversion(Types.DYNAMIC, resultType, true);
        } else if (!Types.isDynamic(t.type()) && !Types.isDynamic(f.type())) {
            Convert.Unified u = Convert.unify(List.of(t.type(), f.type()), true);
            if (u == null) {
                error(trueAt, "Inconsistent conditional result types", "The true and false result expressions must "
                        + "have consistent types. " + Messages.conditionalMismatch(t.type(), f.type()) + ".");
                return HclValue.UNKNOWN;
            }
            resultType = u.type();
            convTrue = u.conversions().get(0);
            convFalse = u.conversions().get(1);
        }
        HclValue c = eval(condition);
        if (c.isNull()) {
            error(condition.start, "Null condition", "The condition value is null. Conditions must either be true or "
                    + "false.");
            return Values.unknown(resultType);
        }
        if (!c.isKnown()) {
            if (t.isNull() && f.isNull()) {
                return HclValue.nullOf(resultType);
            }
            boolean notNull = Values.definitelyNotNull(t) && Values.definitelyNotNull(f);
            if (t.type().equals(Types.NUMBER) && f.type().equals(Types.NUMBER)) {
                Optional<HclValue.Bound> lo = widerLower(Values.lowerBound(t), Values.lowerBound(f));
                Optional<HclValue.Bound> hi = widerUpper(Values.upperBound(t), Values.upperBound(f));
                return Values.refined(Types.NUMBER, notNull, "", lo, hi, 0, Long.MAX_VALUE);
            }
            if (Types.isCollection(t.type()) && Types.isCollection(f.type()) && t.type().equals(f.type())) {
                return Values.refined(resultType, notNull, "", Optional.empty(), Optional.empty(),
                        Math.min(Values.minLength(t), Values.minLength(f)),
                        Math.max(Values.maxLength(t), Values.maxLength(f)));
            }
            return notNull ? Values.unknownNotNull(resultType) : Values.unknown(resultType);
        }
        HclValue b;
        try {
            b = Convert.convert(c, Types.BOOL);
        } catch (Convert.Failure e) {
            error(condition.start, "Incorrect condition type", "The condition expression must be of type bool.");
            return Values.unknown(resultType);
        }
        boolean yes = Values.isTrue(b);
        diags.addAll(yes ? trueDiags : falseDiags);
        HclValue chosen = yes ? t : f;
        Convert.Conv conv = yes ? convTrue : convFalse;
        if (conv != null) {
            try {
                chosen = conv.apply(chosen, "");
            } catch (Convert.Failure e) {
                error(yes ? trueAt : falseAt, "Inconsistent conditional result types", "The " + (yes ? "true" : "false")
                        + " result value has the wrong type: " + e.getMessage() + ".");
                chosen = Values.unknown(resultType);
            }
        }
        return chosen;
    }

    private static Optional<HclValue.Bound> widerLower(Optional<HclValue.Bound> a, Optional<HclValue.Bound> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        int c = a.get().value().compareTo(b.get().value());
        if (c == 0) {
            return Optional.of(new HclValue.Bound(a.get().value(), a.get().inclusive() || b.get().inclusive()));
        }
        return c < 0 ? a : b;
    }

    private static Optional<HclValue.Bound> widerUpper(Optional<HclValue.Bound> a, Optional<HclValue.Bound> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        int c = a.get().value().compareTo(b.get().value());
        if (c == 0) {
            return Optional.of(new HclValue.Bound(a.get().value(), a.get().inclusive() || b.get().inclusive()));
        }
        return c > 0 ? a : b;
    }

    // ------------------------------------------------------------------ objects and for expressions

    private HclValue object(Expr.ObjectCons o) {
        Map<String, HclValue> vals = new HashMap<>();
        boolean known = true;
        for (int i = 0; i < o.keys.size(); i++) {
            Expr keyExpr = o.keys.get(i);
            int mark = diags.size();
            HclValue key = objectKey(keyExpr);
            boolean keyErrors = errorsSince(mark);
            HclValue val = eval(o.values.get(i));
            if (keyErrors) {
                known = false;
                continue;
            }
            if (key.isNull()) {
                error(o.values.get(i).start, "Null value as key", "Can't use a null value as a key.");
                known = false;
                continue;
            }
            try {
                key = Convert.convert(key, Types.STRING);
            } catch (Convert.Failure f) {
                error(keyExpr.start, "Incorrect key type", "Can't use this value as a key: " + f.getMessage() + ".");
                known = false;
                continue;
            }
            if (!key.isKnown()) {
                known = false;
                continue;
            }
            vals.put(((HclValue.StringValue) key).value(), val);
        }
        return known ? new HclValue.ObjectValue(vals) : HclValue.UNKNOWN;
    }

    /** HCL's {@code ObjectConsKeyExpr}: a bare name is the key itself; a dotted name is ambiguous. */
    private HclValue objectKey(Expr key) {
        String name = Literals.keyName(key);
        if (name != null) {
            return HclValue.of(name);
        }
        if (key instanceof Expr.GetAttr g && isTraversal(g)) {
            error(key.start, "Ambiguous attribute key", "If this expression is intended to be a reference, wrap it in "
                    + "parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to "
                    + "create a string literal.");
            return HclValue.UNKNOWN;
        }
        return eval(key);
    }

    private static boolean isTraversal(Expr e) {
        while (e instanceof Expr.GetAttr g) {
            e = g.object;
        }
        return e instanceof Expr.Variable;
    }

    /** HCL's {@code ForExpr}; {@code keyThunk} is null for a tuple result. */
    HclValue forExpr(String keyVar, String valueVar, Expr collExpr, Thunk keyThunk, int keyAt, Thunk valueThunk,
            Expr condExpr, boolean group, boolean isObject, int at) {
        HclValue coll = eval(collExpr);
        if (coll.isNull()) {
            error(collExpr.start, "Iteration over null value", "A null value cannot be used as the collection in a "
                    + "'for' expression.");
            return HclValue.UNKNOWN;
        }
        if (Types.isDynamic(coll.type())) {
            return HclValue.UNKNOWN;
        }
        if (Types.isPrimitive(coll.type())) {
            error(collExpr.start, "Iteration over non-iterable value", "A value of type " + Types.friendly(coll.type())
                    + " cannot be used as the collection in a 'for' expression.");
            return HclValue.UNKNOWN;
        }
        if (condExpr != null) {
            // an early check of the condition's type, with unknown iteration values
            Frame saved = frame;
            frame = new Frame(frame, keyVar, HclValue.UNKNOWN, valueVar, HclValue.UNKNOWN);
            int mark = diags.size();
            HclValue r = eval(condExpr);
            frame = saved;
            if (r.isNull()) {
                error(condExpr.start, "Condition is null", "The value of the 'if' clause must not be null.");
                return HclValue.UNKNOWN;
            }
            try {
                Convert.convert(r, Types.BOOL);
            } catch (Convert.Failure f) {
                error(condExpr.start, "Invalid 'for' condition", "The 'if' clause value is invalid: " + f.getMessage()
                        + ".");
                return HclValue.UNKNOWN;
            }
            if (errorsSince(mark)) {
                return HclValue.UNKNOWN;
            }
        }
        if (!coll.isKnown() || Values.hasUnknownLength(coll)) {
            // over a set whose elements may merge, neither the number of results nor which exist is known
            return HclValue.UNKNOWN;
        }
        List<HclValue[]> entries = elements(coll);
        Frame saved = frame;
        try {
            boolean known = true;
            if (isObject) {
                Map<String, HclValue> vals = new HashMap<>();
                Map<String, List<HclValue>> groups = group ? new LinkedHashMap<>() : null;
                for (HclValue[] kv : entries) {
                    frame = new Frame(saved, keyVar, kv[0], valueVar, kv[1]);
                    if (condExpr != null && !include(condExpr, known)) {
                        if (lastIncludeUnknown) {
                            known = false;
                        }
                        continue;
                    }
                    HclValue keyRaw = keyThunk.get();
                    if (keyRaw.isNull()) {
                        if (known) {
                            error(keyAt, "Invalid object key", "Key expression in 'for' expression must not produce a "
                                    + "null value.");
                        }
                        known = false;
                        continue;
                    }
                    if (!keyRaw.isKnown()) {
                        known = false;
                        continue;
                    }
                    HclValue key;
                    try {
                        key = Convert.convert(keyRaw, Types.STRING);
                    } catch (Convert.Failure f) {
                        if (known) {
                            error(keyAt, "Invalid object key", "The key expression produced an invalid result: "
                                    + f.getMessage() + ".");
                        }
                        known = false;
                        continue;
                    }
                    String k = ((HclValue.StringValue) key).value();
                    HclValue v = valueThunk.get();
                    if (group) {
                        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                    } else if (vals.containsKey(k)) {
                        error(keyAt, "Duplicate object key", "Two different items produced the key " + Convert.quote(k)
                                + " in this 'for' expression. If duplicates are expected, use the ellipsis (...) after "
                                + "the value expression to enable grouping by key.");
                    } else {
                        vals.put(k, v);
                    }
                }
                if (!known) {
                    return HclValue.UNKNOWN;
                }
                if (group) {
                    groups.forEach((k, list) -> vals.put(k, new HclValue.TupleValue(list)));
                }
                return new HclValue.ObjectValue(vals);
            }
            List<HclValue> vals = new ArrayList<>(entries.size());
            for (HclValue[] kv : entries) {
                frame = new Frame(saved, keyVar, kv[0], valueVar, kv[1]);
                if (condExpr != null && !include(condExpr, known)) {
                    if (lastIncludeUnknown) {
                        known = false;
                    }
                    continue;
                }
                vals.add(valueThunk.get());
            }
            return known ? new HclValue.TupleValue(vals) : HclValue.UNKNOWN;
        } finally {
            frame = saved;
        }
    }

    private boolean lastIncludeUnknown;

    /** Evaluates a for expression's condition for one element; false to skip it (or when it is not usable). */
    private boolean include(Expr condExpr, boolean reportErrors) {
        lastIncludeUnknown = false;
        HclValue r = eval(condExpr);
        if (r.isNull()) {
            if (reportErrors) {
                error(condExpr.start, "Invalid 'for' condition", "The value of the 'if' clause must not be null.");
            }
            lastIncludeUnknown = true;
            return false;
        }
        if (!r.isKnown()) {
            lastIncludeUnknown = true;
            return false;
        }
        HclValue b;
        try {
            b = Convert.convert(r, Types.BOOL);
        } catch (Convert.Failure f) {
            if (reportErrors) {
                error(condExpr.start, "Invalid 'for' condition", "The 'if' clause value is invalid: " + f.getMessage()
                        + ".");
            }
            lastIncludeUnknown = true;
            return false;
        }
        return Values.isTrue(b);
    }

    /** The (key, value) pairs of a known collection, in cty's iteration order. */
    static List<HclValue[]> elements(HclValue coll) {
        List<HclValue[]> out = new ArrayList<>();
        switch (coll.kind()) {
            case TUPLE:
            case LIST: {
                List<HclValue> els = coll.elements();
                for (int i = 0; i < els.size(); i++) {
                    out.add(new HclValue[] {HclValue.of(i), els.get(i)});
                }
                break;
            }
            case SET:
                for (HclValue e : coll.elements()) {
                    out.add(new HclValue[] {e, e});
                }
                break;
            case OBJECT:
            case MAP:
                coll.attributes().forEach((k, v) -> out.add(new HclValue[] {HclValue.of(k), v}));
                break;
            default:
                break;
        }
        return out;
    }

    // ------------------------------------------------------------------ traversals and splats

    /** One step after a traversal's base: an attribute, an index, a legacy index or a splat. */
    private HclValue postfix(Expr e) {
        List<Expr> chain = new ArrayList<>(4);
        Expr base = e;
        while (base instanceof Expr.GetAttr || base instanceof Expr.Index || base instanceof Expr.Splat) {
            chain.add(base);
            base = base instanceof Expr.GetAttr g ? g.object : base instanceof Expr.Index i ? i.collection
                    : ((Expr.Splat) base).source;
        }
        java.util.Collections.reverse(chain);
        int from = 0;
        HclValue v;
        if (base instanceof Expr.Variable var) {
            int mark = diags.size();
            Resolved r = resolve(var, chain);
            if (errorsSince(mark)) {
                return HclValue.UNKNOWN;
            }
            v = r.value;
            from = r.consumed;
        } else {
            v = eval(base);
        }
        return applySteps(v, chain, from, chain.size());
    }

    private HclValue applySteps(HclValue v, List<Expr> chain, int from, int to) {
        for (int i = from; i < to; i++) {
            Expr step = chain.get(i);
            if (step instanceof Expr.Splat sp) {
                int end = i + 1;
                if (sp.full) {
                    end = to;
                } else {
                    while (end < to && chain.get(end) instanceof Expr.GetAttr) {
                        end++;
                    }
                }
                v = splat(v, chain, i + 1, end, sp);
                i = end - 1;
                continue;
            }
            int mark = diags.size();
            v = step(v, step);
            if (errorsSince(mark)) {
                return HclValue.UNKNOWN;
            }
        }
        return v;
    }

    private HclValue step(HclValue v, Expr step) {
        if (step instanceof Expr.GetAttr g) {
            if (g.legacyIndex) {
                return Operators.index(this, v, HclValue.of(new BigDecimal(g.name)), g.end);
            }
            return Operators.getAttr(this, v, g.name, g.end);
        }
        Expr.Index ix = (Expr.Index) step;
        HclValue key = eval(ix.key);
        return Operators.index(this, v, key, ix.key.start);
    }

    /** HCL's {@code SplatExpr}: the steps {@code [from, to)} are applied to each element. */
    private HclValue splat(HclValue source, List<Expr> chain, int from, int to, Expr.Splat sp) {
        TypeConstraint st = source.type();
        boolean autoUpgrade = !(Types.isTuple(st) || Types.isList(st) || Types.isSet(st));
        if (source.isNull()) {
            if (autoUpgrade) {
                return HclValue.EMPTY_TUPLE;
            }
            error(sp.start, "Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null "
                    + "sequences.");
            return HclValue.UNKNOWN;
        }
        if (Types.isDynamic(st)) {
            return HclValue.UNKNOWN;
        }
        boolean upgradedUnknown = false;
        if (autoUpgrade) {
            if (!source.isKnown() && !Values.definitelyNotNull(source)) {
                upgradedUnknown = true;
            }
            source = new HclValue.TupleValue(List.of(source));
            st = source.type();
        }
        if (Values.hasUnknownLength(source)) {
            return Values.refineNotNull(Values.unknown(splatResultType(st, chain, from, to)));
        }
        if (!source.isKnown()) {
            TypeConstraint ty = splatResultType(st, chain, from, to);
            HclValue ret = Values.unknown(ty);
            if (!Types.isDynamic(ty)) {
                ret = Values.refineNotNull(ret);
            }
            if (Types.isList(ty) && Types.isCollection(source.type())) {
                ret = Values.refined(ty, true, "", Optional.empty(), Optional.empty(), Values.minLength(source),
                        Values.maxLength(source));
            }
            return ret;
        }
        List<HclValue> vals = new ArrayList<>(source.elements().size());
        boolean known = true;
        for (HclValue item : source.elements()) {
            int mark = diags.size();
            HclValue v = applySteps(item, chain, from, to);
            if (errorsSince(mark)) {
                known = false;
            }
            vals.add(v);
        }
        if (upgradedUnknown) {
            return HclValue.UNKNOWN;
        }
        if (!known) {
            int mark = diags.size();
            TypeConstraint ty = splatResultType(st, chain, from, to);
            truncate(mark);
            return Values.unknown(ty);
        }
        if (Types.isList(st) || Types.isSet(st)) {
            if (vals.isEmpty()) {
                int mark = diags.size();
                TypeConstraint ty = splatResultType(st, chain, from, to);
                truncate(mark);
                return HclValue.listOf(Types.elem(ty), List.of());
            }
            TypeConstraint first = vals.get(0).type();
            for (HclValue v : vals) {
                if (!v.type().equals(first)) {
                    error(sp.start, "Invalid nested splat expressions", "The second level of splat expression produced "
                            + "elements of different types, so it isn't possible to construct a valid list to represent "
                            + "the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed "
                            + "result which can therefore have non-homogenously-typed elements.");
                    return HclValue.UNKNOWN;
                }
            }
            return HclValue.listOf(first, vals);
        }
        return new HclValue.TupleValue(vals);
    }

    /** The type a splat would have, found by applying its steps to unknown elements. */
    private TypeConstraint splatResultType(TypeConstraint st, List<Expr> chain, int from, int to) {
        if (Types.isList(st) || Types.isSet(st)) {
            return Types.list(applySteps(Values.unknown(Types.elem(st)), chain, from, to).type());
        }
        if (Types.isTuple(st)) {
            List<TypeConstraint> tys = new ArrayList<>();
            for (TypeConstraint e : Types.tupleElems(st)) {
                tys.add(applySteps(Values.unknown(e), chain, from, to).type());
            }
            return Types.tuple(tys);
        }
        return Types.DYNAMIC;
    }

    // ------------------------------------------------------------------ references

    /** A resolved reference: its value and how many steps of the chain it used. */
    private record Resolved(HclValue value, int consumed) {
    }

    private static String attrStep(List<Expr> chain, int i) {
        return i < chain.size() && chain.get(i) instanceof Expr.GetAttr g && !g.legacyIndex ? g.name : null;
    }

    private Resolved resolve(Expr.Variable var, List<Expr> chain) {
        String name = var.name;
        for (Frame f = frame; f != null; f = f.parent) {
            if (name.equals(f.valueVar)) {
                return new Resolved(f.value, 0);
            }
            if (name.equals(f.keyVar)) {
                return new Resolved(f.key, 0);
            }
        }
        if (!refs) {
            if (frame != null) {
                error(var.start, "Unknown variable", "There is no variable named " + Convert.quote(name) + ".");
            } else {
                error(var.start, "Variables not allowed", "Variables may not be used here.");
            }
            return new Resolved(HclValue.UNKNOWN, 0);
        }
        String first = attrStep(chain, 0);
        switch (name) {
            case "var":
            case "local": {
                if (first == null) {
                    invalidReference(var.start, name);
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                Map<String, HclValue> values = name.equals("var") ? scope.variables() : scope.locals();
                HclValue v = values.get(first);
                if (v == null) {
                    String suggestion = Messages.suggestion(first, values.keySet());
                    if (name.equals("var")) {
                        error(var.start, "Reference to undeclared input variable", "An input variable with the name "
                                + Convert.quote(first) + " has not been declared." + (suggestion.isEmpty()
                                        ? " This variable can be declared with a variable " + Convert.quote(first)
                                                + " {} block." : suggestion));
                    } else {
                        error(var.start, "Reference to undeclared local value", "A local value with the name "
                                + Convert.quote(first) + " has not been declared." + suggestion);
                    }
                    return new Resolved(HclValue.UNKNOWN, 1);
                }
                return new Resolved(v, 1);
            }
            case "count": {
                if (first == null) {
                    invalidReference(var.start, name);
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                if (!first.equals("index")) {
                    error(var.start, "Invalid \"count\" attribute", "The \"count\" object does not have an attribute "
                            + "named " + Convert.quote(first) + ". The only supported attribute is count.index, which is "
                            + "the index of each instance of a resource block that has the \"count\" argument set.");
                    return new Resolved(HclValue.UNKNOWN, 1);
                }
                Optional<HclValue> index = scope.countIndex();
                if (index.isEmpty()) {
                    error(var.start, "Reference to \"count\" in non-counted context", "The \"count\" object can only be "
                            + "used in \"module\", \"resource\", and \"data\" blocks, and only when the \"count\" argument "
                            + "is set.");
                    return new Resolved(HclValue.UNKNOWN, 1);
                }
                return new Resolved(index.get(), 1);
            }
            case "each": {
                if (first == null) {
                    invalidReference(var.start, name);
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                if (!first.equals("key") && !first.equals("value")) {
                    error(var.start, "Invalid \"each\" attribute", "The \"each\" object does not have an attribute "
                            + "named " + Convert.quote(first) + ". The supported attributes are each.key and each.value, "
                            + "the current key and value pair of the \"for_each\" attribute set.");
                    return new Resolved(HclValue.UNKNOWN, 1);
                }
                Optional<HclValue> v = first.equals("key") ? scope.eachKey() : scope.eachValue();
                if (v.isEmpty()) {
                    error(var.start, "Reference to \"each\" in context without for_each", "The \"each\" object can be "
                            + "used only in \"module\" or \"resource\" blocks, and only when the \"for_each\" argument "
                            + "is set.");
                    return new Resolved(HclValue.UNKNOWN, 1);
                }
                return new Resolved(v.get(), 1);
            }
            case "path": {
                if (first == null) {
                    invalidReference(var.start, name);
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                switch (first) {
                    case "module":
                        return new Resolved(HclValue.of(scope.pathModule()), 1);
                    case "root":
                        return new Resolved(HclValue.of(scope.pathRoot()), 1);
                    case "cwd":
                        return new Resolved(HclValue.of(scope.pathCwd()), 1);
                    default:
                        error(var.start, "Invalid \"path\" attribute", "The \"path\" object does not have an attribute "
                                + "named " + Convert.quote(first) + ". The supported attributes are path.cwd, "
                                + "path.module, and path.root.");
                        return new Resolved(HclValue.UNKNOWN, 1);
                }
            }
            case "terraform": {
                if (first == null) {
                    invalidReference(var.start, name);
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                if (first.equals("workspace")) {
                    return new Resolved(HclValue.of(scope.workspace()), 1);
                }
                if (first.equals("applying")) {
                    return new Resolved(HclValue.FALSE, 1);
                }
                error(var.start, "Invalid \"terraform\" attribute", "The \"terraform\" object does not have an attribute "
                        + "named " + Convert.quote(first) + ". The only supported attribute is terraform.workspace, the "
                        + "name of the currently-selected workspace.");
                return new Resolved(HclValue.UNKNOWN, 1);
            }
            case "data":
            case "ephemeral":
            case "resource":
            case "list": {
                if (first == null || attrStep(chain, 1) == null) {
                    error(var.start, "Invalid reference", "The " + Convert.quote(name) + " object must be followed by "
                            + "two attribute names: the " + (name.equals("data") ? "data source" : name.equals("resource")
                                    ? "resource" : name + " resource") + " type and the resource name.");
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                return new Resolved(HclValue.UNKNOWN, 2);
            }
            case "module":
                if (first == null) {
                    invalidReference(var.start, name);
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                return new Resolved(HclValue.UNKNOWN, 1);
            case "self":
                return new Resolved(HclValue.UNKNOWN, 0);
            default:
                if (first == null) {
                    error(var.start, "Invalid reference", "A reference to a resource type must be followed by at least "
                            + "one attribute access, specifying the resource name.");
                    return new Resolved(HclValue.UNKNOWN, 0);
                }
                // a resource's attributes are only known after apply
                return new Resolved(HclValue.UNKNOWN, 1);
        }
    }

    private void invalidReference(int at, String root) {
        error(at, "Invalid reference", "The " + Convert.quote(root) + " object cannot be accessed directly. Instead, "
                + "access one of its attributes.");
    }

    /** Whether function calls are allowed (not in the empty scope of constants). */
    boolean functionsAllowed() {
        return refs;
    }

    /** Runs {@code body} and reports whether it added errors, removing every diagnostic it added. */
    HclValue quietly(Expr e, boolean[] failed, List<Diagnostic> captured) {
        int mark = diags.size();
        HclValue v = eval(e);
        failed[0] = errorsSince(mark);
        captured.addAll(diags.subList(mark, diags.size()));
        truncate(mark);
        return v;
    }

    static BigInteger wholeNumber(BigDecimal d) {
        try {
            return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Map<String, HclValue> sortedMap() {
        return new TreeMap<>(Types::compareKeys);
    }
}
