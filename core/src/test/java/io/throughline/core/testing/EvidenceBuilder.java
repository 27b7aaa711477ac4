package io.throughline.core.testing;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.Provenance;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Builds evidence for tests; defaults to a sourced customer insight. */
public final class EvidenceBuilder {

    private InitiativeKey initiative = InitiativeKey.parse("GROW-1");
    private EvidenceKind kind = EvidenceKind.CUSTOMER_INSIGHT;
    private String summary = "Five of eight interviewed admins gave up during setup";
    private Optional<SourceUrl> source = Optional.of(SourceUrl.parse("https://research.example.com/notes/42"));
    private Optional<BigDecimal> value = Optional.empty();
    private LocalDate observedOn = LocalDate.of(2026, 1, 10);
    private Optional<EvidenceId> supersedes = Optional.empty();
    private Provenance provenance = Provenance.PERSON;
    private Optional<String> contextVersion = Optional.empty();
    private Optional<Instant> recordedAt = Optional.empty();
    private Optional<io.throughline.core.initiative.ContractChangeId> accepts = Optional.empty();

    public static EvidenceBuilder evidence() {
        return new EvidenceBuilder();
    }

    public static EvidenceBuilder reading(String observedValue) {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.kind = EvidenceKind.METRIC_READING;
        builder.summary = "Weekly activation dashboard";
        builder.value = Optional.of(new BigDecimal(observedValue));
        return builder;
    }

    public EvidenceBuilder on(InitiativeKey key) {
        initiative = key;
        return this;
    }

    public EvidenceBuilder summary(String value) {
        summary = value;
        return this;
    }

    public EvidenceBuilder kind(EvidenceKind value) {
        kind = value;
        return this;
    }

    public EvidenceBuilder observedOn(LocalDate date) {
        observedOn = date;
        return this;
    }

    public EvidenceBuilder source(String link) {
        source = Optional.of(SourceUrl.parse(link));
        return this;
    }

    public EvidenceBuilder withoutSource() {
        source = Optional.empty();
        return this;
    }

    public EvidenceBuilder supersedes(long id) {
        supersedes = Optional.of(new EvidenceId(id));
        return this;
    }

    /** Made by an AI assistant of that name: a proposal until a person confirms it. */
    public EvidenceBuilder byAssistant(String tool) {
        provenance = Provenance.of(Provenance.Origin.ASSISTANT, tool);
        return this;
    }

    /** Posted by a tool account of that name. */
    public EvidenceBuilder byIntegration(String tool) {
        provenance = Provenance.of(Provenance.Origin.INTEGRATION, tool);
        return this;
    }

    public EvidenceBuilder contextVersion(String version) {
        contextVersion = Optional.of(version);
        return this;
    }

    /** Recorded at this moment (by default at 18:00 UTC on the day it was observed). */
    public EvidenceBuilder recordedAt(Instant at) {
        recordedAt = Optional.of(at);
        return this;
    }

    /** A decision that accepts the contract change with this id. */
    public EvidenceBuilder accepting(long change) {
        kind = EvidenceKind.DECISION;
        accepts = Optional.of(new io.throughline.core.initiative.ContractChangeId(change));
        return this;
    }

    public NewEvidence build() {
        return new NewEvidence(initiative, kind, summary, source, value, observedOn, UserRef.of("pm.growth"),
                recordedAt.orElse(observedOn.atTime(18, 0).toInstant(ZoneOffset.UTC)), supersedes, accepts,
                Optional.empty(), provenance, contextVersion);
    }

    /** An entry as if the ledger had given it the id. */
    public EvidenceEntry entry(long id) {
        return new EvidenceEntry(new EvidenceId(id), build());
    }

    public Instant recordedAt() {
        return build().recordedAt();
    }
}
