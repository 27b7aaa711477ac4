package io.throughline.preview;

import java.util.concurrent.CountDownLatch;

/**
 * Starts the preview: {@code http://localhost:8080} with the demo portfolio. Options:
 * {@code --port=8080 --data-dir=data --reset --jdbc-url=… --jdbc-user=… --jdbc-password=…}.
 */
public final class PreviewMain {

    /** Held so the setting outlives garbage collection: Jersey's start-up chatter is not for users. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        PreviewOptions options;
        try {
            options = PreviewOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PreviewApp preview = PreviewApp.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }));
        System.out.println("Throughline preview is running at " + preview.baseUri()
                + (preview.seeded() ? " (demo portfolio seeded)" : "") + " — data in "
                + options.jdbcUrl().orElse(options.dataDir().toAbsolutePath().toString()) + ". Ctrl-C stops it.");
        stopped.await();
    }
}
