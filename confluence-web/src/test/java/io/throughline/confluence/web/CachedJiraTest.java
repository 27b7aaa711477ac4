package io.throughline.confluence.web;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.UserRef;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachedJiraTest {

    private static final String ALL = "/portfolio/dependencies";
    private static final String VIEWER = "viewer.growth";

    private final MacroWorld world = new MacroWorld();

    @BeforeEach
    void record() {
        world.contract.world.permissions.views(UserRef.of(VIEWER), "GROW");
        world.server.answer(ADMIN, ALL, 200, world.contract.portfolio(ADMIN));
        world.server.answer(VIEWER, ALL, 200, world.contract.portfolio(VIEWER));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void twoViewersNeverShareAnAnswer() {
        String admin = render(ADMIN);
        String viewer = render(VIEWER);

        assertThat(admin).contains("PAY-3");
        assertThat(viewer).contains("GROW-1").doesNotContain("PAY-3", "Checkout latency", "Token vault");
        String listed = ALL + "?health=AT_RISK&health=BLOCKED&limit=200";
        assertThat(world.server.requests()).containsExactly(ADMIN + " " + listed, VIEWER + " " + listed);
        assertThat(render(VIEWER)).isEqualTo(viewer);
        assertThat(world.server.requests()).hasSize(2);
    }

    @Test
    void anAnswerIsFreshForSixtySecondsThenAskedForAgain() {
        render(ADMIN);
        world.clock.advance(Duration.ofSeconds(60));
        render(ADMIN);
        assertThat(world.server.requests()).hasSize(1);

        world.clock.advance(Duration.ofSeconds(1));
        String later = render(ADMIN);

        assertThat(world.server.requests()).hasSize(2);
        assertThat(later).contains("As of 12:01");
    }

    @Test
    void whenJiraFailsTheLastGoodAnswerIsShownMarkedStale() {
        render(ADMIN);
        world.clock.advance(Duration.ofMinutes(5));
        world.server.failWith(500, "{\"errors\":[{\"field\":null,\"message\":\"Database is down\"}]}", 0);

        String html = render(ADMIN);

        assertThat(html).contains("aui-message-warning", "Stale since 12:00", "This is what Jira showed at 12:00",
                "Jira answered with an error (HTTP 500)", "PAY-3", "As of 12:00");
        assertThat(world.server.requests()).hasSize(2);
    }

    @Test
    void aSlowJiraAlsoFallsBackToTheStaleAnswer() {
        render(ADMIN);
        world.clock.advance(Duration.ofMinutes(2));
        world.server.failWith(200, "{}", MacroWorld.REQUEST_TIMEOUT_MILLIS + 1_500);

        assertThat(render(ADMIN)).contains("Stale since 12:00", "Jira did not answer within 2 seconds", "Token vault");
    }

    @Test
    void withoutAnEarlierAnswerAFailureIsAPanelSayingWhatToDo() {
        world.server.failWith(500, "oops", 0);

        String html = render(ADMIN);

        assertThat(html).contains("aui-message-warning", "Jira answered with an error (HTTP 500)",
                "Reload the page in a few minutes").doesNotContain("Exception", "at io.", "throughline-matrix");
    }

    @Test
    void aRefusalForgetsTheEarlierAnswerInsteadOfShowingItStale() {
        render(VIEWER);
        world.clock.advance(Duration.ofMinutes(2));
        world.server.failWith(403, "{\"errors\":[{\"field\":null,\"message\":\"You may not do this.\"}]}", 0);

        String refused = render(VIEWER);
        world.server.failWith(500, "", 0);
        String afterwards = render(VIEWER);

        assertThat(refused).contains("HTTP 403", "Jira says: You may not do this.").doesNotContain("GROW-1", "Stale");
        assertThat(afterwards).contains("HTTP 500").doesNotContain("GROW-1", "Stale");
    }

    @Test
    void staleAnswersAreKeptOnlySoLong() {
        render(ADMIN);
        world.clock.advance(ReplyCache.DEFAULT_KEEP_FOR.plusMinutes(1));
        world.server.failWith(500, "", 0);

        assertThat(render(ADMIN)).doesNotContain("Stale", "PAY-3");
    }

    @Test
    void theCacheIsBoundedAndDropsTheLeastRecentlyUsed() {
        ReplyCache cache = new ReplyCache(world.clock, Duration.ofSeconds(60), Duration.ofHours(1), 2);
        cache.put("a", "/x", "A");
        cache.put("b", "/x", "B");
        cache.fresh("a", "/x");
        cache.put("c", "/x", "C");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.fresh("a", "/x")).isPresent();
        assertThat(cache.fresh("b", "/x")).isEmpty();
        assertThat(cache.fresh("c", "/x")).isPresent();
    }

    private String render(String viewer) {
        return world.dependencyStatus.render(Map.of(), as(viewer));
    }
}
