package dev.alexandria.cost.aws;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.cost.PriceImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams an AWS Price List offer file in CSV: five metadata lines ({@code FormatVersion}, {@code Disclaimer},
 * {@code Publication Date}, {@code Version}, {@code OfferCode}), a header row, then one row per price dimension
 * with its term's and its product's columns. One row is in memory at a time.
 */
final class OfferCsvReader {

    /** The columns that describe the term and price, not the product. */
    private static final Set<String> TERM_COLUMNS = Set.of("sku", "offertermcode", "ratecode", "termtype",
            "pricedescription", "effectivedate", "startingrange", "endingrange", "unit", "priceperunit", "currency",
            "relatedto", "leasecontractlength", "purchaseoption", "offeringclass");

    private final Path file;
    private final OfferCollector out;

    OfferCsvReader(Path file, OfferCollector out) {
        this.file = file;
        this.out = out;
    }

    void read() {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        Set<String> seenProducts = new HashSet<>();
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
            String[] header = null;
            int sku = -1;
            Map<String, Integer> col = new HashMap<>();
            while (rows.hasNextValue()) {
                SourceLocation where = at(rows);
                String[] row = rows.nextValue();
                if (header == null) {
                    if (row.length == 2) {
                        metadata(row[0], row[1]);
                        continue;
                    }
                    header = row;
                    for (int i = 0; i < header.length; i++) {
                        col.put(OfferKeys.normalize(header[i]), i);
                    }
                    for (String required : List.of("sku", "termtype", "priceperunit", "currency", "unit")) {
                        if (!col.containsKey(required)) {
                            throw new PriceImportException(where, "the header row of an AWS offer CSV has a '"
                                    + required + "' column; this one has none: is it an AWS Price List file?");
                        }
                    }
                    sku = col.get("sku");
                    continue;
                }
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                if (row.length != header.length) {
                    throw new PriceImportException(where, "a row has " + row.length + " columns, the header "
                            + header.length + "; the file is damaged or truncated: download it again");
                }
                row(row, col, header, sku, seenProducts, where);
            }
            if (header == null) {
                throw new PriceImportException(SourceLocation.of(file.toString()), "no header row: an AWS offer CSV "
                        + "has five metadata lines, then a header row starting with \"SKU\"");
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new PriceImportException(l == null ? SourceLocation.of(file.toString())
                    : SourceLocation.of(file.toString(), Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0)),
                    "not a valid CSV file: " + csvProblem(e.getOriginalMessage()) + "; download the offer file "
                            + "again (a damaged or partial download)", e);
        } catch (IOException | UncheckedIOException e) {
            throw new PriceImportException(SourceLocation.of(file.toString()), "cannot read the offer file: "
                    + e.getMessage(), e);
        }
    }

    /** Jackson's CSV message in plain words: its first line, without the parser's internals. */
    static String csvProblem(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("").strip();
        m = m.replaceAll(" \\(code -?\\d+\\)", "").replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        if (m.startsWith("Missing closing quote")) {
            return "a quoted value is not closed: the file ends or the line breaks inside quotes";
        }
        return m.isEmpty() ? "not valid CSV" : m.replace("; ", ", ");
    }

    private void metadata(String name, String value) {
        switch (OfferKeys.normalize(name)) {
            case "offercode" -> out.offerCode(value);
            case "version" -> out.version(value);
            case "publicationdate" -> out.publicationDate(value);
            case "disclaimer" -> out.disclaimer(value);
            default -> {
            }
        }
    }

    private void row(String[] row, Map<String, Integer> col, String[] header, int skuColumn, Set<String> seen,
            SourceLocation where) {
        String termType = row[col.get("termtype")];
        String sku = row[skuColumn];
        if (seen.add(sku)) {
            Map<String, String> attributes = new HashMap<>(64);
            for (int i = 0; i < header.length; i++) {
                String name = OfferKeys.normalize(header[i]);
                if (!TERM_COLUMNS.contains(name) && !row[i].isEmpty()) {
                    attributes.put(name, row[i]);
                }
            }
            out.product(sku, attributes);
        }
        if (!termType.equals("OnDemand")) {
            out.reservedTerm();
            return;
        }
        String currency = row[col.get("currency")];
        String unit = row[col.get("unit")];
        boolean reservedStyle = unit.equals("Quantity") || !value(row, col, "leasecontractlength").isEmpty();
        String begin = value(row, col, "startingrange");
        String end = value(row, col, "endingrange");
        List<OfferCollector.Dimension> dims = List.of();
        if (!reservedStyle && currency.equals("USD")) {
            dims = List.of(new OfferCollector.Dimension(number(begin.isEmpty() ? "0" : begin, where),
                    end.isEmpty() || end.equals("Inf") ? null : number(end, where), unit,
                    number(row[col.get("priceperunit")], where).stripTrailingZeros()));
        }
        out.onDemandTerm(sku, reservedStyle, value(row, col, "effectivedate"), dims, List.of(currency), where);
    }

    private static String value(String[] row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row[i];
    }

    private static BigDecimal number(String text, SourceLocation where) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new PriceImportException(where, "not a number: '" + text + "'");
        }
    }

    private SourceLocation at(MappingIterator<String[]> rows) {
        JsonLocation l = rows.getParser().currentLocation();
        return l == null || l.getLineNr() < 1 ? SourceLocation.of(file.toString())
                : SourceLocation.of(file.toString(), l.getLineNr(), 0);
    }
}
