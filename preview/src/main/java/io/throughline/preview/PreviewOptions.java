package io.throughline.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preview's command line: where it keeps its data, which database, which port, whether to
 * reseed, and which further host names it answers for besides localhost (each {@code --host=}).
 */
record PreviewOptions(int port, Path dataDir, boolean reset, Optional<String> jdbcUrl, String jdbcUser,
                      String jdbcPassword, List<String> hosts) {

    static final int DEFAULT_PORT = 8080;

    static PreviewOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path dataDir = Path.of("data");
        boolean reset = false;
        Optional<String> jdbcUrl = Optional.empty();
        String user = "";
        String password = "";
        List<String> hosts = new ArrayList<>();
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--port=")) {
                port = port(value);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value);
            } else if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.startsWith("--jdbc-url=")) {
                jdbcUrl = Optional.of(value);
            } else if (arg.startsWith("--jdbc-user=")) {
                user = value;
            } else if (arg.startsWith("--jdbc-password=")) {
                password = value;
            } else if (arg.startsWith("--host=") && !value.isBlank()) {
                hosts.add(value.strip());
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + ". Options: --port=8080 --data-dir=data"
                        + " --reset --jdbc-url=jdbc:postgresql://host/db --jdbc-user=U --jdbc-password=P --host=name");
            }
        }
        return new PreviewOptions(port, dataDir, reset, jdbcUrl, user, password, List.copyOf(hosts));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535 (0 picks a free port): " + value);
    }
}
