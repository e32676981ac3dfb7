package dev.alexandria.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CLI's configuration of {@code java.util.logging}, named by the {@code java.util.logging.config.class} system
 * property, so the JDK builds it only when something first logs through {@code java.util.logging} (Lucene does, when
 * it picks how to read index files and whether to use the Vector API): a run that never does pays nothing.
 *
 * <p>Without it, the JDK's console handler prints such records to stderr in two lines of its own format, e.g.
 * {@code WARNING: You are running with Java 23 or later. To make full use of the Vector API, please update Apache
 * Lucene.} on JDK 23 and later: advice about the bundled libraries and the JVM, not about the user's library. Here
 * each record goes to SLF4J under its logger's name, so it reads like the CLI's other log lines: a {@code SEVERE}
 * record as an error (always shown), any other as debug (shown with {@code --verbose}).
 *
 * <p>Thread-safe: the handler keeps no state.
 */
public final class JulToSlf4j {

    /** The name of the JDK's system property that names this class: {@value}. */
    static final String PROPERTY = "java.util.logging.config.class";

    /** Called by {@link LogManager} when it first reads its configuration: routes every record to SLF4J. */
    public JulToSlf4j() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.ALL);
        root.addHandler(new ToSlf4j());
    }

    /** The handler on the root logger: each record to the SLF4J logger of the same name. */
    static final class ToSlf4j extends Handler {

        @Override
        public void publish(LogRecord record) {
            if (record == null) {
                return;
            }
            String name = record.getLoggerName() == null ? "java.util.logging" : record.getLoggerName();
            org.slf4j.Logger log = LoggerFactory.getLogger(name);
            boolean severe = record.getLevel().intValue() >= Level.SEVERE.intValue();
            if (severe ? !log.isErrorEnabled() : !log.isDebugEnabled()) {
                return;
            }
            String message = message(record);
            if (severe) {
                log.error(message, record.getThrown());
            } else {
                log.debug(message, record.getThrown());
            }
        }

        /** The record's message with its parameters filled in, as the JDK's own formatters do. */
        private static String message(LogRecord record) {
            String text = record.getMessage();
            if (text == null) {
                return "";
            }
            Object[] parameters = record.getParameters();
            if (parameters == null || parameters.length == 0 || !text.contains("{")) {
                return text;
            }
            try {
                return java.text.MessageFormat.format(text, parameters);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }

        @Override
        public void flush() {
            // SLF4J's logger writes each line itself.
        }

        @Override
        public void close() {
            // Nothing is held.
        }
    }
}
