package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Decimals} writes what {@code String.format(Locale.ROOT, …)} writes, for every number. */
class DecimalsTest {

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    @Test
    void halfwayCases_roundHalfUp_onTheShortestDigits_asFormatterDoes() {
        // 1.005 and 2.675 lie just below the halfway point in binary; Formatter (and Decimals) round the
        // shortest decimal digits, "1.005" and "2.675", so they round up.
        assertEquals("0.13", Decimals.fixed(0.125, 2));
        assertEquals("1.01", Decimals.fixed(1.005, 2));
        assertEquals("2.68", Decimals.fixed(2.675, 2));
        assertEquals("0.2", Decimals.fixed(0.15, 1));
        assertEquals("1", Decimals.fixed(0.5, 0));
        assertEquals("3", Decimals.fixed(2.5, 0));
        assertEquals("0.001", Decimals.fixed(0.0005, 3));
        assertEquals("0.000", Decimals.fixed(1e-7, 3));
        assertEquals("100000000000000000000.00", Decimals.fixed(1e20, 2));
        assertEquals("1234567.9", Decimals.fixed(1234567.89, 1));
        assertEquals("9007199254740992", Decimals.fixed(Math.pow(2, 53), 0));
        for (double d : List.of(0.125, 1.005, 2.675, 0.15, 0.5, 2.5, 0.0005, 1e-7, 1e20, 1234567.89, 1e300,
                Double.MAX_VALUE, Double.MIN_VALUE, 9.995, 99.995, 0.9995)) {
            for (int places = 0; places <= 3; places++) {
                assertEquals(format("%." + places + "f", d), Decimals.fixed(d, places), d + " to " + places);
            }
        }
    }

    @Test
    void signs_NaN_andTheInfinities_areWrittenAsFormatterWritesThem() {
        assertEquals("-0.00", Decimals.fixed(-0.0, 2));
        assertEquals("-0.00", Decimals.fixed(-0.001, 2));
        assertEquals("-1.01", Decimals.fixed(-1.005, 2));
        assertEquals("0.00", Decimals.fixed(0.0, 2));
        assertEquals("NaN", Decimals.fixed(Double.NaN, 2));
        assertEquals("Infinity", Decimals.fixed(Double.POSITIVE_INFINITY, 1));
        assertEquals("-Infinity", Decimals.fixed(Double.NEGATIVE_INFINITY, 0));
        for (double d : List.of(-0.0, -0.001, -1.005, 0.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY)) {
            assertEquals(format("%.2f", d), Decimals.fixed(d, 2), Double.toString(d));
        }
    }

    @Test
    void fixed_isFormattersText_forEveryDoubleAndPrecision() {
        qt().withExamples(20_000).forAll(anyDouble(), integers().between(0, 3))
                .checkAssert((d, places) -> assertEquals(format("%." + places + "f", d), Decimals.fixed(d, places),
                        d + " to " + places));
    }

    @Test
    void fixed_isFormattersText_forShortDecimals_whereHalfwayDigitsAreCommon() {
        // Numbers with a few decimal digits (k / 10^n), the ones a score or a rating is: their last digit is
        // often the 5 that decides the rounding.
        qt().withExamples(20_000).forAll(longs().between(-2_000_000, 2_000_000), integers().between(0, 7),
                integers().between(0, 3)).checkAssert((k, n, places) -> {
                    double d = k / Math.pow(10, n);
                    assertEquals(format("%." + places + "f", d), Decimals.fixed(d, places), d + " to " + places);
                });
    }

    @Test
    void grouped_isFormattersText_forEveryLong() {
        assertEquals("0", Decimals.grouped(0));
        assertEquals("999", Decimals.grouped(999));
        assertEquals("1,000", Decimals.grouped(1000));
        assertEquals("-1,234,567", Decimals.grouped(-1_234_567));
        assertEquals(format("%,d", Long.MIN_VALUE), Decimals.grouped(Long.MIN_VALUE));
        assertEquals(format("%,d", Long.MAX_VALUE), Decimals.grouped(Long.MAX_VALUE));
        qt().withExamples(5_000).forAll(longs().all())
                .checkAssert(n -> assertEquals(format("%,d", n), Decimals.grouped(n)));
        qt().withExamples(5_000).forAll(longs().between(-100_000_000, 100_000_000))
                .checkAssert(n -> assertEquals(format("%,d", n), Decimals.grouped(n)));
    }

    @Test
    void groupedDecimal_isFormattersText_forEveryScaleAndPrecision() {
        assertEquals("1,234.50", Decimals.grouped(new BigDecimal("1234.5"), 2));
        assertEquals("1,234,567.89", Decimals.grouped(new BigDecimal("1234567.885"), 2));
        assertEquals("-0.00", Decimals.grouped(new BigDecimal("-0.001"), 2));
        assertEquals("1,000.00", Decimals.grouped(new BigDecimal("1E+3"), 2));
        assertEquals("0.00", Decimals.grouped(new BigDecimal("0E+3"), 2));
        Gen<BigDecimal> decimals = longs().all().zip(integers().between(-6, 12),
                (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
        qt().withExamples(20_000).forAll(decimals, integers().between(0, 3))
                .checkAssert((v, places) -> assertEquals(format("%,." + places + "f", v), Decimals.grouped(v, places),
                        v + " to " + places));
    }

    @Test
    void negativePlaces_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.fixed(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Decimals.grouped(BigDecimal.ONE, -1));
        assertThrows(NullPointerException.class, () -> Decimals.grouped(null, 2));
    }

    /** Any double: every bit pattern (NaNs, infinities, subnormals and -0.0 among them), and ordinary sizes. */
    private static Gen<Double> anyDouble() {
        Gen<Double> bits = longs().all().map(Double::longBitsToDouble);
        Gen<Double> ordinary = doubles().between(-1e7, 1e7);
        Gen<Double> small = doubles().between(-1, 1);
        return bits.mix(ordinary, 50).mix(small, 30);
    }
}
