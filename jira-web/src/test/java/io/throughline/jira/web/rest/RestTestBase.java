package io.throughline.jira.web.rest;

import static io.throughline.core.testing.InitiativeBuilder.initiative;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A small portfolio served over HTTP. Growth's GROW-1 is a committable bet, Identity's IDN-7 and
 * Payments' PAY-3 are committed; people see and do only what the permission table grants.
 */
abstract class RestTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Team GROWTH = Team.of("Growth");
    static final Team IDENTITY = Team.of("Identity");
    static final Team PAYMENTS = Team.of("Payments");

    static final String ADMIN = "ops.lead";
    /** Edits Growth's initiatives, sees nothing else. */
    static final String PM_GROWTH = "pm.growth";
    /** Sees Growth's initiatives, changes nothing. */
    static final String VIEWER = "viewer.growth";
    /** Answers for Identity and sees Growth's and Identity's initiatives. */
    static final String LEAD_IDENTITY = "lead.identity";
    /** Signed in, granted nothing. */
    static final String STRANGER = "stranger";

    TestWorld world;
    RestServer server;

    @BeforeEach
    void serve() {
        world = newWorld(TODAY, GROWTH, IDENTITY, PAYMENTS);
        UserRef admin = world.admin(ADMIN);
        world.permissions.edits(UserRef.of(PM_GROWTH), "GROW");
        world.permissions.views(UserRef.of(VIEWER), "GROW");
        world.permissions.views(UserRef.of(LEAD_IDENTITY), "GROW", "IDN").member(UserRef.of(LEAD_IDENTITY), IDENTITY);
        save(admin, initiative("GROW-1").summary("Activation onboarding").team("Growth")
                .horizon(TODAY.plusDays(60)).build());
        save(admin, initiative("IDN-7").summary("Single sign-on").team("Identity").stage(Stage.COMMITTED)
                .owner("pm.identity").metric("SSO logins: >= 40%").horizon(TODAY.plusDays(90)).build());
        save(admin, initiative("PAY-3").summary("Checkout latency").team("Payments").stage(Stage.COMMITTED)
                .owner("pm.payments").metric("p95 checkout latency: 900 ms -> 400 ms").horizon(TODAY.plusDays(120))
                .build());
        server = new RestServer(world.app, world.clock);
    }

    /** The world served: by default one that keeps no dependency statuses (views judge the graph). */
    TestWorld newWorld(LocalDate today, Team... teams) {
        return new TestWorld(today, teams);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    void save(UserRef by, Initiative initiative) {
        world.app.initiatives().save(by, initiative);
    }
}
