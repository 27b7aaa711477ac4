package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import org.junit.jupiter.api.Test;

/** An assistant's proposals on the panel: apart from what counts, confirmable by who edits, each saying how it was made. */
class ProposedEvidenceTest {

    private final PanelWorld host = PanelWorld.standard();

    @Test
    void aProposalIsShownApartAndMovesToTheLedgerOnceConfirmed() {
        Initiative bet = host.save(initiative("GROW-1").build());
        host.record(bet.key(), host.admin, new EvidenceForm("RESEARCH", "Survey", null, null, null, null));
        EvidenceEntry proposal = host.record(bet.key(), host.admin, form("ASSISTANT", "Copy <b>assistant</b>",
                "0123456789abcdef"));

        InitiativePanel before = host.panel(host.admin, bet);

        assertThat(before.getEvidence()).extracting(EvidenceRow::getSummaryHtml).containsExactly("Survey");
        assertThat(before.getProposedEvidence()).singleElement().satisfies(row -> {
            assertThat(row.getIdHtml()).isEqualTo(proposal.id().toString());
            assertThat(row.getProvenanceHtml())
                    .isEqualTo("Proposed by the assistant Copy &#60;b&#62;assistant&#60;/b&#62;, not confirmed yet");
            assertThat(row.getContextVersionHtml()).isEqualTo("Written against GROW-1@0123456789abcdef");
        });
        assertThat(before.isCanConfirmEvidence()).isTrue();
        assertThat(before.getSupersededEvidence()).isEmpty();

        host.world.app.evidence().confirm(host.admin, proposal.id());
        InitiativePanel after = host.panel(host.admin, bet);

        assertThat(after.isHasProposedEvidence()).isFalse();
        assertThat(after.getEvidence()).extracting(EvidenceRow::getProvenanceHtml).containsExactly(
                "Proposed by the assistant Copy &#60;b&#62;assistant&#60;/b&#62;, confirmed by ops.lead on "
                        + host.today(), "");
    }

    @Test
    void anIntegrationsEntryCountsAndSaysWhatPostedIt() {
        Initiative bet = host.save(initiative("GROW-1").build());
        host.record(bet.key(), host.admin, form("INTEGRATION", "Funnel export", null));
        host.record(bet.key(), host.admin, form("INTEGRATION", null, null));

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(panel.getEvidence()).extracting(EvidenceRow::getProvenanceHtml).containsExactly(
                "Posted by an integration", "Posted by an integration (Funnel export)");
        assertThat(panel.isHasProposedEvidence()).isFalse();
    }

    @Test
    void aReaderSeesProposalsButCannotConfirmThemNorCanAnyoneOnAClosedInitiative() {
        Initiative bet = host.save(initiative("GROW-1").build());
        host.record(bet.key(), host.admin, form("ASSISTANT", "Copy assistant", null));
        UserRef reader = UserRef.of("reader");
        host.world.permissions.views(reader, "GROW");

        InitiativePanel read = host.panel(reader, bet);
        Initiative closed = host.world.app.initiatives().recordStage(host.admin, bet.key(), Stage.ABANDONED);

        assertThat(read.getProposedEvidence()).hasSize(1);
        assertThat(read.isCanConfirmEvidence()).isFalse();
        assertThat(host.panel(host.admin, closed).isCanConfirmEvidence()).isFalse();
    }

    @Test
    void aCorrectedProposalIsListedAmongCorrectedEntriesNotAsAProposal() {
        Initiative bet = host.save(initiative("GROW-1").build());
        EvidenceEntry proposal = host.record(bet.key(), host.admin, form("ASSISTANT", "Copy assistant", null));
        host.record(bet.key(), host.admin, new EvidenceForm("RESEARCH", "Rewritten by hand", null, null, null,
                proposal.id().toString()));

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(panel.isHasProposedEvidence()).isFalse();
        assertThat(panel.getSupersededEvidence()).extracting(EvidenceRow::getSupersededByHtml)
                .containsExactly("Corrected by entry " + (proposal.id().value() + 1));
        assertThat(panel.getEvidence()).extracting(EvidenceRow::getSummaryHtml).containsExactly("Rewritten by hand");
    }

    private static EvidenceForm form(String provenance, String tool, String version) {
        return new EvidenceForm("RESEARCH", "Three subject lines", null, null, null, null, null, null, null, null, null,
                null, provenance, tool, version);
    }
}
