package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static io.throughline.jira.web.panel.PanelWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.PolicyId;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.web.view.TextLine;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitiativePanelTest {

    private final PanelWorld host = PanelWorld.standard();

    private Initiative committable() {
        return host.save(initiative("GROW-1").horizon(TODAY.plusDays(60)).build());
    }

    @Test
    void checklistMarksEachCommitPolicyAndSaysWhatIsMissing() {
        Initiative bet = host.save(initiative("GROW-1").owner(null).horizon(TODAY.plusDays(60)).build());

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(commitGate(panel).getChecklist())
                .extracting(ChecklistItem::getPolicyIdHtml, ChecklistItem::getLabelHtml, ChecklistItem::isSatisfied)
                .containsExactly(
                        tuple("owner-present", "Initiative owner", false),
                        tuple("metric-measurable", "Measurable success metric", true),
                        tuple("horizon-valid", "Evidence horizon", true),
                        tuple("evidence-sufficient", "Recent evidence with a source", false),
                        tuple("dependencies-acknowledged", "Dependencies answered", true));
        assertThat(commitGate(panel).getChecklist().get(0).getMessages()).extracting(TextLine::getTextHtml)
                .containsExactly("Initiative owner is not set. Name the one person accountable for the outcome.");
        assertThat(commitGate(panel).getChecklist().get(3).getMessages()).extracting(TextLine::getTextHtml).containsExactly(
                "No evidence entries observed in the last 90 days; at least 2 are needed, one of them with a source link.");
        assertThat(commitGate(panel).getChecklist().get(1).isHasMessages()).isFalse();
        assertThat(commitGate(panel).isPassed()).isFalse();
        assertThat(commitGate(panel).getSummaryHtml())
                .isEqualTo("Not ready: 2 checks are missing before this bet can be committed.");
    }

    @Test
    void checklistPassesOnceEveryPolicyIsSatisfied() {
        Initiative bet = committable();
        host.record(bet.key(), host.admin, "CUSTOMER_INSIGHT", "Admins gave up", "https://example.com/a", null,
                TODAY.minusDays(3));
        host.record(bet.key(), host.admin, "EXPERIMENT", "Fake door", null, null, TODAY.minusDays(1));

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(commitGate(panel).getChecklist()).hasSize(5).allMatch(ChecklistItem::isSatisfied);
        assertThat(commitGate(panel).isPassed()).isTrue();
        assertThat(commitGate(panel).getSummaryHtml()).isEqualTo("Ready: every check of the commit gate passes.");
    }

    @Test
    void checklistLeavesOutPoliciesTheTransitionSwitchedOff() {
        InitiativePanel panel = host.panel(host.admin, committable(),
                PolicyParameters.defaults().without(PolicyId.EVIDENCE_SUFFICIENT));

        assertThat(commitGate(panel).getChecklist()).extracting(ChecklistItem::getPolicyIdHtml)
                .containsExactly("owner-present", "metric-measurable", "horizon-valid", "dependencies-acknowledged");
        assertThat(commitGate(panel).isPassed()).isTrue();
    }

    @Test
    void checklistNamesTheUnansweredDependency() {
        Initiative bet = committable();
        host.request(bet.key(), "Identity", "SSO claims", TODAY.plusDays(20));

        InitiativePanel panel = host.panel(host.admin, bet, PolicyParameters.defaults().without(PolicyId.EVIDENCE_SUFFICIENT));

        assertThat(commitGate(panel).getChecklist().get(3).isSatisfied()).isFalse();
        assertThat(commitGate(panel).getChecklist().get(3).getMessages()).extracting(TextLine::getTextHtml).containsExactly(
                "Dependency on Identity (“SSO claims”) has not been answered. Identity must commit to a date or decline.");
    }

    @ParameterizedTest
    @CsvSource({
        "12, 12, 0, 12 days left",
        "1, 1, 0, 1 day left",
        "0, 0, 0, Today is the horizon",
        "-1, -1, 1, Overdue by 1 day",
        "-3, -3, 3, Overdue by 3 days"})
    void horizonCountsDaysLeftOrOverdue(int offset, long daysLeft, long overdue, String status) {
        Initiative bet = host.save(initiative("GROW-1").horizon(TODAY.plusDays(offset)).build());

        HorizonView horizon = host.panel(host.admin, bet).getHorizon();

        assertThat(horizon.isSet()).isTrue();
        assertThat(horizon.getDateHtml()).isEqualTo(TODAY.plusDays(offset).toString());
        assertThat(horizon.getDaysLeft()).isEqualTo(daysLeft);
        assertThat(horizon.getDaysOverdue()).isEqualTo(overdue);
        assertThat(horizon.isOverdue()).isEqualTo(overdue > 0);
        assertThat(horizon.getStatusHtml()).isEqualTo(status);
    }

    @Test
    void horizonNotSetSaysSo() {
        HorizonView horizon = host.panel(host.admin, host.save(initiative("GROW-1").build())).getHorizon();

        assertThat(horizon.isSet()).isFalse();
        assertThat(horizon.isOverdue()).isFalse();
        assertThat(horizon.getStatusHtml()).isEqualTo("Not set");
    }

    @Test
    void metricShowsLatestCurrentReadingInTheMetricsUnit() {
        Initiative bet = committable();
        host.record(bet.key(), host.admin, "METRIC_READING", "Week 1", null, "24", TODAY.minusDays(20));
        host.record(bet.key(), host.admin, "METRIC_READING", "Week 3", null, "26", TODAY.minusDays(10));
        host.record(bet.key(), host.admin, "METRIC_READING", "Week 4", null, "29", TODAY.minusDays(5));
        host.record(bet.key(), host.admin, new EvidenceForm("METRIC_READING", "Week 4, deduplicated", null, "27.5",
                TODAY.minusDays(5).toString(), "3"));

        MetricView metric = host.panel(host.admin, bet).getMetric();

        assertThat(metric.isParsed()).isTrue();
        assertThat(metric.getNameHtml()).isEqualTo("Activation rate");
        assertThat(metric.getRangeHtml()).isEqualTo("22% → 30%");
        assertThat(metric.isHasReading()).isTrue();
        assertThat(metric.getReadingHtml()).isEqualTo("27.5%");
        assertThat(metric.getReadingDateHtml()).isEqualTo(TODAY.minusDays(5).toString());
    }

    @Test
    void metricWithoutReadingOrBaseline() {
        Initiative bet = host.save(initiative("GROW-1").metric("p95 checkout latency: <= 400 ms").build());

        MetricView metric = host.panel(host.admin, bet).getMetric();

        assertThat(metric.getRangeHtml()).isEqualTo("at most 400 ms");
        assertThat(metric.isHasReading()).isFalse();
    }

    @Test
    void unreadableMetricIsShownAsWrittenWithTheParsersMessage() {
        Initiative bet = host.save(initiative("GROW-1").metric("Activation rate 22% to 30%").build());

        MetricView metric = host.panel(host.admin, bet).getMetric();

        assertThat(metric.isPresent()).isTrue();
        assertThat(metric.isParsed()).isFalse();
        assertThat(metric.getTextHtml()).isEqualTo("Activation rate 22% to 30%");
        assertThat(metric.getProblemHtml())
                .startsWith("Name: no colon after the metric name in “Activation rate 22% to 30%”");
    }

    @Test
    void missingMetricSaysSo() {
        MetricView metric = host.panel(host.admin, host.save(initiative("GROW-1").metric(null).build())).getMetric();

        assertThat(metric.isPresent()).isFalse();
        assertThat(metric.getProblemHtml()).isEqualTo("No success metric yet.");
    }

    @Test
    void ledgerListsCurrentEntriesNewestFirstAndCorrectedOnesApart() {
        Initiative bet = committable();
        UserRef pm = UserRef.of("pm.growth");
        host.world.permissions.edits(pm, "GROW");
        host.record(bet.key(), pm, "CUSTOMER_INSIGHT", "Five admins gave up",
                "https://research.example.com/notes?id=42&x=1", null, TODAY.minusDays(4));
        host.record(bet.key(), pm, "METRIC_READING", "Week 4", null, "29", TODAY.minusDays(2));
        host.record(bet.key(), host.admin, new EvidenceForm("METRIC_READING", "Week 4, fixed", null, "27",
                TODAY.minusDays(2).toString(), "2"));

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(panel.getEvidence()).extracting(EvidenceRow::getIdHtml, EvidenceRow::getSupersedesHtml)
                .containsExactly(tuple("3", "Corrects entry 2"), tuple("1", ""));
        assertThat(panel.getSupersededEvidence()).extracting(EvidenceRow::getIdHtml, EvidenceRow::getSupersededByHtml,
                EvidenceRow::isSuperseded).containsExactly(tuple("2", "Corrected by entry 3", true));
        EvidenceRow insight = panel.getEvidence().get(1);
        assertThat(insight.getKindHtml()).isEqualTo("Customer insight");
        assertThat(insight.getSummaryHtml()).isEqualTo("Five admins gave up");
        assertThat(insight.isHasLink()).isTrue();
        assertThat(insight.getSourceHrefHtml()).isEqualTo("https://research.example.com/notes?id&#61;42&#38;x&#61;1");
        assertThat(insight.isHasObservedValue()).isFalse();
        assertThat(insight.getObservedOnHtml()).isEqualTo(TODAY.minusDays(4).toString());
        assertThat(insight.getRecordedByHtml()).isEqualTo("pm.growth");
        EvidenceRow fixed = panel.getEvidence().get(0);
        assertThat(fixed.getKindHtml()).isEqualTo("Metric reading");
        assertThat(fixed.getObservedValueHtml()).isEqualTo("27");
        assertThat(fixed.isHasSource()).isFalse();
        assertThat(fixed.isHasLink()).isFalse();
        assertThat(fixed.getRecordedByHtml()).isEqualTo("ops.lead");
    }

    @Test
    void providerTeamMembersGetOnlyTheAnswersLegalInEachState() {
        Initiative bet = committable();
        Dependency requested = host.request(bet.key(), "Identity", "A requested", TODAY.plusDays(20));
        host.request(bet.key(), "Billing", "B other team", TODAY.plusDays(20));
        Dependency committed = host.request(bet.key(), "Identity", "C committed", TODAY.plusDays(20));
        host.world.app.dependencies().commit(host.admin, committed.id(), TODAY.plusDays(10).toString());
        Dependency declined = host.request(bet.key(), "Identity", "D declined", TODAY.plusDays(20));
        host.world.app.dependencies().decline(host.admin, declined.id(), "No capacity");
        Dependency delivered = host.request(bet.key(), "Identity", "E delivered", TODAY.plusDays(20));
        host.world.app.dependencies().commit(host.admin, delivered.id(), TODAY.plusDays(10).toString());
        host.world.app.dependencies().deliver(host.admin, delivered.id());
        UserRef identityDev = UserRef.of("dev.identity");
        host.world.permissions.views(identityDev, "GROW").member(identityDev, Team.of("Identity"));

        InitiativePanel panel = host.panel(identityDev, bet);

        assertThat(panel.getDependencies()).extracting(DependencyRow::getDescriptionHtml, DependencyRow::isCanCommit,
                DependencyRow::isCanDecline, DependencyRow::isCanDeliver, DependencyRow::isHasActions,
                DependencyRow::getVersion).containsExactly(
                        tuple("A requested", true, true, false, true, 0),
                        tuple("B other team", false, false, false, false, 0),
                        tuple("C committed", false, false, true, true, 1),
                        tuple("D declined", false, false, false, false, 1),
                        tuple("E delivered", false, false, false, false, 2));
        assertThat(panel.getDependencies().get(0).getIdHtml()).isEqualTo(requested.id().toString());
        assertThat(panel.getDependencies().get(2).getCommittedDateHtml()).isEqualTo(TODAY.plusDays(10).toString());
    }

    @Test
    void viewersOutsideTheProvidingTeamGetNoAnswersButTheConsumersEditorsMayWithdraw() {
        Initiative bet = committable();
        host.request(bet.key(), "Identity", "SSO claims", TODAY.plusDays(20));
        UserRef pm = UserRef.of("pm.growth");
        host.world.permissions.edits(pm, "GROW").member(pm, Team.of("Growth"));

        InitiativePanel panel = host.panel(pm, bet);

        assertThat(panel.getDependencies()).singleElement().satisfies(row -> {
            assertThat(row.isCanCommit()).isFalse();
            assertThat(row.isCanDecline()).isFalse();
            assertThat(row.isCanRevise()).isFalse();
            assertThat(row.isCanReopen()).as("only after a decline").isFalse();
            assertThat(row.isCanWithdraw()).isTrue();
            assertThat(row.isHasActions()).isTrue();
        });
        assertThat(panel.isCanAddEvidence()).isTrue();
    }

    @Test
    void dependenciesCarryHealthReasonsInWordsAndTheLateDiscoveredMarker() {
        Initiative bet = committable();
        Dependency early = host.request(bet.key(), "Billing", "Invoice export", TODAY.plusDays(30));
        host.world.app.initiatives().recordStage(host.admin, bet.key(), Stage.COMMITTED);
        host.world.clock.advanceDays(1);
        host.request(bet.key(), "Identity", "SSO claims", TODAY.plusDays(30));
        host.world.app.dependencies().decline(host.admin, early.id(), "No capacity this quarter");
        host.world.clock.advanceDays(7);

        InitiativePanel panel = host.panel(host.admin, bet.withStage(Stage.COMMITTED));

        assertThat(panel.getDependencies()).extracting(DependencyRow::getProviderTeamHtml, DependencyRow::getHealthHtml,
                DependencyRow::getLozengeClassHtml, DependencyRow::isLateDiscovered, DependencyRow::getStateHtml)
                .containsExactly(
                        tuple("Billing", "Blocked", "aui-lozenge-removed", false, "Declined"),
                        tuple("Identity", "At risk", "aui-lozenge-moved", true, "Requested"));
        assertThat(panel.getDependencies().get(0).getReasons()).extracting(TextLine::getTextHtml)
                .containsExactly("Billing declined: No capacity this quarter");
        assertThat(panel.getDependencies().get(1).getReasons()).extracting(TextLine::getTextHtml)
                .containsExactly("Waiting 7 days for Identity to commit or decline");
        assertThat(panel.getDependencies().get(1).getNeededByHtml()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(panel.getRollUpHtml()).isEqualTo("Blocked");
        assertThat(panel.getRollUpLozengeClassHtml()).isEqualTo("aui-lozenge-removed");
        assertThat(panel.getStageHtml()).isEqualTo("Committed");
    }

    @Test
    void onTrackAndDoneDependenciesUseTheirOwnLozenges() {
        Initiative bet = committable();
        host.request(bet.key(), "Identity", "SSO claims", TODAY.plusDays(30));
        Dependency done = host.request(bet.key(), "Billing", "Invoice export", TODAY.plusDays(30));
        host.world.app.dependencies().commit(host.admin, done.id(), TODAY.plusDays(5).toString());
        host.world.app.dependencies().deliver(host.admin, done.id());

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(panel.getDependencies()).extracting(DependencyRow::getHealthHtml, DependencyRow::getLozengeClassHtml,
                DependencyRow::isHasReasons).containsExactly(
                        tuple("On track", "aui-lozenge-current", false),
                        tuple("Done", "aui-lozenge-success", false));
        assertThat(panel.getRollUpHtml()).isEqualTo("On track");
    }

    @Test
    void editPermissionDecidesWhetherEvidenceAndDependenciesMayBeAdded() {
        Initiative bet = committable();
        UserRef reader = UserRef.of("reader");
        UserRef editor = UserRef.of("editor");
        host.world.permissions.views(reader, "GROW").edits(editor, "GROW");

        assertThat(host.panel(reader, bet).isCanAddEvidence()).isFalse();
        assertThat(host.panel(reader, bet).isCanRequestDependencies()).isFalse();
        assertThat(host.panel(editor, bet).isCanAddEvidence()).isTrue();
        assertThat(host.panel(editor, bet).isCanRequestDependencies()).isTrue();

        Initiative abandoned = host.save(bet.withStage(Stage.ABANDONED));
        assertThat(host.panel(editor, abandoned).isCanAddEvidence()).isFalse();
        assertThat(host.panel(editor, abandoned).isCanRequestDependencies()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "BET; commit; ''",
            "COMMITTED; ''; No gate until it ships. What matters now: the evidence horizon, fresh evidence and the dependencies below.",
            "DELIVERING; ''; No gate until it ships. What matters now: the evidence horizon, fresh evidence and the dependencies below.",
            "SHIPPED; outcome invalidation; ''",
            "VALIDATED; ''; Closed as Validated: the record is read-only.",
            "INVALIDATED; ''; Closed as Invalidated: the record is read-only.",
            "ABANDONED; ''; Closed as Abandoned: the record is read-only."})
    void thePanelShowsTheGatesAheadOfTheStageOrSaysWhyThereIsNone(Stage stage, String gates, String note) {
        Initiative initiative = host.save(initiative("GROW-1").horizon(TODAY.plusDays(60)).stage(stage).build());

        InitiativePanel panel = host.panel(host.admin, initiative);

        assertThat(String.join(" ", panel.getGates().stream().map(GateSection::getGateIdHtml).toList())).isEqualTo(gates);
        assertThat(panel.getStageNoteHtml()).isEqualTo(note);
        assertThat(panel.isReadOnly()).isEqualTo(stage.isClosed());
        assertThat(panel.isCanAddEvidence()).isEqualTo(!stage.isClosed());
    }

    @Test
    void thePanelJudgesAsTheTransitionWouldAndSaysWhenNoTransitionCarriesTheGate() {
        Initiative bet = committable();
        host.world.app.evidence().record(host.admin, bet.key(), new EvidenceForm("RESEARCH", "Survey",
                "https://example.com/s", null, TODAY.minusDays(40).toString(), null));
        host.world.app.evidence().record(host.admin, bet.key(), new EvidenceForm("CUSTOMER_INSIGHT", "Interviews",
                null, null, TODAY.minusDays(40).toString(), null));

        GateSection onDefaults = host.panel(host.admin, bet).getGates().get(0);
        host.world.gateParameters.carry("commit", PolicyParameters.fromArgs(java.util.Map.of("maxEvidenceAgeDays", "30")));
        GateSection onTransition = host.panel(host.admin, bet).getGates().get(0);

        assertThat(onDefaults.isPassed()).isTrue();
        assertThat(onDefaults.isOnDefaults()).isTrue();
        assertThat(onDefaults.getDefaultsNoteHtml()).startsWith("No transition out of this status carries this gate");
        assertThat(onTransition.isPassed()).as("a stricter transition is not called ready").isFalse();
        assertThat(onTransition.isOnDefaults()).isFalse();
        assertThat(onTransition.getDefaultsNoteHtml()).isEmpty();
    }

    @Test
    void aShippedInitiativeAsksWhetherTheOutcomeWasMetAndWhetherALearningIsOnRecord() {
        Initiative shipped = host.save(initiative("GROW-1").horizon(TODAY.plusDays(60)).stage(Stage.SHIPPED).build());

        InitiativePanel panel = host.panel(host.admin, shipped);

        assertThat(panel.getGates()).extracting(GateSection::getHeadingHtml, GateSection::isPassed,
                GateSection::getSummaryHtml).containsExactly(
                        tuple("Ready to validate?", false,
                                "Not validated yet: one check is missing before this initiative can be validated."),
                        tuple("Or close it as invalidated?", false,
                                "Not yet: one check is missing before it can be closed as invalidated."));
        assertThat(panel.getGates().get(0).getChecklist()).extracting(ChecklistItem::getPolicyIdHtml)
                .containsExactly("outcome-met");
    }

    @Test
    void aClosedInitiativeOffersNoDependencyActionsEvenToTheProvider() {
        Initiative bet = committable();
        host.request(bet.key(), "Identity", "SSO claims", TODAY.plusDays(30));
        Initiative validated = host.save(bet.withStage(Stage.VALIDATED));

        InitiativePanel panel = host.panel(host.admin, validated);

        assertThat(panel.getDependencies()).singleElement().satisfies(row -> {
            assertThat(row.isHasActions()).isFalse();
            assertThat(row.isCanCommit()).isFalse();
        });
    }

    @Test
    void peopleShowByTheNamesTheHostGivesThem() {
        Initiative bet = committable();
        host.world.app.evidence().record(host.admin, bet.key(), new EvidenceForm("RESEARCH", "Survey",
                "https://umfrage.münchen.example/ergebnis", null, TODAY.toString(), null));
        Dependency asked = host.request(bet.key(), "Identity", "SSO claims", TODAY.plusDays(30));
        host.world.app.dependencies().commit(host.admin, asked.id(), TODAY.plusDays(20).toString());
        People directory = new People() {
            @Override
            public String displayName(UserRef person) {
                return person.key().equals("pm.growth") ? "Gabriel <Okafor>" : "Ops Lead";
            }

            @Override
            public Optional<String> avatarUrl(UserRef person) {
                return person.key().equals("pm.growth") ? Optional.of("/jira/secure/useravatar?ownerId=pm.growth")
                        : Optional.empty();
            }
        };
        InitiativePanelFactory named = new InitiativePanelFactory(host.world.app.gates(), host.world.app.evidence(),
                host.world.app.portfolio(), host.world.permissions, directory, host.world.app.trace(),
                host.world.app.contracts(), host.world.app.assumptions());

        InitiativePanel panel = named.panel(new PanelRequest(host.admin, bet, PolicyParameters.defaults(),
                java.util.Locale.ENGLISH, TODAY, ZoneOffset.UTC, "/jira"));

        assertThat(panel.getOwnerHtml()).isEqualTo("Gabriel &#60;Okafor&#62;");
        assertThat(panel.getOwnerAvatarHtml()).contains("<img src=\"/jira/secure/useravatar?ownerId&#61;pm.growth\" alt=\"\"");
        assertThat(panel.getEvidence()).extracting(EvidenceRow::getRecordedByAvatarHtml).containsExactly("");
        assertThat(panel.getEvidence()).extracting(EvidenceRow::getRecordedByHtml).containsExactly("Ops Lead");
        assertThat(panel.getEvidence()).singleElement().satisfies(row -> {
            assertThat(row.getSourceTextHtml()).isEqualTo("https://umfrage.münchen.example/ergebnis");
            assertThat(row.getSourceHrefHtml()).isEqualTo("https://umfrage.xn--mnchen-3ya.example/ergebnis");
        });
        assertThat(panel.getDependencies()).singleElement().satisfies(row -> {
            assertThat(row.getRequestedByHtml()).isEqualTo("Ops Lead");
            assertThat(row.getAnsweredByHtml()).isEqualTo("Committed by Ops Lead on " + TODAY);
        });
        // Committed at noon UTC: already the next day for a viewer on Kiritimati (UTC+14).
        InitiativePanel east = named.panel(new PanelRequest(host.admin, bet, PolicyParameters.defaults(),
                java.util.Locale.ENGLISH, TODAY, java.time.ZoneId.of("Pacific/Kiritimati"), "/jira"));
        assertThat(east.getDependencies()).singleElement().extracting(DependencyRow::getAnsweredByHtml)
                .isEqualTo("Committed by Ops Lead on " + TODAY.plusDays(1));
    }

    @Test
    void viewerWhoMayNotSeeTheInitiativeGetsNoPanel() {
        Initiative bet = committable();

        assertThatThrownBy(() -> host.panel(UserRef.of("stranger"), bet))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }

    @Test
    void headerCarriesKeySummaryStageOwnerAndRestBase() {
        InitiativePanel panel = host.panel(host.admin, committable());

        assertThat(panel.getKeyHtml()).isEqualTo("GROW-1");
        assertThat(panel.getSummaryHtml()).isEqualTo("Activation onboarding");
        assertThat(panel.getStageHtml()).isEqualTo("Bet");
        assertThat(panel.isHasOwner()).isTrue();
        assertThat(panel.getOwnerHtml()).isEqualTo("pm.growth");
        assertThat(panel.getRestBaseHtml()).isEqualTo("/jira/rest/throughline/1.0");
        assertThat(panel.getTodayHtml()).isEqualTo(TODAY.toString());
        assertThat(panel.getEvidenceKinds()).extracting(c -> c.getValueHtml(), c -> c.getLabelHtml())
                .startsWith(tuple("METRIC_READING", "Metric reading"));
    }

    @Test
    void contextPathMustBeAPlainPath() {
        Initiative bet = committable();

        assertThat(host.factory.panel(new PanelRequest(host.admin, bet, PolicyParameters.defaults(), Locale.ENGLISH,
                TODAY, ZoneOffset.UTC, "")).getRestBaseHtml()).isEqualTo("/rest/throughline/1.0");
        for (String bad : new String[] {"jira", "javascript:alert(1)", "/jira\"><script>", "//evil.example", "/"}) {
            assertThatThrownBy(() -> new PanelRequest(host.admin, bet, PolicyParameters.defaults(), Locale.ENGLISH,
                    TODAY, ZoneOffset.UTC, bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The panel of a bet shows exactly one gate ahead: the commit gate. */
    private static GateSection commitGate(InitiativePanel panel) {
        assertThat(panel.getGates()).extracting(GateSection::getGateIdHtml).containsExactly("commit");
        return panel.getGates().get(0);
    }
}
