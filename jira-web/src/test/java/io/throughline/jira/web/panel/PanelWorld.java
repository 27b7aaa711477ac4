package io.throughline.jira.web.panel;

import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.Locale;

/** A {@link TestWorld} with the few steps panel tests repeat: save, record, request, and build the panel. */
final class PanelWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    final TestWorld world;
    final UserRef admin;
    final InitiativePanelFactory factory;

    PanelWorld(Team... teams) {
        world = new TestWorld(TODAY, teams);
        admin = world.admin("ops.lead");
        factory = new InitiativePanelFactory(world.app.gates(), world.app.evidence(), world.app.portfolio(), world.permissions,
                People.KEYS, world.app.trace(), world.app.contracts(), world.app.assumptions(), world.app.performance(),
                world.app.signals());
    }

    static PanelWorld standard() {
        return new PanelWorld(Team.of("Growth"), Team.of("Identity"), Team.of("Billing"));
    }

    LocalDate today() {
        return world.clock.today();
    }

    Initiative save(Initiative initiative) {
        return world.app.initiatives().save(admin, initiative);
    }

    EvidenceEntry record(InitiativeKey key, UserRef by, String kind, String summary, String source, String value,
                         LocalDate observedOn) {
        return record(key, by, new EvidenceForm(kind, summary, source, value, observedOn.toString(), null));
    }

    EvidenceEntry record(InitiativeKey key, UserRef by, EvidenceForm form) {
        return world.app.evidence().record(by, key, form);
    }

    Dependency request(InitiativeKey consumer, String team, String description, LocalDate neededBy) {
        return request(consumer, team, null, description, neededBy);
    }

    Dependency request(InitiativeKey consumer, String team, String providerIssue, String description,
                       LocalDate neededBy) {
        return world.app.dependencies().request(admin, consumer,
                new DependencyForm(team, providerIssue, description, neededBy.toString()));
    }

    InitiativePanel panel(UserRef viewer, Initiative initiative) {
        return panel(viewer, initiative, PolicyParameters.defaults());
    }

    InitiativePanel panel(UserRef viewer, Initiative initiative, PolicyParameters parameters) {
        return factory.panel(new PanelRequest(viewer, initiative, parameters, Locale.ENGLISH, today(), world.clock.zone(),
                "/jira"));
    }
}
