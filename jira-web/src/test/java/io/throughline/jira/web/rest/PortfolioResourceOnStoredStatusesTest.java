package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.portfolio.StoredStatus;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /portfolio/dependencies} over stored statuses: every test of {@link PortfolioResourceTest}, and this. */
class PortfolioResourceOnStoredStatusesTest extends PortfolioResourceTest {

    @Override
    TestWorld newWorld(LocalDate today, Team... teams) {
        return TestWorld.keepingStatuses(today, teams);
    }

    @Test
    void theListComesFromTheStoredStatusesOnlyTheRowsAskedForAreReadInFull() {
        // The first view finds nothing stored (the portfolio was seeded behind the services) and stores it.
        server.get("/portfolio/dependencies", ADMIN);
        StoredStatus onTrack = world.statuses.peek().stream().filter(s -> s.id().value() == 3).findFirst().orElseThrow();
        world.statuses.replace(List.of(onTrack.consumer()), List.of(new StoredStatus(onTrack.id(), onTrack.consumer(),
                onTrack.consumerTeam(), onTrack.providerTeam(), onTrack.providerIssue(), onTrack.state(), Health.BLOCKED,
                List.of(HealthReason.of(HealthReason.Code.OVERDUE, 40)), onTrack.lateDiscovered(), onTrack.neededBy(),
                onTrack.judgedOn(), world.clock.now().plusSeconds(1))), world.clock.now().plusSeconds(1));

        JsonNode body = server.get("/portfolio/dependencies?health=BLOCKED&limit=2", ADMIN).json();
        JsonNode capped = server.get("/portfolio/dependencies?health=BLOCKED&limit=1", ADMIN).json();

        assertThat(body.get("dependencies")).extracting(row -> row.get("id").asLong()).containsExactly(2L, 3L);
        assertThat(body.get("dependencies").get(1).get("description").asText()).isEqualTo("Sign-up funnel events");
        assertThat(capped.get("dependencies")).extracting(row -> row.get("id").asLong()).containsExactly(2L);
        assertThat(capped.get("dependenciesMatching").asInt()).isEqualTo(2);
        assertThat(body.get("summary").get("BLOCKED").asInt()).isEqualTo(2);
    }
}
