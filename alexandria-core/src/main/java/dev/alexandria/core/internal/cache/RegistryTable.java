package dev.alexandria.core.internal.cache;

import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A registry as the cache stores it ({@link ModelCodec#write(CacheOutput, ModuleRegistry)}): a table of its
 * entries (each entry's module id and the length of its block) and the entries' blocks, each written with a
 * string table of its own. So one entry is decoded alone, at the offset the table gives, without decoding the
 * others: a command about one module of a large registry reads one entry, not all of them.
 *
 * <p>Immutable and thread-safe: every read opens its own input over the shared bytes.
 */
public final class RegistryTable {

    private final byte[] bytes;
    private final List<ModuleId> ids;
    private final Map<ModuleId, Integer> index;
    private final int[] offsets;
    private final int[] lengths;
    private final int entries;
    private final Interner interner;

    private RegistryTable(byte[] bytes, List<ModuleId> ids, Map<ModuleId, Integer> index, int[] offsets,
                          int[] lengths, int entries, Interner interner) {
        this.bytes = bytes;
        this.ids = ids;
        this.index = index;
        this.offsets = offsets;
        this.lengths = lengths;
        this.entries = entries;
        this.interner = interner;
    }

    /**
     * Writes a registry: the number of entries and of archived entries, each one's id and block length (entries
     * first, then archived ones, in order), then all the blocks as one length-prefixed block.
     */
    static void write(CacheOutput out, ModuleRegistry r) {
        List<RegistryEntry> all = new ArrayList<>(r.entries());
        all.addAll(r.archived());
        List<byte[]> blocks = new ArrayList<>(all.size());
        long total = 0;
        for (RegistryEntry e : all) {
            CacheOutput block = CacheOutput.create(256);
            ModelCodec.write(block, e);
            byte[] b = block.toByteArray();
            blocks.add(b);
            total += b.length;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("registry too large to cache: " + total + " bytes");
        }
        out.writeVarInt(r.entries().size());
        out.writeVarInt(r.archived().size());
        for (int i = 0; i < all.size(); i++) {
            out.writeString(all.get(i).id().value());
            out.writeVarInt(blocks.get(i).length);
        }
        out.writeVarInt((int) total);
        for (byte[] b : blocks) {
            out.writeRaw(b, 0, b.length);
        }
    }

    /**
     * Reads the table and skips the blocks, checking that the table's lengths add up to the blocks' length.
     *
     * @throws CacheFormatException if the table is truncated or does not match the blocks
     */
    static RegistryTable read(CacheInput in) {
        int entries = in.readCount();
        int archived = in.readCount();
        int n = entries + archived;
        if (n < 0 || n > in.remaining()) { // each entry takes at least two bytes of the table
            throw new CacheFormatException("registry table of " + entries + " + " + archived + " entries in "
                    + in.remaining() + " bytes");
        }
        List<ModuleId> ids = new ArrayList<>(n);
        int[] offsets = new int[n];
        int[] lengths = new int[n];
        long at = 0;
        for (int i = 0; i < n; i++) {
            ids.add(in.interner().id(in.readString()));
            lengths[i] = in.readCount();
            offsets[i] = (int) Math.min(at, Integer.MAX_VALUE);
            at += lengths[i];
        }
        int total = in.readCount();
        if (total != at) {
            throw new CacheFormatException("registry table: entry lengths add up to " + at + " bytes, the entries "
                    + "take " + total);
        }
        int start = in.skip(total);
        Map<ModuleId, Integer> index = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            offsets[i] += start;
            // each block starts with its module's id: a table that does not line up with its blocks is caught
            // here, before any entry is decoded (the bytes themselves are checked by the cache file's checksum)
            String first = CacheInput.of(in.bytes(), offsets[i], lengths[i]).readString();
            if (!first.equals(ids.get(i).value())) {
                throw new CacheFormatException("registry table: entry " + i + " is " + ids.get(i) + " in the table "
                        + "but its block starts with '" + first + "'");
            }
            index.putIfAbsent(ids.get(i), i); // an id's first entry, else its first archived entry
        }
        return new RegistryTable(in.bytes(), Collections.unmodifiableList(ids), index, offsets, lengths, entries,
                in.interner());
    }

    /** @return the ids of the entries, then of the archived entries, in the registry's order */
    public List<ModuleId> ids() {
        return ids;
    }

    /**
     * One module's entry, decoded alone: its first entry, else its first archived entry (an archived module).
     *
     * @param id the module
     * @return the entry; empty when the registry has none for the module
     * @throws CacheFormatException if the block does not decode whole into an entry of that module
     */
    public Optional<RegistryEntry> entry(ModuleId id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(decode(i));
    }

    /**
     * The whole registry.
     *
     * @return the registry
     * @throws CacheFormatException if a block does not decode whole into the entry the table names
     */
    public ModuleRegistry registry() {
        List<RegistryEntry> listed = new ArrayList<>(entries);
        List<RegistryEntry> archived = new ArrayList<>(ids.size() - entries);
        for (int i = 0; i < ids.size(); i++) {
            (i < entries ? listed : archived).add(decode(i));
        }
        return new ModuleRegistry(listed, archived);
    }

    private RegistryEntry decode(int i) {
        CacheInput in = CacheInput.of(bytes, offsets[i], lengths[i]).sharing(interner);
        RegistryEntry e = ModelCodec.readRegistryEntry(in);
        if (!in.atEnd() || !e.id().equals(ids.get(i))) {
            throw new CacheFormatException("registry table: entry " + i + " is " + e.id() + " in "
                    + (in.atEnd() ? "" : "part of ") + "its block, the table says " + ids.get(i));
        }
        return e;
    }
}
