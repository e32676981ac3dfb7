package dev.alexandria.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A process that is configured as the CLI's is and then logs through {@code java.util.logging}, as Lucene does on
 * JDK 21 and later: for {@link JulToSlf4jTest}. With the argument {@code --verbose}, debug logging is on, as the
 * CLI's {@code --verbose} turns it on.
 */
public final class JulLoggingForTest {

    private JulLoggingForTest() {
    }

    /** @param args {@code --verbose} or nothing */
    public static void main(String[] args) {
        if (args.length > 0 && "--verbose".equals(args[0])) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        AlexandriaCli.configureProcess();
        Logger lucene = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
        lucene.warning("You are running with Java 23 or later.");
        lucene.log(Level.INFO, "Using {0} for {1}", new Object[] {"MemorySegmentIndexInput", "reads"});
        lucene.severe("an index cannot be read");
    }
}
