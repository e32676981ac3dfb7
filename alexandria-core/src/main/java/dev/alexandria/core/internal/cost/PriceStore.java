package dev.alexandria.core.internal.cost;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PriceTier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A library's own prices: {@code _catalog/prices/<provider>/<offer>/<region>.csv}, written by
 * {@code alexandria import-prices} and committed with the library so estimates are reproducible. They take
 * precedence over every pricing source. When two files price one key, the later effective date wins (then the
 * later file name).
 *
 * <p>The format is the bundled snapshot's with two columns for tiers: {@code service,region,resource_key,unit,usd,
 * effective_date,source,begin_range,end_range}; a tiered price is one row per tier, an empty {@code end_range}
 * meaning no end; lines starting with {@code #} say where the prices came from.
 *
 * <p>Immutable after reading; thread-safe.
 */
public final class PriceStore {

    /** The provider name lines priced from the store show: {@value}. */
    public static final String NAME = "library-price-store";
    static final String HEADER = "service,region,resource_key,unit,usd,effective_date,source,begin_range,end_range";

    /**
     * The largest price of one unit the store takes: far above any cloud list price (a dedicated host is some tens
     * of USD an hour), so a cell like {@code 1e400}, a typing slip, is an error at its cell instead of a price of
     * 400 digits that every estimate then prints.
     */
    static final BigDecimal MAX_USD = new BigDecimal("1000000");

    /**
     * The units a price of the store may be per: those the cost models count their quantities in (each
     * {@code CostComponent}'s quantity is in its price's unit: hours, GB-months, requests, …), spelled as the price
     * lists and {@code import-prices} write them. A unit outside this list ({@code furlongs}, {@code hours} for
     * {@code Hrs}) would price a quantity counted in another unit, so it is an error at its cell rather than a
     * wrong estimate.
     */
    public static final List<String> UNITS = List.of("Hrs", "GB-Hrs", "vCPU-Hrs", "ACU-Hr", "LCU-Hrs", "RCU-Hrs",
            "WCU-Hrs", "GB-Mo", "IOPS-Mo", "MiBps-Mo", "GiBps-Mo", "HostedZone-Mo", "HealthCheck-Mo", "GB",
            "GB-Seconds", "Minutes", "Requests", "ReadRequestUnits", "WriteRequestUnits", "ReplicatedWriteRequestUnits",
            "IOs", "Queries", "Messages", "Notifications", "Metrics", "Alarms", "Secrets", "Keys", "unit");

    private static final Set<String> UNIT_SET = Set.copyOf(UNITS);

    private final Map<PriceKey, Price> prices;
    private final Map<String, Set<String>> regions;
    /** Prices whose row cannot be read: only an estimate that looks one of them up fails, with this error. */
    private final Map<PriceKey, CatalogException> unreadable;

    private PriceStore(Map<PriceKey, Price> prices, Map<String, Set<String>> regions) {
        this(prices, regions, Map.of());
    }

    private PriceStore(Map<PriceKey, Price> prices, Map<String, Set<String>> regions,
                       Map<PriceKey, CatalogException> unreadable) {
        this.unreadable = unreadable;
        this.prices = prices;
        this.regions = regions;
    }

    /** @return a store without prices */
    public static PriceStore empty() {
        return new PriceStore(Map.of(), Map.of());
    }

    /** @return the folder of a library's price store */
    static Path folder(Path root) {
        return root.resolve("_catalog").resolve("prices");
    }

    /**
     * Reads a library's store.
     *
     * @param root the library root
     * @return the store; empty when there is no {@code _catalog/prices/}
     * @throws CatalogException if a file is malformed (file:line and what is wrong)
     */
    public static PriceStore read(Path root) {
        Path dir = folder(root);
        if (!Files.isDirectory(dir)) {
            return empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of("_catalog/prices"), "cannot be read: "
                    + dev.alexandria.core.internal.text.IoProblems.reason(e), e);
        }
        Map<PriceKey, Price> prices = new HashMap<>();
        Map<String, Set<String>> regions = new HashMap<>();
        Map<PriceKey, CatalogException> unreadable = new HashMap<>();
        for (Path f : files) {
            Path rel = root.relativize(f);
            String provider = dir.relativize(f).getNameCount() > 1 ? dir.relativize(f).getName(0).toString() : "aws";
            for (Price p : readFile(f, rel.toString(), provider, unreadable)) {
                Price prev = prices.get(p.key());
                if (prev == null || !p.effectiveDate().isBefore(prev.effectiveDate())) {
                    prices.put(p.key(), p);
                }
                regions.computeIfAbsent(provider, k -> new TreeSet<>()).add(p.key().region());
            }
        }
        unreadable.keySet().removeIf(k -> prices.containsKey(k)); // a readable newer file's price stands
        return new PriceStore(Map.copyOf(prices), Map.copyOf(regions), Map.copyOf(unreadable));
    }

    private static List<Price> readFile(Path f, String display, String provider,
                                        Map<PriceKey, CatalogException> unreadable) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(display), "cannot be read: "
                    + dev.alexandria.core.internal.text.IoProblems.reason(e), e);
        }
        return readLines(lines, display, provider, unreadable);
    }

    /** The prices of a store file's lines; a row that cannot be read goes to {@code unreadable}, at its cell. */
    private static List<Price> readLines(List<String> lines, String display, String provider,
                                         Map<PriceKey, CatalogException> unreadable) {
        Map<PriceKey, List<String[]>> rows = new LinkedHashMap<>();
        Map<PriceKey, Integer> firstLine = new HashMap<>();
        Map<String[], Integer> lineOf = new java.util.IdentityHashMap<>();
        Map<String[], String> textOf = new java.util.IdentityHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new CatalogException(SourceLocation.of(display, i + 1, 1), "the header of a price store "
                            + "file is '" + HEADER + "', this one is '" + line + "'; write that header, or re-import "
                            + "the offer file with alexandria import-prices");
                }
                header = true;
                continue;
            }
            String[] c = line.split(",", -1);
            if (c.length != 9) {
                throw new CatalogException(SourceLocation.of(display, i + 1, 1), "a price row has 9 columns ("
                        + HEADER + "), this one " + c.length + "; re-import the offer file with alexandria "
                        + "import-prices");
            }
            PriceKey key = new PriceKey(provider, c[0], c[1], c[2]);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            firstLine.putIfAbsent(key, i + 1);
            lineOf.put(c, i + 1);
            textOf.put(c, lines.get(i));
        }
        List<Price> out = new ArrayList<>();
        for (Map.Entry<PriceKey, List<String[]>> e : rows.entrySet()) {
            int line = firstLine.get(e.getKey());
            try {
                List<PriceTier> tiers = new ArrayList<>();
                for (String[] c : e.getValue()) {
                    unit(c, display, lineOf.get(c), textOf.get(c));
                    BigDecimal begin = number(c, 7, "begin_range", display, lineOf.get(c), textOf.get(c));
                    BigDecimal usd = number(c, 4, "usd", display, lineOf.get(c), textOf.get(c));
                    if (usd.compareTo(MAX_USD) > 0) {
                        throw new CatalogException(cell(display, lineOf.get(c), textOf.get(c), 4), "usd of " + c[2]
                                + " is '" + c[4] + "', more than " + MAX_USD.toPlainString() + " USD a unit, which no "
                                + "cloud price is; write the price of one unit as a plain number (0.045), or "
                                + "re-import the offer file with alexandria import-prices");
                    }
                    tiers.add(c[8].isEmpty() ? PriceTier.from(begin, usd)
                            : PriceTier.between(begin, number(c, 8, "end_range", display, lineOf.get(c),
                            textOf.get(c)), usd));
                }
                String[] first = e.getValue().get(0);
                LocalDate day;
                try {
                    day = LocalDate.parse(first[5]);
                } catch (DateTimeParseException ex) {
                    throw new CatalogException(cell(display, line, textOf.get(first), 5), "effective_date '"
                            + first[5] + "' of " + e.getKey().key() + " is not a date (YYYY-MM-DD); re-import the"
                            + " offer file with alexandria import-prices", ex);
                }
                out.add(new Price(e.getKey(), first[3], "USD", tiers, day, first[6]));
            } catch (CatalogException ex) {
                unreadable.put(e.getKey(), ex);
            } catch (IllegalArgumentException ex) {
                unreadable.put(e.getKey(), new CatalogException(SourceLocation.of(display, line, 1), "the price of "
                        + e.getKey().key() + " cannot be read: " + ex.getMessage() + "; re-import the offer file"
                        + " with alexandria import-prices", ex));
            }
        }
        return out;
    }

    /** Checks the unit cell of a row against {@link #UNITS}: an error at its file:line:column, with the closest. */
    private static void unit(String[] c, String display, int line, String text) {
        String u = c[3].strip();
        if (UNIT_SET.contains(u)) {
            return;
        }
        Optional<String> same = UNITS.stream().filter(k -> k.equalsIgnoreCase(u)).findFirst();
        String fix = same.map(k -> "write '" + k + "' (units are case-sensitive)")
                .orElseGet(() -> "write the unit one usd is for, one of " + String.join(", ", UNITS));
        throw new CatalogException(cell(display, line, text, 3), "unit of " + c[2] + " is '" + c[3] + "', which no "
                + "cost model counts in; " + fix + ", or re-import the offer file with alexandria import-prices");
    }

    /** A number cell of a row, or an error at its file:line:column in plain words. */
    private static BigDecimal number(String[] c, int column, String name, String display, int line, String text) {
        String v = c[column].strip();
        if (!v.isEmpty() && v.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            BigDecimal n = new BigDecimal(v);
            if (n.signum() >= 0) {
                return n;
            }
        }
        throw new CatalogException(cell(display, line, text, column), name + " of " + c[2] + " is '" + c[column]
                + "', not a number of 0 or more; re-import the offer file with alexandria import-prices, or correct"
                + " the cell");
    }

    /** Where a cell starts: its file, line and column (1-based, counting the commas before it). */
    private static SourceLocation cell(String display, int line, String text, int column) {
        int col = 0;
        for (int i = 0; i < column; i++) {
            col = text.indexOf(',', col) + 1;
        }
        return SourceLocation.of(display, line, col + 1);
    }

    /** The rule of {@code validate} that reports a price store file that cannot be read. */
    public static final String RULE = "price-store";

    /**
     * The problems of a library's price store, as {@code validate} reports them: a file that cannot be read at all
     * (a wrong header, a row of the wrong number of columns) and every price whose rows cannot be read (a cell
     * that is no number or date), each an error at its file:line:column with its fix. Read commands load the store
     * only when they estimate a cost, and then fail on it; {@code validate} reads it whole, so that a broken file
     * is found before an estimate needs it. Reads nothing when the library has no {@code _catalog/prices/}.
     *
     * @param root the library root
     * @return the errors, in file and line order; empty when the store reads cleanly or there is none
     */
    public static List<dev.alexandria.api.model.Finding> problems(Path root) {
        if (!Files.isDirectory(folder(root))) {
            return List.of();
        }
        Path dir = folder(root);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            files = List.of();
        }
        // each file on its own, so that one file that cannot be read at all does not hide the others' problems;
        // a broken row whose key a readable file prices stands aside, as read() lets that price stand
        List<CatalogException> bad = new ArrayList<>();
        Map<PriceKey, CatalogException> unreadable = new HashMap<>();
        Set<PriceKey> priced = new java.util.HashSet<>();
        for (Path f : files) {
            String provider = dir.relativize(f).getNameCount() > 1 ? dir.relativize(f).getName(0).toString() : "aws";
            try {
                readFile(f, root.relativize(f).toString(), provider, unreadable).forEach(p -> priced.add(p.key()));
            } catch (CatalogException e) {
                bad.add(e);
            }
        }
        unreadable.forEach((key, e) -> {
            if (!priced.contains(key)) {
                bad.add(e);
            }
        });
        List<dev.alexandria.api.model.Finding> out = new ArrayList<>();
        for (CatalogException e : bad) {
            SourceLocation at = e.location().orElse(SourceLocation.of("_catalog/prices"));
            String text = e.getMessage().startsWith(at + ": ") ? e.getMessage().substring((at + ": ").length())
                    : e.getMessage();
            int fix = text.lastIndexOf("; ");
            out.add(dev.alexandria.api.model.Finding.error(RULE, at, fix < 0 ? text : text.substring(0, fix),
                    fix < 0 ? "correct the file, or re-import the offer file with alexandria import-prices"
                            : text.substring(fix + 2)));
        }
        out.sort(java.util.Comparator.comparing((dev.alexandria.api.model.Finding f) -> f.location().file())
                .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column()));
        return out;
    }

    /**
     * Looks a price up.
     *
     * @param key the key
     * @return the stored price
     */
    public Optional<Price> price(PriceKey key) {
        CatalogException bad = unreadable.get(key);
        if (bad != null) {
            throw bad; // only what reads a broken row fails; every other price of the store is used
        }
        return Optional.ofNullable(prices.get(key));
    }

    /**
     * @param provider a cloud provider
     * @return the regions the store has prices in
     */
    public Set<String> regions(String provider) {
        return regions.getOrDefault(provider, Set.of());
    }

    /** @return how many prices the store holds */
    public int size() {
        return prices.size();
    }

    /**
     * The store files for imported prices and what merging them into the store did.
     *
     * @param files    each file (absolute) and its text
     * @param added    prices for keys the store did not have
     * @param replaced prices that replaced a stored price with the same or an earlier effective date
     * @param kept     imported prices dropped because the store has a newer price for the key
     * @param retained stored prices of keys the imported file does not price, left as they were
     */
    record Merge(Map<Path, String> files, long added, long replaced, long kept, long retained) {
    }

    /**
     * The store files for imported prices, one per region, MERGED into the existing file of the same offer and
     * region: rows of keys the import does not price are kept; for a key both price, the later effective date wins
     * (on the same date, the import), so an older offer never overwrites a newer price.
     *
     * @param root    the library root
     * @param file    the imported file (named in the files' comments)
     * @param summary what the importer read
     * @param prices  the prices
     * @return each file (absolute), its text and the counts
     * @throws CatalogException if an existing store file is malformed (it is then left as it is), or a file would
     *                          have a row loading the store refuses (a unit no cost model counts in), worded as
     *                          loading words it; nothing is written then
     */
    static Merge files(Path root, Path file, ImportSummary summary, List<Price> prices) {
        Map<String, List<Price>> byRegion = new TreeMap<>();
        for (Price p : prices) {
            byRegion.computeIfAbsent(p.key().region(), k -> new ArrayList<>()).add(p);
        }
        Map<Path, String> files = new LinkedHashMap<>();
        long added = 0;
        long replaced = 0;
        long kept = 0;
        long retained = 0;
        for (Map.Entry<String, List<Price>> e : byRegion.entrySet()) {
            Path target = folder(root).resolve(summary.provider()).resolve(summary.service()).resolve(e.getKey()
                    + ".csv");
            Map<PriceKey, Price> merged = new LinkedHashMap<>();
            List<String> comments = new ArrayList<>();
            if (Files.isRegularFile(target)) {
                Map<PriceKey, CatalogException> broken = new LinkedHashMap<>();
                for (Price old : readFile(target, root.toAbsolutePath().relativize(target.toAbsolutePath())
                        .toString(), summary.provider(), broken)) {
                    merged.put(old.key(), old);
                }
                if (!broken.isEmpty()) {
                    throw broken.values().iterator().next(); // a merge would drop the row: the file stays as it is
                }
                try {
                    for (String line : Files.readAllLines(target, StandardCharsets.UTF_8)) {
                        if (line.startsWith("#")) {
                            comments.add(line);
                        }
                    }
                } catch (IOException ex) {
                    throw new CatalogException(SourceLocation.of(target.toString()), "cannot be read: "
                            + dev.alexandria.core.internal.text.IoProblems.reason(ex), ex);
                }
            }
            java.util.Set<PriceKey> imported = new java.util.HashSet<>();
            for (Price p : e.getValue()) {
                imported.add(p.key());
                Price old = merged.get(p.key());
                if (old == null) {
                    added++;
                    merged.put(p.key(), p);
                } else if (p.effectiveDate().isBefore(old.effectiveDate())) {
                    kept++;
                } else {
                    replaced++;
                    merged.put(p.key(), p);
                }
            }
            for (PriceKey k : merged.keySet()) {
                if (!imported.contains(k)) {
                    retained++;
                }
            }
            List<String> mine = new ArrayList<>();
            mine.add("# Imported by alexandria import-prices from " + file.getFileName());
            mine.add("# offer " + summary.service() + ", version " + summary.version() + ", published "
                    + summary.publicationDate());
            if (!summary.disclaimer().isBlank()) {
                mine.add("# " + summary.disclaimer().replace('\n', ' '));
            }
            for (String c : mine) {
                if (!comments.contains(c)) {
                    comments.add(c);
                }
            }
            StringBuilder sb = new StringBuilder();
            comments.forEach(c -> sb.append(c).append('\n'));
            sb.append(HEADER).append('\n');
            List<Price> sorted = new ArrayList<>(merged.values());
            sorted.sort(java.util.Comparator.comparing((Price p) -> p.key().service()).thenComparing(p -> p.key()
                    .key()));
            for (Price p : sorted) {
                for (PriceTier t : p.tiers()) {
                    sb.append(p.key().service()).append(',').append(p.key().region()).append(',').append(p.key().key())
                            .append(',').append(p.unit()).append(',').append(plain(t.unitPrice())).append(',')
                            .append(p.effectiveDate()).append(',').append(p.source()).append(',')
                            .append(plain(t.from())).append(',').append(t.to().map(PriceStore::plain).orElse(""))
                            .append('\n');
                }
            }
            // The file as loading the store will read it, checked the same way before anything is written: a price
            // per a unit no cost model counts in ('furlongs') is refused here with the error loading would give.
            Map<PriceKey, CatalogException> faults = new LinkedHashMap<>();
            readLines(sb.toString().lines().toList(), root.toAbsolutePath().relativize(target.toAbsolutePath())
                    .toString(), summary.provider(), faults);
            if (!faults.isEmpty()) {
                throw faults.values().iterator().next();
            }
            files.put(target.toAbsolutePath(), sb.toString());
        }
        return new Merge(files, added, replaced, kept, retained);
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
