package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One initiative that reaches every branch of the panel template, with every user-typed field
 * taken from {@link Fields}: summary, owner, metric, evidence (current, corrected, sourced, an
 * assistant's proposal and a confirmed one, an integration's, each naming its tool), a
 * requested (for a provider issue), a committed and a late-discovered declined dependency, on an
 * initiative committed meanwhile. The viewer may do everything.
 */
final class PanelScenario {

    /** The user-typed values; {@code sourceUrl} may be null (no source). */
    record Fields(String summary, String userKey, String metric, String evidenceSummary, String sourceUrl,
                  String description, String declineReason, String consumerTeam, String providerTeam) {

        static Fields plain() {
            return new Fields("Activation onboarding", "pm.growth", "Activation rate: 22% -> 30%",
                    "Five of eight admins gave up during setup", "https://research.example.com/notes?id=42",
                    "SSO users skip the password step", "No capacity this quarter", "Growth", "Identity");
        }
    }

    final PanelWorld host;
    final Initiative initiative;
    final InitiativePanel panel;
    /** Every user-typed value as the core stored it (stripped; a readable metric by its name). */
    final List<String> stored = new ArrayList<>();

    PanelScenario(Fields fields) {
        host = new PanelWorld(Team.of(fields.consumerTeam()), Team.of(fields.providerTeam()), Team.of("Billing"));
        UserRef author = UserRef.of(fields.userKey());
        host.world.permissions.admin(author);
        LocalDate today = host.today();
        initiative = host.world.app.initiatives().save(author, initiative("GROW-1").summary(fields.summary())
                .team(fields.consumerTeam()).owner(fields.userKey()).metric(fields.metric())
                .horizon(today.plusDays(30)).build());
        EvidenceEntry insight = host.record(initiative.key(), author, "CUSTOMER_INSIGHT", fields.evidenceSummary(),
                fields.sourceUrl(), null, today.minusDays(3));
        EvidenceEntry reading = host.record(initiative.key(), author, "METRIC_READING", "Reading " + fields.evidenceSummary(),
                null, "27.5", today.minusDays(2));
        EvidenceEntry fixed = host.record(initiative.key(), author, new EvidenceForm("METRIC_READING",
                "Fixed " + fields.evidenceSummary(), fields.sourceUrl(), "28", today.minusDays(2).toString(),
                reading.id().toString()));
        // An assistant's proposal, one it made that a person confirmed, and an integration's entry, each naming its tool.
        String tool = fields.evidenceSummary().length() > 100 ? fields.evidenceSummary().substring(0, 100).strip()
                : fields.evidenceSummary();
        EvidenceEntry proposal = host.record(initiative.key(), author, new EvidenceForm("RESEARCH",
                "Proposed " + fields.evidenceSummary(), fields.sourceUrl(), null, null, null, null, null, null, null,
                null, null, "ASSISTANT", tool, "0123456789abcdef"));
        EvidenceEntry confirmed = host.record(initiative.key(), author, new EvidenceForm("RESEARCH",
                "Confirmed " + fields.evidenceSummary(), null, null, null, null, null, null, null, null, null, null,
                "ASSISTANT", tool, null));
        host.world.app.evidence().confirm(author, confirmed.id());
        host.record(initiative.key(), author, new EvidenceForm("RESEARCH", "Posted " + fields.evidenceSummary(), null,
                null, null, null, null, null, null, null, null, null, "INTEGRATION", tool, null));
        // Two production deployments of a service named by the typed text, the first rolled back.
        java.time.Instant now = host.world.clock.now();
        host.world.app.performance().record(author, List.of(
                io.throughline.core.performance.DeliveryEvent.deployment(new io.throughline.core.performance.EventKey("ci", "d1"),
                        now.minus(Duration.ofDays(9)), tool, "prod", java.util.Set.of(initiative.key()),
                        List.of(new io.throughline.core.performance.ShippedChange("c1", now.minus(Duration.ofDays(10)),
                                java.util.Set.of())), false, java.util.Set.of()),
                io.throughline.core.performance.DeliveryEvent.rollback(new io.throughline.core.performance.EventKey("ci", "r1"),
                        now.minus(Duration.ofDays(9)).plus(Duration.ofHours(2)), tool, "prod"),
                io.throughline.core.performance.DeliveryEvent.deployment(new io.throughline.core.performance.EventKey("ci", "d2"),
                        now.minus(Duration.ofDays(2)), tool, "prod", java.util.Set.of(initiative.key()), List.of(), true,
                        java.util.Set.of())));
        // The provider issue IDN-7 is in GROW-1's delivery trace, so the dependency shows its status.
        host.world.delivery.issue("IDN-7", "Story", "Identity", StatusCategory.IN_PROGRESS, null,
                host.world.clock.now()).edge("GROW-1", "IDN-7", TraceVia.LINK);
        Dependency requested = host.request(initiative.key(), fields.providerTeam(), "IDN-7", fields.description(),
                today.plusDays(20));
        Dependency committed = host.request(initiative.key(), fields.providerTeam(), "Committed " + fields.description(),
                today.plusDays(20));
        committed = host.world.app.dependencies().commit(author, committed.id(), today.plusDays(25).toString());
        Initiative committedInitiative = host.world.app.initiatives().recordStage(author, initiative.key(), Stage.COMMITTED);
        host.world.clock.advance(Duration.ofHours(1));
        Dependency declined = host.request(initiative.key(), "Billing", "Declined " + fields.description(), today.plusDays(20));
        declined = host.world.app.dependencies().decline(author, declined.id(), fields.declineReason());
        panel = host.panel(host.admin, committedInitiative);

        String metric = initiative.successMetric().orElseThrow();
        stored.add(SuccessMetricParser.parse(metric) instanceof MetricParse.Valid valid ? valid.metric().name() : metric);
        stored.addAll(List.of(initiative.summary(), author.key(),
                insight.summary(), reading.summary(), fixed.summary(), requested.description(),
                committed.description(), declined.description(), declined.declineReason().orElseThrow(),
                initiative.team().name(), requested.providerTeam().name(), proposal.summary(), confirmed.summary(),
                proposal.provenance().tool().orElseThrow()));
        insight.source().ifPresent(source -> stored.add(source.toString()));
    }
}
