package dev.alexandria.cost.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.cost.PriceImportException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams an AWS Price List offer file in JSON (the bulk layout {@code {products: {...}, terms: {OnDemand: {...},
 * Reserved: {...}}}}, or a Query API {@code GetProducts} item {@code {product: {...}, terms: {...}}}) with Jackson's
 * token parser: one product or one term is in memory at a time. When the terms come before the products (AWS's
 * files never do, but JSON does not forbid it) the file is read a second time for the terms.
 */
final class OfferJsonReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;
    private final OfferCollector out;
    private boolean productsRead;
    private boolean termsDeferred;

    OfferJsonReader(Path file, OfferCollector out) {
        this.file = file;
        this.out = out;
    }

    void read() {
        pass(false);
        if (termsDeferred) {
            pass(true);
        }
    }

    private void pass(boolean termsOnly) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(p, "an AWS offer file is a JSON object; this file starts otherwise");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (termsOnly) {
                    if (name.equals("terms")) {
                        terms(p);
                    } else {
                        p.skipChildren();
                    }
                    continue;
                }
                switch (name) {
                    case "offerCode", "serviceCode" -> out.offerCode(p.getValueAsString());
                    case "version" -> out.version(p.getValueAsString());
                    case "publicationDate" -> out.publicationDate(p.getValueAsString());
                    case "disclaimer" -> out.disclaimer(p.getValueAsString());
                    case "products" -> {
                        products(p);
                        productsRead = true;
                    }
                    case "product" -> {
                        product(p, null);
                        productsRead = true;
                    }
                    case "terms" -> {
                        if (productsRead) {
                            terms(p);
                        } else {
                            termsDeferred = true;
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String what = JsonMessages.json(e.getOriginalMessage());
            throw new PriceImportException(at(l), "not valid JSON: " + what + (what.startsWith("the file ends")
                    ? "; download the offer file again (a partial download ends early)"
                    : "; correct the JSON there, or download the offer file again if it was edited or damaged"), e);
        } catch (IOException e) {
            throw new PriceImportException(SourceLocation.of(file.toString()), "cannot read the offer file: "
                    + e.getMessage(), e);
        }
    }

    private void products(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "products");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            p.nextToken();
            product(p, sku);
        }
    }

    private void product(JsonParser p, String skuKey) throws IOException {
        expect(p, JsonToken.START_OBJECT, "a product");
        String sku = skuKey;
        Map<String, String> attributes = new HashMap<>(64);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "sku" -> sku = p.getValueAsString();
                case "productFamily" -> attributes.put("productfamily", p.getValueAsString());
                case "attributes" -> {
                    expect(p, JsonToken.START_OBJECT, "product attributes");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = OfferKeys.normalize(p.currentName());
                        p.nextToken();
                        attributes.put(key, p.getValueAsString(""));
                    }
                }
                default -> {
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        if (sku == null) {
            throw error(p, "a product has no sku");
        }
        out.product(sku, attributes);
    }

    private void terms(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "terms");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            p.nextToken();
            if (termType.equals("OnDemand")) {
                termGroup(p, true);
            } else if (termType.equals("Reserved")) {
                termGroup(p, false);
            } else {
                // e.g. an attributesList misplaced inside terms
                p.skipChildren();
            }
        }
    }

    /** The terms of one type: by SKU, each holding terms by {@code SKU.OfferTermCode}; or (GetProducts) the terms. */
    private void termGroup(JsonParser p, boolean onDemand) throws IOException {
        expect(p, JsonToken.START_OBJECT, "a group of terms");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.indexOf('.') >= 0) {
                term(p, onDemand);
            } else {
                expect(p, JsonToken.START_OBJECT, "the terms of SKU " + name);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    p.nextToken();
                    term(p, onDemand);
                }
            }
        }
    }

    private void term(JsonParser p, boolean onDemand) throws IOException {
        if (!onDemand) {
            out.reservedTerm();
            p.skipChildren();
            return;
        }
        SourceLocation where = at(p.currentTokenLocation());
        expect(p, JsonToken.START_OBJECT, "a term");
        String sku = null;
        String effective = null;
        boolean reservedStyle = false;
        List<OfferCollector.Dimension> dims = new ArrayList<>(2);
        List<String> currencies = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "sku" -> sku = p.getValueAsString();
                case "effectiveDate" -> effective = p.getValueAsString();
                case "termAttributes" -> {
                    expect(p, JsonToken.START_OBJECT, "termAttributes");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        reservedStyle = true;
                        p.nextToken();
                        p.skipChildren();
                    }
                }
                case "priceDimensions" -> {
                    expect(p, JsonToken.START_OBJECT, "priceDimensions");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        p.nextToken();
                        reservedStyle |= dimension(p, dims, currencies);
                    }
                }
                default -> {
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        if (sku == null) {
            throw new PriceImportException(where, "a term has no sku");
        }
        out.onDemandTerm(sku, reservedStyle, effective, dims, currencies, where);
    }

    /** Reads one price dimension; returns true if it is an upfront fee (a reserved-style dimension). */
    private boolean dimension(JsonParser p, List<OfferCollector.Dimension> dims, List<String> currencies)
            throws IOException {
        expect(p, JsonToken.START_OBJECT, "a price dimension");
        String unit = null;
        String begin = null;
        String end = null;
        BigDecimal usd = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "unit" -> unit = p.getValueAsString();
                case "beginRange" -> begin = p.getValueAsString();
                case "endRange" -> end = p.getValueAsString();
                case "pricePerUnit" -> {
                    expect(p, JsonToken.START_OBJECT, "pricePerUnit");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String currency = p.currentName();
                        p.nextToken();
                        currencies.add(currency);
                        if (currency.equals("USD")) {
                            usd = number(p, p.getValueAsString()).stripTrailingZeros();
                        }
                    }
                }
                default -> {
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        if ("Quantity".equals(unit) || begin == null) {
            return true;
        }
        if (usd != null) {
            dims.add(new OfferCollector.Dimension(number(p, begin),
                    end == null || end.equals("Inf") ? null : number(p, end), unit == null ? "unit" : unit, usd));
        }
        return false;
    }

    private BigDecimal number(JsonParser p, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw error(p, "not a number: '" + text + "'");
        }
    }

    private void expect(JsonParser p, JsonToken token, String what) {
        if (p.currentToken() != token) {
            throw error(p, what + " must be a JSON " + (token == JsonToken.START_OBJECT ? "object" : token)
                    + ", found " + p.currentToken());
        }
    }

    private PriceImportException error(JsonParser p, String message) {
        return new PriceImportException(at(p.currentTokenLocation()), message);
    }

    private SourceLocation at(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return SourceLocation.of(file.toString());
        }
        return SourceLocation.of(file.toString(), l.getLineNr(), Math.max(l.getColumnNr(), 0));
    }
}
