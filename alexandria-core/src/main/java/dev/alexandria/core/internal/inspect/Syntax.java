package dev.alexandria.core.internal.inspect;

import java.util.ArrayList;
import java.util.List;

/** The structural part of a configuration file: bodies, attributes and blocks. */
final class Syntax {

    private Syntax() {
    }

    /** A body: attributes and blocks in source order. */
    static final class Body {
        final List<Attribute> attributes;
        final List<Block> blocks;

        Body(List<Attribute> attributes, List<Block> blocks) {
            this.attributes = attributes;
            this.blocks = blocks;
        }

        static Body empty() {
            return new Body(new ArrayList<>(0), new ArrayList<>(0));
        }

        Attribute attribute(String name) {
            for (int i = attributes.size() - 1; i >= 0; i--) {
                Attribute a = attributes.get(i);
                if (a.name.equals(name)) {
                    return a;
                }
            }
            return null;
        }
    }

    /**
     * {@code name = expr}. {@code src} is the buffer the expression's offsets point into; {@code line} and
     * {@code column} are where the attribute starts (1-based), at offset {@code offset} of {@code src} (-1 when the
     * attribute's own position is not an offset of {@code src}, as in JSON).
     */
    static final class Attribute {
        final String name;
        final Expr expr;
        final char[] src;
        final int line;
        final int column;
        final int offset;

        Attribute(String name, Expr expr, char[] src, int line, int column) {
            this(name, expr, src, line, column, -1);
        }

        Attribute(String name, Expr expr, char[] src, int line, int column, int offset) {
            this.name = name;
            this.expr = expr;
            this.src = src;
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        String text() {
            return text(expr);
        }

        String text(Expr e) {
            return new String(src, e.start, e.end - e.start);
        }
    }

    /** {@code type "label" ... { body }}; {@code file} is the file it was read from. */
    static final class Block {
        final String type;
        final List<String> labels;
        final Body body;
        final String file;
        final int line;
        final int column;

        Block(String type, List<String> labels, Body body, String file, int line, int column) {
            this.type = type;
            this.labels = labels;
            this.body = body;
            this.file = file;
            this.line = line;
            this.column = column;
        }
    }
}
