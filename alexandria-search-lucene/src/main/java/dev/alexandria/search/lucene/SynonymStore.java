package dev.alexandria.search.lucene;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabulary's synonym map, saved in the index folder next to the index ({@value #FILE}), so that opening a
 * persisted index does not analyze every vocabulary term again.
 *
 * <p>The file holds the {@link LuceneSearchIndex#FORMAT index format} and the
 * {@link dev.alexandria.spi.search.IndexSpec#fingerprintText() spec text} it was built for, the map's words and its
 * FST, with Lucene's header and checksum footer. A file that is missing, of another format or spec, truncated or
 * corrupt is not used (the map is built again and the file replaced). It is written to a temporary file and renamed,
 * so concurrent processes never see half a file. Lucene's index file deleter
 * leaves it alone (its name is not an index file's), and a rebuild's clearing of the folder removes it.
 */
final class SynonymStore {

    private static final Logger LOG = LoggerFactory.getLogger(SynonymStore.class);

    static final String FILE = "alexandria-synonyms.bin";
    private static final String CODEC = "AlexandriaSynonyms";
    private static final int VERSION = 1;

    private SynonymStore() {
    }

    /**
     * A saved map and the spec it was built for.
     *
     * @param spec the {@link dev.alexandria.spi.search.IndexSpec#fingerprintText() spec text}
     * @param map  the map
     */
    record Saved(String spec, SynonymMap map) {

        /** The map, if it was built for this spec. */
        Optional<SynonymMap> forSpec(String specText) {
            if (spec.equals(specText)) {
                return Optional.of(map);
            }
            LOG.debug("the saved synonym map is for another vocabulary; building it again");
            return Optional.empty();
        }
    }

    /** The saved map, if the folder holds one for this spec. */
    static Optional<SynonymMap> read(Directory directory, String specText) {
        return read(directory).flatMap(s -> s.forSpec(specText));
    }

    /** The saved map of this index format, if the folder holds a readable one, whichever spec it was built for. */
    static Optional<Saved> read(Directory directory) {
        try (ChecksumIndexInput in = directory.openChecksumInput(FILE, IOContext.READONCE)) {
            OwnFiles.checksumWhole(directory, FILE);
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            String format = in.readString();
            String spec = in.readString();
            if (!LuceneSearchIndex.FORMAT.equals(format)) {
                LOG.debug("the saved synonym map is for another index format; building it again");
                return Optional.empty();
            }
            int maxHorizontalContext = in.readVInt();
            int count = in.readVInt();
            BytesRefHash words = new BytesRefHash();
            for (int i = 0; i < count; i++) {
                byte[] b = new byte[in.readVInt()];
                in.readBytes(b, 0, b.length);
                if (words.add(new BytesRef(b)) != i) {
                    throw new CorruptIndexException("a word of the synonym map is repeated", in);
                }
            }
            FST<BytesRef> fst = null;
            if (in.readByte() == 1) {
                fst = new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
            }
            CodecUtil.checkFooter(in);
            return Optional.of(new Saved(spec, new SynonymMap(fst, words, maxHorizontalContext)));
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("the saved synonym map cannot be read ({}); building it again", e.toString());
            return Optional.empty();
        }
    }

    /** Saves the map; a failure is logged and costs only building the map again next time. */
    static void write(Directory directory, String specText, SynonymMap map) {
        try {
            OwnFiles.replace(directory, FILE, CODEC, VERSION, true, out -> {
                out.writeString(LuceneSearchIndex.FORMAT);
                out.writeString(specText);
                out.writeVInt(map.maxHorizontalContext);
                out.writeVInt(map.words.size());
                BytesRef scratch = new BytesRef();
                for (int i = 0; i < map.words.size(); i++) {
                    map.words.get(i, scratch);
                    out.writeVInt(scratch.length);
                    out.writeBytes(scratch.bytes, scratch.offset, scratch.length);
                }
                out.writeByte((byte) (map.fst == null ? 0 : 1));
                if (map.fst != null) {
                    map.fst.save(out, out);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("saving the synonym map failed: {}", e.toString());
        }
    }
}
