package dev.alexandria.cli;

import java.util.function.Predicate;
import org.slf4j.ILoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.simple.SimpleLogger;
import org.slf4j.simple.SimpleLoggerFactory;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.Logger;
import org.slf4j.Marker;

/**
 * The CLI's SLF4J binding: slf4j-simple (configured by {@code simplelogger.properties}, stderr), except that a log
 * event with a throwable is one line — the message, then the throwable's class and message — unless debug logging
 * is on ({@code --verbose}), which adds the stack trace. {@link AlexandriaCli} selects it with the
 * {@code slf4j.provider} system property before the first logger exists.
 */
public final class CliLogProvider extends SimpleServiceProvider {

    /** Where the calling thread's log events go instead of stderr, if anywhere (see {@link #holdOnThisThread}). */
    private static final ThreadLocal<Predicate<Runnable>> HELD = new ThreadLocal<>();

    private ILoggerFactory factory;

    /** The provider SLF4J instantiates. */
    public CliLogProvider() {
        super();
    }

    @Override
    public void initialize() {
        super.initialize();
        factory = new Factory();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    /**
     * One line for a log event's throwable.
     *
     * @param message the formatted message
     * @param t       the throwable
     * @return {@code <message>: <SimpleClassName>: <message> (--verbose shows the stack trace)}
     */
    static String oneLine(String message, Throwable t) {
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return message + ": " + what + " (--verbose shows the stack trace)";
    }

    /**
     * Holds the log events of the calling thread instead of printing them: each becomes a call that prints it,
     * handed to {@code holder} (to be run later, on another thread, where it prints as it would have here); a
     * holder that returns {@code false} drops it. Used by {@link LibraryPreopen}, whose thread's log must appear
     * where the command would have logged it.
     *
     * @param holder takes each event's printing call; {@code null} prints again
     */
    static void holdOnThisThread(Predicate<Runnable> holder) {
        if (holder == null) {
            HELD.remove();
        } else {
            HELD.set(holder);
        }
    }

    private static final class Factory extends SimpleLoggerFactory {
        @Override
        protected Logger createLogger(String name) {
            return new OneLineLogger(name);
        }
    }

    private static final class OneLineLogger extends SimpleLogger {
        private static final long serialVersionUID = 1L;

        OneLineLogger(String name) {
            super(name);
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                                                   Object[] arguments, Throwable throwable) {
            Predicate<Runnable> holder = HELD.get();
            if (holder != null) {
                holder.test(() -> handleNormalizedLoggingCall(level, marker, messagePattern, arguments, throwable));
                return;
            }
            if (throwable == null || isDebugEnabled()) {
                super.handleNormalizedLoggingCall(level, marker, messagePattern, arguments, throwable);
                return;
            }
            String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
            super.handleNormalizedLoggingCall(level, marker, "{}", new Object[] {oneLine(message, throwable)},
                    null);
        }
    }
}
