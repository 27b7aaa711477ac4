package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The probe's burst: 24 wiki pages at once, nine different viewers, every macro cache cold. The
 * macros must not take the server's request threads away from everyone else: an unrelated REST
 * GET sent into the middle of the burst answers within a second, and no macro gives up waiting.
 */
class WikiLoadTest {

    private static final List<String> VIEWERS = List.of("ops.lead", "pm.growth", "lead.identity", "lead.data",
            "pm.billing", "lead.platform", "lead.mobile", "lead.support", "guest");
    private static final int LOADS = 24;

    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBurstOfWikiLoadsLeavesTheApiAnswering() throws Exception {
        // Warm the REST path once: what is measured is waiting for a thread, not the JVM's first run of it.
        assertThat(preview.get(PreviewServer.REST_PATH + "/initiatives/GROW-1", "pm.growth").status()).isEqualTo(200);
        ExecutorService browsers = Executors.newFixedThreadPool(LOADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RunningPreview.Reply>> pages = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                String viewer = VIEWERS.get(i % VIEWERS.size());
                pages.add(browsers.submit(() -> {
                    go.await();
                    return preview.get("/wiki/portfolio-review", viewer);
                }));
            }
            go.countDown();
            Thread.sleep(100);
            long sent = System.nanoTime();
            RunningPreview.Reply api = preview.get(PreviewServer.REST_PATH + "/initiatives/GROW-1", "pm.growth");
            long answeredMillis = (System.nanoTime() - sent) / 1_000_000;

            assertThat(api.status()).isEqualTo(200);
            assertThat(answeredMillis).as("REST GET during the burst, ms").isLessThan(1_000);
            for (Future<RunningPreview.Reply> page : pages) {
                RunningPreview.Reply wiki = page.get(30, TimeUnit.SECONDS);
                assertThat(wiki.status()).isEqualTo(200);
                assertThat(wiki.body()).contains("throughline-dependency-status").doesNotContain("did not answer within");
            }
        } finally {
            browsers.shutdownNow();
        }
    }
}
