package dev.alexandria.core.internal.cache;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.CostCategory;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderConfigRef;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.TypeConstraint;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes and reads the api's records in the cache's binary form, each through its canonical constructor, so
 * what is read back is validated like anything else the api builds. Enum constants are written by name, so a
 * reordered enum cannot turn one constant into another.
 *
 * <p>Every record written here has a test that lists its components ({@code ModelCodecTest}): a component
 * added to a record fails it until the component is written here too and {@link #FORMAT} is raised, which
 * makes every older cache file foreign.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelCodec {

    /** The version of this encoding; part of every cache file's header. */
    public static final int FORMAT = 27;

    private ModelCodec() {
    }

    // --- small values ---------------------------------------------------------------------------------------

    /**
     * @param out the output
     * @param l   a location
     */
    public static void write(CacheOutput out, SourceLocation l) {
        out.writeString(l.file()).writeVarInt(l.line()).writeVarInt(l.column());
    }

    /**
     * @param in the input
     * @return a location
     */
    public static SourceLocation readLocation(CacheInput in) {
        return new SourceLocation(in.readString(), in.readVarInt(), in.readVarInt());
    }

    static void writeId(CacheOutput out, ModuleId id) {
        out.writeString(id.value());
    }

    static ModuleId readId(CacheInput in) {
        return in.interner().id(in.readString());
    }

    static void writeEnum(CacheOutput out, Enum<?> e) {
        out.writeString(e.name());
    }

    static void writeDecimal(CacheOutput out, BigDecimal d) {
        out.writeString(d.toString());
    }

    static BigDecimal readDecimal(CacheInput in) {
        try {
            return new BigDecimal(in.readString());
        } catch (NumberFormatException e) {
            throw new CacheFormatException("not a decimal");
        }
    }

    static void writeDate(CacheOutput out, LocalDate d) {
        out.writeSignedVarLong(d.toEpochDay());
    }

    static LocalDate readDate(CacheInput in) {
        try {
            return LocalDate.ofEpochDay(in.readSignedVarLong());
        } catch (java.time.DateTimeException e) {
            throw new CacheFormatException("not a date");
        }
    }

    static void writeDouble(CacheOutput out, double d) {
        out.writeLong(Double.doubleToRawLongBits(d));
    }

    static double readDouble(CacheInput in) {
        return Double.longBitsToDouble(in.readLong());
    }

    static void writeOptionalInt(CacheOutput out, OptionalInt v) {
        out.writeBoolean(v.isPresent());
        if (v.isPresent()) {
            out.writeSignedVarLong(v.getAsInt());
        }
    }

    static OptionalInt readOptionalInt(CacheInput in) {
        if (!in.readBoolean()) {
            return OptionalInt.empty();
        }
        long v = in.readSignedVarLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new CacheFormatException("int out of range: " + v);
        }
        return OptionalInt.of((int) v);
    }

    static void writeOptionalBoolean(CacheOutput out, Optional<Boolean> v) {
        out.writeOptional(v, CacheOutput::writeBoolean);
    }

    static Optional<Boolean> readOptionalBoolean(CacheInput in) {
        return in.readOptional(CacheInput::readBoolean);
    }

    static <V> void writeMap(CacheOutput out, Map<String, V> map, BiConsumer<CacheOutput, V> writer) {
        out.writeVarInt(map.size());
        map.forEach((k, v) -> {
            out.writeString(k);
            writer.accept(out, v);
        });
    }

    static <V> Map<String, V> readMap(CacheInput in, Function<CacheInput, V> reader) {
        int n = in.readCount();
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readString(), reader.apply(in));
        }
        return map;
    }

    static void writeCategory(CacheOutput out, Category c) {
        out.writeString(c.id());
    }

    static Category readCategory(CacheInput in) {
        return in.interner().category(in.readString());
    }

    // --- findings -------------------------------------------------------------------------------------------

    /**
     * @param out the output
     * @param f   a finding
     */
    public static void write(CacheOutput out, Finding f) {
        writeEnum(out, f.severity());
        out.writeString(f.ruleId());
        write(out, f.location());
        out.writeString(f.message());
        out.writeOptionalString(f.hint());
        out.writeOptional(f.module(), ModelCodec::writeId);
    }

    /**
     * @param in the input
     * @return a finding
     */
    public static Finding readFinding(CacheInput in) {
        return new Finding(in.readEnum(Finding.Severity.class), in.readString(), readLocation(in), in.readString(),
                in.readOptionalString(), in.readOptional(ModelCodec::readId));
    }

    /**
     * @param out      the output
     * @param findings findings
     */
    public static void writeFindings(CacheOutput out, List<Finding> findings) {
        out.writeList(findings, ModelCodec::write);
    }

    /**
     * @param in the input
     * @return findings
     */
    public static List<Finding> readFindings(CacheInput in) {
        return in.readList(ModelCodec::readFinding);
    }

    // --- module metadata ------------------------------------------------------------------------------------

    static void write(CacheOutput out, ModuleRequirement r) {
        writeId(out, r.module());
        write(out, r.constraint());
        out.writeOptional(r.exemption(), (o, e) -> o.writeString(e.reason()));
    }

    static ModuleRequirement readRequirement(CacheInput in) {
        return new ModuleRequirement(readId(in), readConstraint(in),
                in.readOptional(i -> new ModuleRequirement.Exemption(i.readString())));
    }

    static void write(CacheOutput out, VersionConstraint c) {
        out.writeString(c.text());
    }

    static VersionConstraint readConstraint(CacheInput in) {
        String text = in.readString();
        try {
            return in.interner().constraint(text);
        } catch (IllegalArgumentException e) {
            throw new CacheFormatException("not a version constraint: " + text);
        }
    }

    static void write(CacheOutput out, Version v) {
        out.writeString(v.toString());
    }

    static Version readVersion(CacheInput in) {
        String text = in.readString();
        try {
            return in.interner().version(text);
        } catch (IllegalArgumentException e) {

            throw new CacheFormatException("not a version: " + text);
        }
    }

    static void write(CacheOutput out, CompatibleWith c) {
        out.writeOptional(c.terraform(), ModelCodec::write);
        writeMap(out, c.providers(), ModelCodec::write);
    }

    static CompatibleWith readCompatibleWith(CacheInput in) {
        return new CompatibleWith(in.readOptional(ModelCodec::readConstraint), readMap(in, ModelCodec::readConstraint));
    }

    static void write(CacheOutput out, Evidence e) {
        writeOptionalInt(out, e.productionTeams());
        writeOptionalInt(out, e.criticalBugs());
        writeOptionalInt(out, e.criticalBugs90d());
        writeOptionalInt(out, e.caseStudies());
        writeOptionalBoolean(out, e.benchmarks());
        writeOptionalBoolean(out, e.documentation());
        writeOptionalBoolean(out, e.apiComplete());
        writeOptionalBoolean(out, e.communityUsage());
        out.writeList(e.criticalBugDates(), ModelCodec::writeDate);
    }

    static Evidence readEvidence(CacheInput in) {
        return new Evidence(readOptionalInt(in), readOptionalInt(in), readOptionalInt(in), readOptionalInt(in),
                readOptionalBoolean(in), readOptionalBoolean(in), readOptionalBoolean(in), readOptionalBoolean(in),
                in.readList(ModelCodec::readDate));
    }

    static void write(CacheOutput out, Deprecation d) {
        out.writeString(d.reason());
        out.writeOptional(d.replacement(), ModelCodec::writeId);
        out.writeOptional(d.removalDate(), ModelCodec::writeDate);
    }

    static Deprecation readDeprecation(CacheInput in) {
        return new Deprecation(in.readString(), in.readOptional(ModelCodec::readId),
                in.readOptional(ModelCodec::readDate));
    }

    /**
     * @param out the output
     * @param m   a module's metadata
     */
    public static void write(CacheOutput out, ModuleMetadata m) {
        writeId(out, m.id());
        out.writeString(m.name());
        out.writeString(m.description());
        write(out, m.version());
        writeEnum(out, m.layer());
        writeCategory(out, m.category());
        writeEnum(out, m.maturity());
        out.writeOptional(m.complexity(), ModelCodec::writeEnum);
        out.writeStrings(m.tags());
        out.writeString(m.maintainer());
        out.writeOptionalString(m.supportChannel());
        out.writeList(m.requires(), ModelCodec::write);
        write(out, m.compatibleWith());
        out.writeOptional(m.estimatedMonthlyCost(), ModelCodec::writeDecimal);
        out.writeStrings(m.examples());
        out.writeOptional(m.deprecation(), ModelCodec::write);
        write(out, m.evidence());
        out.writeList(m.maturityHistory(), ModelCodec::write);
    }

    /**
     * @param in the input
     * @return a module's metadata
     */
    public static ModuleMetadata readMetadata(CacheInput in) {
        return new ModuleMetadata(readId(in), in.readString(), in.readString(), readVersion(in),
                in.readEnum(Layer.class), readCategory(in), in.readEnum(MaturityLevel.class),
                in.readOptional(i -> i.readEnum(ComplexityTier.class)), in.readStrings(), in.readString(),
                in.readOptionalString(), in.readList(ModelCodec::readRequirement), readCompatibleWith(in),
                in.readOptional(ModelCodec::readDecimal), in.readStrings(), in.readOptional(ModelCodec::readDeprecation),
                readEvidence(in), in.readList(ModelCodec::readMaturityChange));
    }

    // --- registry -------------------------------------------------------------------------------------------

    static void write(CacheOutput out, MaturityChange c) {
        writeEnum(out, c.level());
        writeDate(out, c.date());
    }

    static MaturityChange readMaturityChange(CacheInput in) {
        return new MaturityChange(in.readEnum(MaturityLevel.class), readDate(in));
    }

    static void write(CacheOutput out, RegisteredVersion v) {
        write(out, v.version());
        writeDate(out, v.released());
        writeEnum(out, v.maturity());
        out.writeString(v.changelog());
        out.writeOptionalString(v.tag());
        out.writeOptionalString(v.tree());
        out.writeOptionalString(v.fingerprint());
        out.writeOptional(v.published(), ModelCodec::writeDate);
    }

    static RegisteredVersion readRegisteredVersion(CacheInput in) {
        return new RegisteredVersion(readVersion(in), readDate(in), in.readEnum(MaturityLevel.class), in.readString(),
                in.readOptionalString(), in.readOptionalString(), in.readOptionalString(),
                in.readOptional(ModelCodec::readDate));
    }

    static void write(CacheOutput out, RegistryEntry.Metrics m) {
        out.writeBoolean(m.downloads().isPresent());
        if (m.downloads().isPresent()) {
            out.writeSignedVarLong(m.downloads().getAsLong());
        }
        out.writeOptional(m.rating(), ModelCodec::writeDouble);
        out.writeOptional(m.lastUpdated(), ModelCodec::writeDate);
    }

    static RegistryEntry.Metrics readMetrics(CacheInput in) {
        OptionalLong downloads = in.readBoolean() ? OptionalLong.of(in.readSignedVarLong()) : OptionalLong.empty();
        return new RegistryEntry.Metrics(downloads, in.readOptional(ModelCodec::readDouble),
                in.readOptional(ModelCodec::readDate));
    }

    /**
     * @param out the output
     * @param e   a registry entry
     */
    public static void write(CacheOutput out, RegistryEntry e) {
        writeId(out, e.id());
        out.writeString(e.name());
        write(out, e.version());
        writeCategory(out, e.category());
        out.writeStrings(e.tags());
        writeEnum(out, e.maturity());
        out.writeString(e.description());
        out.writeOptionalString(e.readmeUrl());
        out.writeStrings(e.examples());
        out.writeList(e.requires(), ModelCodec::write);
        write(out, e.compatibleWith());
        write(out, e.metrics());
        out.writeOptional(e.cost(), (o, c) -> {
            writeDecimal(o, c.estimatedCost());
            writeEnum(o, c.costCategory());
            o.writeBoolean(c.partial());
            o.writeBoolean(c.usagePriced());
        });
        out.writeString(e.support().maintainer());
        out.writeOptionalString(e.support().supportChannel());
        out.writeList(e.versions(), ModelCodec::write);
        out.writeList(e.maturityHistory(), ModelCodec::write);
        out.writeOptional(e.deprecation(), ModelCodec::write);
    }

    /**
     * @param in the input
     * @return a registry entry
     */
    public static RegistryEntry readRegistryEntry(CacheInput in) {
        return new RegistryEntry(readId(in), in.readString(), readVersion(in), readCategory(in), in.readStrings(),
                in.readEnum(MaturityLevel.class), in.readString(), in.readOptionalString(), in.readStrings(),
                in.readList(ModelCodec::readRequirement), readCompatibleWith(in), readMetrics(in),
                in.readOptional(i -> new RegistryEntry.CostInfo(readDecimal(i), i.readEnum(CostCategory.class),
                        i.readBoolean(), i.readBoolean())),
                new RegistryEntry.Support(in.readString(), in.readOptionalString()),
                in.readList(ModelCodec::readRegisteredVersion), in.readList(ModelCodec::readMaturityChange),
                in.readOptional(ModelCodec::readDeprecation));
    }

    /**
     * Writes a registry as a table of its entries and their blocks, so that one entry can be read alone
     * ({@link RegistryTable}).
     *
     * @param out the output
     * @param r   a registry
     */
    public static void write(CacheOutput out, ModuleRegistry r) {
        RegistryTable.write(out, r);
    }

    /**
     * @param in the input
     * @return a registry, every entry decoded
     * @throws CacheFormatException if the data is not a registry
     */
    public static ModuleRegistry readRegistry(CacheInput in) {
        return readRegistryTable(in).registry();
    }

    /**
     * Reads a registry's table of entries, none of them decoded yet.
     *
     * @param in the input
     * @return the table, each entry decoded on demand
     * @throws CacheFormatException if the table is truncated or does not match the entries' blocks
     */
    public static RegistryTable readRegistryTable(CacheInput in) {
        return RegistryTable.read(in);
    }

    // --- the other catalog files ----------------------------------------------------------------------------

    /**
     * @param out the output
     * @param t   a taxonomy
     */
    public static void write(CacheOutput out, Taxonomy t) {
        writeEnum(out, t.policy());
        out.writeList(t.layers(), (o, l) -> {
            writeEnum(o, l.layer());
            o.writeString(l.description());
            o.writeList(l.categories(), (o2, c) -> {
                writeCategory(o2, c.category());
                o2.writeString(c.description());
                o2.writeBoolean(c.crossCutting());
            });
        });
    }

    /**
     * @param in the input
     * @return a taxonomy
     */
    public static Taxonomy readTaxonomy(CacheInput in) {
        return new Taxonomy(in.readEnum(DependencyPolicy.class), in.readList(i -> new Taxonomy.LayerDefinition(
                i.readEnum(Layer.class), i.readString(),
                i.readList(i2 -> new Taxonomy.CategoryDefinition(readCategory(i2), i2.readString(), i2.readBoolean())))));
    }

    /**
     * @param out the output
     * @param t   a tag taxonomy
     */
    public static void write(CacheOutput out, TagTaxonomy t) {
        out.writeList(t.tags(), (o, d) -> {
            o.writeString(d.name());
            o.writeString(d.description());
            o.writeStrings(d.synonyms());
            o.writeOptionalString(d.parent());
        });
    }

    /**
     * @param in the input
     * @return a tag taxonomy
     */
    public static TagTaxonomy readTags(CacheInput in) {
        return new TagTaxonomy(in.readList(i -> new TagTaxonomy.TagDefinition(i.readString(), i.readString(),
                i.readStrings(), i.readOptionalString())));
    }

    /**
     * @param out the output
     * @param m   a maturity model
     */
    public static void write(CacheOutput out, MaturityModel m) {
        out.writeList(m.levels(), (o, l) -> {
            writeEnum(o, l.level());
            o.writeString(l.description());
            o.writeStrings(l.requirements());
            o.writeOptionalString(l.sla());
        });
        out.writeList(m.promotions(), (o, p) -> {
            writeEnum(o, p.from());
            writeEnum(o, p.to());
            o.writeList(p.criteria(), (o2, c) -> {
                o2.writeString(c.id());
                o2.writeString(c.description());
                o2.writeOptional(c.threshold(), ModelCodec::writeDecimal);
            });
        });
    }

    /**
     * @param in the input
     * @return a maturity model
     */
    public static MaturityModel readMaturityModel(CacheInput in) {
        List<MaturityModel.LevelDefinition> levels = in.readList(i -> new MaturityModel.LevelDefinition(
                i.readEnum(MaturityLevel.class), i.readString(), i.readStrings(), i.readOptionalString()));
        List<MaturityModel.Promotion> promotions = in.readList(i -> new MaturityModel.Promotion(
                i.readEnum(MaturityLevel.class), i.readEnum(MaturityLevel.class),
                i.readList(i2 -> new MaturityModel.Criterion(i2.readString(), i2.readString(),
                        i2.readOptional(ModelCodec::readDecimal)))));
        return new MaturityModel(levels, promotions);
    }

    /**
     * @param out the output
     * @param s   search index settings
     */
    public static void write(CacheOutput out, SearchIndexConfig s) {
        out.writeList(s.indices(), (o, i) -> {
            o.writeString(i.name());
            o.writeStrings(i.fields());
            writeMap(o, i.boosts(), ModelCodec::writeDouble);
        });
    }

    /**
     * @param in the input
     * @return search index settings
     */
    public static SearchIndexConfig readSearchIndex(CacheInput in) {
        return new SearchIndexConfig(in.readList(i -> new SearchIndexConfig.SearchIndex(i.readString(),
                i.readStrings(), readMap(i, ModelCodec::readDouble))));
    }

    /**
     * @param out the output
     * @param s   catalog settings
     */
    public static void write(CacheOutput out, CatalogSettings s) {
        out.writeStrings(s.inspect().boilerplateFiles());
        out.writeBoolean(s.versioning().riskyIsBreaking());
        out.writeStrings(s.graph().registrySources());
        out.writeVarInt(s.migrate().legacyLinkMonths());
        out.writeStrings(s.notifications().webhooks());
    }

    /**
     * @param in the input
     * @return catalog settings
     */
    public static CatalogSettings readSettings(CacheInput in) {
        return new CatalogSettings(new CatalogSettings.Inspect(in.readStrings()),
                new CatalogSettings.Versioning(in.readBoolean()), new CatalogSettings.Graph(in.readStrings()),
                new CatalogSettings.Migrate(in.readCount()), new CatalogSettings.Notify(in.readStrings()));
    }

    // --- module interfaces ----------------------------------------------------------------------------------

    private static final int PRIMITIVE = 0;
    private static final int ANY = 1;
    private static final int COLLECTION = 2;
    private static final int OBJECT = 3;
    private static final int TUPLE = 4;

    static void write(CacheOutput out, TypeConstraint t) {
        if (t instanceof TypeConstraint.Primitive p) {
            out.writeByte(PRIMITIVE);
            writeEnum(out, p.type());
        } else if (t instanceof TypeConstraint.AnyType) {
            out.writeByte(ANY);
        } else if (t instanceof TypeConstraint.Collection c) {
            out.writeByte(COLLECTION);
            writeEnum(out, c.kind());
            write(out, c.element());
        } else if (t instanceof TypeConstraint.ObjectType o) {
            out.writeByte(OBJECT);
            out.writeList(o.attributes(), (o2, a) -> {
                o2.writeString(a.name());
                write(o2, a.type());
                o2.writeBoolean(a.optional());
                o2.writeOptional(a.defaultValue(), ModelCodec::write);
            });
        } else if (t instanceof TypeConstraint.TupleType tt) {
            out.writeByte(TUPLE);
            out.writeList(tt.elements(), ModelCodec::write);
        } else {
            throw new IllegalArgumentException("unknown type constraint " + t.getClass().getName());
        }
    }

    static TypeConstraint readType(CacheInput in) {
        int tag = in.readByte();
        switch (tag) {
            case PRIMITIVE:
                return new TypeConstraint.Primitive(in.readEnum(TypeConstraint.Primitive.Type.class));
            case ANY:
                return TypeConstraint.ANY;
            case COLLECTION:
                return new TypeConstraint.Collection(in.readEnum(TypeConstraint.Collection.Kind.class), readType(in));
            case OBJECT:
                return new TypeConstraint.ObjectType(in.readList(i -> new TypeConstraint.Attribute(i.readString(),
                        readType(i), i.readBoolean(), i.readOptional(ModelCodec::readLiteral))));
            case TUPLE:
                return new TypeConstraint.TupleType(in.readList(ModelCodec::readType));
            default:
                throw new CacheFormatException("unknown type constraint tag " + tag);
        }
    }

    static void write(CacheOutput out, LiteralValue v) {
        writeEnum(out, v.kind());
        if (v instanceof LiteralValue.StringValue s) {
            out.writeString(s.value());
        } else if (v instanceof LiteralValue.NumberValue n) {
            writeDecimal(out, n.value());
        } else if (v instanceof LiteralValue.BoolValue b) {
            out.writeBoolean(b.value());
        } else if (v instanceof LiteralValue.ListValue l) {
            out.writeList(l.elements(), ModelCodec::write);
        } else if (v instanceof LiteralValue.MapValue m) {
            writeMap(out, m.entries(), ModelCodec::write);
        } else if (v instanceof LiteralValue.NonLiteral nl) {
            out.writeString(nl.source());
        } else if (!(v instanceof LiteralValue.NullValue)) {
            throw new IllegalArgumentException("unknown literal " + v.getClass().getName());
        }
    }

    static LiteralValue readLiteral(CacheInput in) {
        LiteralValue.Kind kind = in.readEnum(LiteralValue.Kind.class);
        switch (kind) {
            case STRING:
                return new LiteralValue.StringValue(in.readString());
            case NUMBER:
                return new LiteralValue.NumberValue(readDecimal(in));
            case BOOL:
                return new LiteralValue.BoolValue(in.readBoolean());
            case NULL:
                return LiteralValue.nullValue();
            case LIST:
                return new LiteralValue.ListValue(in.readList(ModelCodec::readLiteral));
            case MAP:
                return new LiteralValue.MapValue(readMap(in, ModelCodec::readLiteral));
            case NON_LITERAL:
                return new LiteralValue.NonLiteral(in.readString());
            default:
                throw new CacheFormatException("unknown literal kind " + kind);
        }
    }

    static void write(CacheOutput out, HclValue v) {
        writeEnum(out, v.kind());
        if (v instanceof HclValue.StringValue x) {
            out.writeString(x.value());
        } else if (v instanceof HclValue.NumberValue x) {
            writeDecimal(out, x.value());
        } else if (v instanceof HclValue.BoolValue x) {
            out.writeBoolean(x.value());
        } else if (v instanceof HclValue.TupleValue x) {
            out.writeList(x.elements(), ModelCodec::write);
        } else if (v instanceof HclValue.ListValue x) {
            write(out, x.elementType());
            out.writeList(x.elements(), ModelCodec::write);
        } else if (v instanceof HclValue.SetValue x) {
            write(out, x.elementType());
            out.writeList(x.elements(), ModelCodec::write);
        } else if (v instanceof HclValue.ObjectValue x) {
            writeMap(out, x.attributes(), ModelCodec::write);
        } else if (v instanceof HclValue.MapValue x) {
            write(out, x.elementType());
            writeMap(out, x.attributes(), ModelCodec::write);
        } else if (v instanceof HclValue.NullValue x) {
            write(out, x.type());
        } else if (v instanceof HclValue.UnknownValue x) {
            write(out, x.type());
            HclValue.Refinement r = x.refinement();
            out.writeBoolean(r.notNull());
            out.writeString(r.stringPrefix());
            out.writeOptional(r.lowerBound(), ModelCodec::write);
            out.writeOptional(r.upperBound(), ModelCodec::write);
            out.writeSignedVarLong(r.minLength());
            out.writeSignedVarLong(r.maxLength());
        } else {
            throw new IllegalArgumentException("unknown value " + v.getClass().getName());
        }
    }

    static void write(CacheOutput out, HclValue.Bound b) {
        writeDecimal(out, b.value());
        out.writeBoolean(b.inclusive());
    }

    static HclValue.Bound readBound(CacheInput in) {
        return new HclValue.Bound(readDecimal(in), in.readBoolean());
    }

    static HclValue readValue(CacheInput in) {
        HclValue.Kind kind = in.readEnum(HclValue.Kind.class);
        switch (kind) {
            case STRING:
                return new HclValue.StringValue(in.readString());
            case NUMBER:
                return new HclValue.NumberValue(readDecimal(in));
            case BOOL:
                return in.readBoolean() ? HclValue.TRUE : HclValue.FALSE;
            case TUPLE:
                return new HclValue.TupleValue(in.readList(ModelCodec::readValue));
            case LIST:
                return new HclValue.ListValue(readType(in), in.readList(ModelCodec::readValue));
            case SET:
                return new HclValue.SetValue(readType(in), in.readList(ModelCodec::readValue));
            case OBJECT:
                return new HclValue.ObjectValue(readMap(in, ModelCodec::readValue));
            case MAP:
                return new HclValue.MapValue(readType(in), readMap(in, ModelCodec::readValue));
            case NULL:
                return new HclValue.NullValue(readType(in));
            case UNKNOWN:
                return new HclValue.UnknownValue(readType(in), new HclValue.Refinement(in.readBoolean(),
                        in.readString(), in.readOptional(ModelCodec::readBound), in.readOptional(ModelCodec::readBound),
                        in.readSignedVarLong(), in.readSignedVarLong()));
            default:
                throw new CacheFormatException("unknown value kind " + kind);
        }
    }

    static void write(CacheOutput out, InputVariable v) {
        out.writeString(v.name());
        out.writeOptionalString(v.typeSource());
        write(out, v.type());
        out.writeOptional(v.defaultValue(), ModelCodec::write);
        out.writeOptional(v.typedDefault(), ModelCodec::write);
        out.writeString(v.description());
        out.writeBoolean(v.sensitive());
        out.writeBoolean(v.nullable());
        out.writeBoolean(v.ephemeral());
        out.writeOptionalString(v.deprecated());
        out.writeVarInt(v.validationCount());
        write(out, v.location());
    }

    static InputVariable readVariable(CacheInput in) {
        return new InputVariable(in.readString(), in.readOptionalString(), readType(in),
                in.readOptional(ModelCodec::readLiteral), in.readOptional(ModelCodec::readValue), in.readString(),
                in.readBoolean(), in.readBoolean(),
                in.readBoolean(), in.readOptionalString(), in.readVarInt(), readLocation(in));
    }

    static void write(CacheOutput out, OutputValue o) {
        out.writeString(o.name());
        out.writeString(o.description());
        out.writeBoolean(o.sensitive());
        out.writeStrings(o.dependsOn());
        out.writeOptionalString(o.deprecated());
        write(out, o.location());
    }

    static OutputValue readOutput(CacheInput in) {
        return new OutputValue(in.readString(), in.readString(), in.readBoolean(), in.readStrings(),
                in.readOptionalString(), readLocation(in));
    }

    static void write(CacheOutput out, ProviderConfigRef p) {
        out.writeString(p.name());
        out.writeOptionalString(p.alias());
    }

    static ProviderConfigRef readProviderConfig(CacheInput in) {
        return new ProviderConfigRef(in.readString(), in.readOptionalString());
    }

    static void write(CacheOutput out, ProviderRequirement p) {
        out.writeString(p.localName());
        out.writeOptionalString(p.source());
        out.writeStrings(p.versionConstraints());
        out.writeList(p.configurationAliases(), ModelCodec::write);
    }

    static ProviderRequirement readProviderRequirement(CacheInput in) {
        return new ProviderRequirement(in.readString(), in.readOptionalString(), in.readStrings(),
                in.readList(ModelCodec::readProviderConfig));
    }

    static void write(CacheOutput out, ResourceRef r) {
        writeEnum(out, r.mode());
        out.writeString(r.type());
        out.writeString(r.name());
        write(out, r.provider());
        out.writeOptionalString(r.count());
        out.writeOptionalString(r.forEach());
        write(out, r.location());
    }

    static ResourceRef readResource(CacheInput in) {
        return new ResourceRef(in.readEnum(ResourceRef.Mode.class), in.readString(), in.readString(),
                readProviderConfig(in), in.readOptionalString(), in.readOptionalString(), readLocation(in));
    }

    /**
     * @param out the output
     * @param m   a module call
     */
    public static void write(CacheOutput out, ModuleCallRef m) {
        out.writeString(m.name());
        out.writeString(m.source());
        out.writeOptionalString(m.version());
        write(out, m.location());
    }

    /**
     * @param in the input
     * @return a module call
     */
    public static ModuleCallRef readModuleCall(CacheInput in) {
        return new ModuleCallRef(in.readString(), in.readString(), in.readOptionalString(), readLocation(in));
    }

    /**
     * @param out the output
     * @param d   a diagnostic
     */
    public static void write(CacheOutput out, Diagnostic d) {
        writeEnum(out, d.severity());
        out.writeString(d.summary());
        out.writeString(d.detail());
        write(out, d.location());
    }

    /**
     * @param in the input
     * @return a diagnostic
     */
    public static Diagnostic readDiagnostic(CacheInput in) {
        return new Diagnostic(in.readEnum(Diagnostic.Severity.class), in.readString(), in.readString(),
                readLocation(in));
    }

    /**
     * @param out the output
     * @param m   a module interface
     */
    public static void write(CacheOutput out, ModuleInterface m) {
        out.writeString(m.path());
        out.writeList(m.variables(), ModelCodec::write);
        out.writeList(m.outputs(), ModelCodec::write);
        out.writeStrings(m.requiredCore());
        out.writeList(m.requiredProviders(), ModelCodec::write);
        out.writeList(m.providerConfigs(), ModelCodec::write);
        out.writeList(m.managedResources(), ModelCodec::write);
        out.writeList(m.dataResources(), ModelCodec::write);
        out.writeList(m.moduleCalls(), ModelCodec::write);
        out.writeList(m.diagnostics(), ModelCodec::write);
        out.writeStrings(List.copyOf(m.boilerplateFiles()));
    }

    /**
     * @param in the input
     * @return a module interface
     */
    public static ModuleInterface readInterface(CacheInput in) {
        return new ModuleInterface(in.readString(), in.readList(ModelCodec::readVariable),
                in.readList(ModelCodec::readOutput), in.readStrings(), in.readList(ModelCodec::readProviderRequirement),
                in.readList(ModelCodec::readProviderConfig), in.readList(ModelCodec::readResource),
                in.readList(ModelCodec::readResource), in.readList(ModelCodec::readModuleCall),
                in.readList(ModelCodec::readDiagnostic), new LinkedHashSet<>(in.readStrings()));
    }
}
