package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.impl.Constraint.between;

import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Laws of the evaluator, over generated expressions of numbers, strings, bools and lists with operators,
 * conditionals, templates, indexes, for expressions and functions: evaluation is deterministic; replacing a
 * sub-expression by the literal of its value (constant folding) does not change the result; and an unknown input
 * never yields a known result that a known input would contradict (unknown in, unknown out - never a guess).
 * The seed is fixed when {@code CI} is set.
 */
class EvaluatorPropertiesTest {

    private static final TypeConstraint LIST_OF_STRING = new TypeConstraint.Collection(
            TypeConstraint.Collection.Kind.LIST, TypeConstraint.STRING);

    /** A generated expression: a text with numbered holes and the sub-expressions that fill them. */
    record Node(String template, List<Node> kids, char type) {
        String text() {
            return fill(kids.stream().map(Node::text).toList());
        }

        String fill(List<String> texts) {
            String t = template;
            for (int i = 0; i < texts.size(); i++) {
                t = t.replace("\u0001" + i + "\u0002", texts.get(i));
            }
            return t;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private static QuickTheory qt() {
        QuickTheory q = QuickTheory.qt().withExamples(400);
        return System.getenv("CI") != null ? q.withFixedSeed(20_261_130L) : q;
    }

    private static String hole(int i) {
        return "\u0001" + i + "\u0002";
    }

    private static Node node(String template, char type, Node... kids) {
        return new Node(template, List.of(kids), type);
    }

    private static int pick(RandomnessSource in, int n) {
        return (int) in.next(between(0, n - 1));
    }

    private static final String[] WORDS = {"a", "web", "é", "x y", "$", "%", "a\\\"b", "1", "", "Ab,c"};

    static Node expr(RandomnessSource in, char type, int depth) {
        if (depth <= 0 || pick(in, 3) == 0) {
            return leaf(in, type);
        }
        int d = depth - 1;
        switch (type) {
            case 'n':
                switch (pick(in, 8)) {
                    case 0:
                        return node("(" + hole(0) + " + " + hole(1) + ")", 'n', expr(in, 'n', d), expr(in, 'n', d));
                    case 1:
                        return node("(" + hole(0) + " - " + hole(1) + ")", 'n', expr(in, 'n', d), expr(in, 'n', d));
                    case 2:
                        return node("(" + hole(0) + " * " + hole(1) + ")", 'n', expr(in, 'n', d), expr(in, 'n', d));
                    case 3:
                        return node("length(" + hole(0) + ")", 'n', expr(in, 'l', d));
                    case 4:
                        return node("max(" + hole(0) + ", " + hole(1) + ")", 'n', expr(in, 'n', d), expr(in, 'n', d));
                    case 5:
                        return node("(" + hole(0) + " ? " + hole(1) + " : " + hole(2) + ")", 'n', expr(in, 'b', d),
                                expr(in, 'n', d), expr(in, 'n', d));
                    case 6:
                        return node("[" + hole(0) + ", " + hole(1) + "][" + pick(in, 2) + "]", 'n', expr(in, 'n', d),
                                expr(in, 'n', d));
                    default:
                        return node("length(" + hole(0) + ")", 'n', expr(in, 's', d));
                }
            case 's':
                switch (pick(in, 8)) {
                    case 0:
                        return node("\"${" + hole(0) + "}-${" + hole(1) + "}\"", 's', expr(in, 's', d), expr(in, 'n', d));
                    case 1:
                        return node("upper(" + hole(0) + ")", 's', expr(in, 's', d));
                    case 2:
                        return node("format(\"%s-%d\", " + hole(0) + ", " + hole(1) + ")", 's', expr(in, 's', d),
                                expr(in, 'n', d));
                    case 3:
                        return node("join(\",\", " + hole(0) + ")", 's', expr(in, 'l', d));
                    case 4:
                        return node("(" + hole(0) + " ? " + hole(1) + " : " + hole(2) + ")", 's', expr(in, 'b', d),
                                expr(in, 's', d), expr(in, 's', d));
                    case 5:
                        return node("replace(" + hole(0) + ", \"a\", \"b\")", 's', expr(in, 's', d));
                    case 6:
                        return node("\"%{ if " + hole(0) + " }y%{ else }n%{ endif }\"", 's', expr(in, 'b', d));
                    default:
                        return node("lower(" + hole(0) + ")", 's', expr(in, 's', d));
                }
            case 'b':
                switch (pick(in, 7)) {
                    case 0:
                        return node("(" + hole(0) + " < " + hole(1) + ")", 'b', expr(in, 'n', d), expr(in, 'n', d));
                    case 1:
                        return node("(" + hole(0) + " == " + hole(1) + ")", 'b', expr(in, 's', d), expr(in, 's', d));
                    case 2:
                        return node("(" + hole(0) + " && " + hole(1) + ")", 'b', expr(in, 'b', d), expr(in, 'b', d));
                    case 3:
                        return node("(" + hole(0) + " || " + hole(1) + ")", 'b', expr(in, 'b', d), expr(in, 'b', d));
                    case 4:
                        return node("!" + hole(0), 'b', expr(in, 'b', d));
                    case 5:
                        return node("contains(" + hole(0) + ", " + hole(1) + ")", 'b', expr(in, 'l', d),
                                expr(in, 's', d));
                    default:
                        return node("(" + hole(0) + " != null)", 'b', expr(in, 's', d));
                }
            default:
                switch (pick(in, 6)) {
                    case 0:
                        return node("[" + hole(0) + ", " + hole(1) + "]", 'l', expr(in, 's', d), expr(in, 's', d));
                    case 1:
                        return node("concat(" + hole(0) + ", " + hole(1) + ")", 'l', expr(in, 'l', d), expr(in, 'l', d));
                    case 2:
                        return node("[for v in " + hole(0) + " : upper(v)]", 'l', expr(in, 'l', d));
                    case 3:
                        return node("split(\",\", " + hole(0) + ")", 'l', expr(in, 's', d));
                    case 4:
                        return node("distinct(" + hole(0) + ")", 'l', expr(in, 'l', d));
                    default:
                        return node("[for v in " + hole(0) + " : v if v != \"a\"]", 'l', expr(in, 'l', d));
                }
        }
    }

    private static Node leaf(RandomnessSource in, char type) {
        switch (type) {
            case 'n':
                return pick(in, 4) == 0 ? node("var.x", 'n') : node(String.valueOf(pick(in, 25) - 5), 'n');
            case 's':
                return pick(in, 4) == 0 ? node("var.s", 's') : node("\"" + WORDS[pick(in, WORDS.length)] + "\"", 's');
            case 'b':
                return pick(in, 4) == 0 ? node("var.b", 'b') : node(pick(in, 2) == 0 ? "true" : "false", 'b');
            default:
                return pick(in, 3) == 0 ? node("var.l", 'l') : node("[\"a\", \"b\"]", 'l');
        }
    }

    static final Gen<Node> EXPRESSIONS = in -> expr(in, "nsbl".charAt(pick(in, 4)), 4);

    private static HclScope scope(HclValue x, HclValue s, HclValue b, HclValue l) {
        return HclScope.builder().variable("x", x).variable("s", s).variable("b", b).variable("l", l).build();
    }

    private static final HclScope KNOWN = scope(HclValue.of(2), HclValue.of("web"), HclValue.TRUE,
            HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"), HclValue.of("c"))));

    private static boolean clean(Evaluation e) {
        return !e.hasErrors() && e.value().isWhollyKnown();
    }

    @Test
    void evaluation_isDeterministic() {
        qt().forAll(EXPRESSIONS).checkAssert(n -> {
            Evaluation a = Evaluations.evaluate(n.text(), KNOWN);
            Evaluation b = Evaluations.evaluate(n.text(), KNOWN);
            assertEquals(a, b, n.text());
        });
    }

    @Test
    void constantFolding_agreesWithDirectEvaluation() {
        qt().forAll(EXPRESSIONS).checkAssert(n -> {
            Evaluation direct = Evaluations.evaluate(n.text(), KNOWN);
            List<String> folded = new ArrayList<>();
            for (Node kid : n.kids()) {
                Evaluation k = Evaluations.evaluate(kid.text(), KNOWN);
                if (!clean(k)) {
                    return;
                }
                String literal = k.value().hcl();
                if (!Evaluations.evaluate(literal, KNOWN).value().equals(k.value())) {
                    return; // a value whose spelling does not read back to the same type (a typed null, say)
                }
                folded.add(literal);
            }
            String foldedText = n.fill(folded);
            Evaluation viaLiterals = Evaluations.evaluate(foldedText, KNOWN);
            assertEquals(direct.hasErrors(), viaLiterals.hasErrors(), () -> n.text() + " folded to " + foldedText);
            if (!direct.hasErrors()) {
                assertEquals(direct.value(), viaLiterals.value(), () -> n.text() + " folded to " + foldedText);
            }
        });
    }

    @Test
    void unknownIn_neverGivesAKnownResultThatAKnownInputContradicts() {
        Map<String, HclScope> withUnknown = Map.of(
                "x", scope(HclValue.unknown(TypeConstraint.NUMBER), HclValue.of("web"), HclValue.TRUE,
                        KNOWN.variables().get("l")),
                "s", scope(HclValue.of(2), HclValue.unknown(TypeConstraint.STRING), HclValue.TRUE,
                        KNOWN.variables().get("l")),
                "b", scope(HclValue.of(2), HclValue.of("web"), HclValue.unknown(TypeConstraint.BOOL),
                        KNOWN.variables().get("l")),
                "l", scope(HclValue.of(2), HclValue.of("web"), HclValue.TRUE, HclValue.unknown(LIST_OF_STRING)));
        Map<String, HclScope> otherKnown = Map.of(
                "x", scope(HclValue.of(-7), HclValue.of("web"), HclValue.TRUE, KNOWN.variables().get("l")),
                "s", scope(HclValue.of(2), HclValue.of("a"), HclValue.TRUE, KNOWN.variables().get("l")),
                "b", scope(HclValue.of(2), HclValue.of("web"), HclValue.FALSE, KNOWN.variables().get("l")),
                "l", scope(HclValue.of(2), HclValue.of("web"), HclValue.TRUE, HclValue.listOf(TypeConstraint.STRING,
                        List.of())));
        qt().forAll(EXPRESSIONS).checkAssert(n -> {
            for (String name : List.of("x", "s", "b", "l")) {
                if (!n.text().contains("var." + name)) {
                    continue;
                }
                Evaluation unknown = Evaluations.evaluate(n.text(), withUnknown.get(name));
                if (!clean(unknown)) {
                    continue;
                }
                for (HclScope known : List.of(KNOWN, otherKnown.get(name))) {
                    Evaluation k = Evaluations.evaluate(n.text(), known);
                    if (!k.hasErrors()) {
                        assertEquals(k.value(), unknown.value(), () -> n.text() + " with var." + name + " unknown");
                    }
                }
            }
        });
    }

    @Test
    void strictOperations_onAnUnknownInput_areUnknown() {
        for (String e : List.of("var.x + 1", "\"${var.s}!\"", "upper(var.s)", "var.b ? 1 : 2", "length(var.l) + 1",
                "[for v in var.l : v]", "var.l[0]", "format(\"%d\", var.x)")) {
            String name = e.contains("var.x") ? "x" : e.contains("var.s") ? "s" : e.contains("var.b") ? "b" : "l";
            HclScope scope = scope(name.equals("x") ? HclValue.unknown(TypeConstraint.NUMBER) : HclValue.of(1),
                    name.equals("s") ? HclValue.unknown(TypeConstraint.STRING) : HclValue.of("s"),
                    name.equals("b") ? HclValue.unknown(TypeConstraint.BOOL) : HclValue.TRUE,
                    name.equals("l") ? HclValue.unknown(LIST_OF_STRING) : KNOWN.variables().get("l"));
            Evaluation r = Evaluations.evaluate(e, scope);
            assertEquals(List.of(), r.diagnostics(), e);
            assertEquals(false, r.value().isKnown(), e);
        }
    }
}
