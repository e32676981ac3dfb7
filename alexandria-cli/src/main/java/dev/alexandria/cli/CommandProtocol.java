package dev.alexandria.cli;

import dev.alexandria.core.Alexandria;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the command client ({@link CommandClient}) and the command server ({@link CommandServer}) share: the frames
 * they exchange over a UNIX domain socket, the request, the server's key and where its socket is.
 *
 * <p>A frame is a type byte, a length (4 bytes, big-endian) and that many bytes. The client sends one
 * {@link #REQUEST} (or {@link #STOP}); the server answers {@link #REFUSED} (then closes: the client runs the command
 * itself) or {@link #ACCEPTED}, then the command's {@link #OUT} and {@link #ERR} bytes as it writes them, then
 * {@link #EXIT} with the exit code.
 *
 * <p>The key names what a run's output depends on besides its arguments, working directory and environment map
 * (which each request carries): the build (the class path with each jar's size and time, the JDK and the JVM
 * options, as {@code bin/alexandria} passes them in {@link #KEY_PROPERTY}), this protocol's version and the
 * environment variables that core and the CLI read from the process rather than from the request
 * ({@link #processVariables}). A server answers only requests with its own key; its socket is named by a hash of it.
 */
final class CommandProtocol {

    /** The protocol's version; part of the key. */
    static final int VERSION = 1;

    /** The build's key, set by {@code bin/alexandria}; without it there is no server. */
    static final String KEY_PROPERTY = "alexandria.server.key";

    /** Frame types. */
    static final byte REQUEST = 'Q';
    static final byte STOP = 'S';
    static final byte ACCEPTED = 'A';
    static final byte REFUSED = 'R';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';

    /** The longest socket path used: the kernel's limit is 108 bytes on Linux, 104 on macOS. */
    static final int MAX_SOCKET_PATH = 100;

    /** The largest frame read: a request's environment and arguments are far smaller. */
    static final int MAX_FRAME = 16 << 20;

    /**
     * The environment variables read from the process, not from the request's {@link CliEnvironment}: the cache
     * folder ({@code CacheLocation}, {@code SampleLibrary}), the home folder, git's and JGit's ({@code GitDiscovery},
     * the {@code alexandria.git.system-config} property, JGit's configuration), the time zone and locale the JVM
     * read at start-up, and the JVM's and {@code bin/alexandria}'s own. Besides these, every {@code GIT_} and
     * {@code LC_} variable.
     */
    static final Set<String> PROCESS_VARIABLES = Set.of("ALEXANDRIA_CACHE_DIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
            "HOME", "TZ", "LANG", "LANGUAGE", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_HOME",
            "ALEXANDRIA_JAVA_OPTS", "ALEXANDRIA_CLASSPATH");

    private CommandProtocol() {
    }

    /** A request: what a run of the command line sees of its process. */
    record Request(int version, String key, List<String> args, Path workingDirectory, Map<String, String> env,
                   boolean terminal) {

        CliEnvironment environment() {
            return new CliEnvironment(env, workingDirectory, terminal);
        }

        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(version);
                writeString(out, key);
                out.writeInt(args.size());
                for (String arg : args) {
                    writeString(out, arg);
                }
                writeString(out, workingDirectory.toString());
                out.writeInt(env.size());
                for (Map.Entry<String, String> e : env.entrySet()) {
                    writeString(out, e.getKey());
                    writeString(out, e.getValue());
                }
                out.writeBoolean(terminal);
            } catch (IOException e) {
                throw new IllegalStateException("cannot happen: writing to memory", e);
            }
            return bytes.toByteArray();
        }

        static Request decode(byte[] bytes) throws IOException {
            try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
                int version = in.readInt();
                if (version != VERSION) { // another layout follows: read no further
                    return new Request(version, "", List.of(), Path.of("/"), Map.of(), false);
                }
                String key = readString(in);
                int count = in.readInt();
                List<String> args = new java.util.ArrayList<>();
                for (int i = 0; i < count; i++) {
                    args.add(readString(in));
                }
                Path workingDirectory;
                try {
                    workingDirectory = Path.of(readString(in));
                } catch (InvalidPathException e) {
                    throw new IOException("bad working directory", e);
                }
                int variables = in.readInt();
                Map<String, String> env = new LinkedHashMap<>();
                for (int i = 0; i < variables; i++) {
                    env.put(readString(in), readString(in));
                }
                return new Request(version, key, List.copyOf(args), workingDirectory, env, in.readBoolean());
            }
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Writes one frame. */
    static void writeFrame(OutputStream out, byte type, byte[] bytes, int offset, int length) throws IOException {
        byte[] head = {type, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
        out.write(head);
        out.write(bytes, offset, length);
        out.flush();
    }

    /** Writes one frame. */
    static void writeFrame(OutputStream out, byte type, byte[] bytes) throws IOException {
        writeFrame(out, type, bytes, 0, bytes.length);
    }

    /** An exit code's frame body. */
    static byte[] exitCode(int code) {
        return new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code};
    }

    /** A frame read. */
    record Frame(byte type, byte[] bytes) {
        int exitCode() {
            return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        }
    }

    /**
     * Reads one frame.
     *
     * @throws EOFException when the stream ends before a whole frame
     */
    static Frame readFrame(InputStream in) throws IOException {
        byte[] head = in.readNBytes(5);
        if (head.length < 5) {
            throw new EOFException("the connection closed");
        }
        int length = ((head[1] & 0xff) << 24) | ((head[2] & 0xff) << 16) | ((head[3] & 0xff) << 8) | (head[4] & 0xff);
        if (length < 0 || length > MAX_FRAME || head[0] == EXIT && length != 4) {
            throw new IOException("bad frame");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the connection closed");
        }
        return new Frame(head[0], bytes);
    }

    /**
     * The process-level variables of an environment ({@link #PROCESS_VARIABLES}, every {@code GIT_} and {@code LC_}
     * one), sorted by name.
     */
    static Map<String, String> processVariables(Map<String, String> env) {
        Map<String, String> kept = new TreeMap<>();
        env.forEach((name, value) -> {
            if (PROCESS_VARIABLES.contains(name) || name.startsWith("GIT_") || name.startsWith("LC_")) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /**
     * The key of a server for this build and this process's environment, or empty when the JVM was not started
     * with one ({@link #KEY_PROPERTY}: not by {@code bin/alexandria}).
     *
     * @param env the environment
     */
    static Optional<String> key(Map<String, String> env) {
        String build = System.getProperty(KEY_PROPERTY, "");
        if (build.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(1024).append("alexandria-server ").append(VERSION).append('\n')
                .append(build).append('\n')
                .append(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.class.path")).append('\n');
        processVariables(env).forEach((name, value) -> key.append(name).append('=').append(value).append('\0'));
        return Optional.of(key.toString());
    }

    /** The folder of the servers' sockets, locks and logs: {@code server/} in the base cache folder. */
    static Path folder() {
        return Alexandria.cacheDirectory().resolve("server");
    }

    /**
     * The socket of the server with this key, or empty when its path would be too long for a socket.
     *
     * @param key the key
     */
    static Optional<Path> socket(String key) {
        Path socket = folder().resolve(name(key) + ".sock");
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH ? Optional.of(socket)
                : Optional.empty();
    }

    /** The file name, without extension, of a key's socket, lock and log: 16 hex digits of its FNV-1a hash. */
    static String name(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
