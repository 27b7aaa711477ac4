package io.throughline.core.context;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.evidence.ContextVersions;
import io.throughline.core.evidence.Decision;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The version of a context: SHA-256 over a canonical text of the recorded facts (never of anything
 * derived from today's date or of who reads), so the same facts give the same version on every node
 * and for every viewer, and any change of a fact gives another. Each value is written with its length
 * in front, so no text a person typed can make two different contexts read alike.
 */
final class ContextDigest {

    private final StringBuilder canon = new StringBuilder(2048);

    private ContextDigest() {
    }

    static String version(Initiative initiative, Optional<Contract> contract, List<Assumption> assumptions,
                          List<Dependency> dependencies, List<EvidenceEntry> entries) {
        ContextDigest digest = new ContextDigest();
        digest.initiative(initiative);
        contract.ifPresentOrElse(digest::contract, () -> digest.put("contract", "none"));
        assumptions.forEach(digest::assumption);
        dependencies.forEach(digest::dependency);
        entries.forEach(digest::entry);
        return digest.finish();
    }

    private void initiative(Initiative initiative) {
        put("key", initiative.key().value());
        put("summary", initiative.summary());
        put("team", initiative.team().name());
        put("stage", initiative.stage().name());
        put("owner", initiative.owner().map(UserRef::key));
        put("metric", initiative.successMetric());
        put("horizon", initiative.evidenceHorizon().map(Object::toString));
    }

    private void contract(Contract contract) {
        put("committed", contract.commitment().at().toString());
        put("committed-by", contract.commitment().by().key());
        put("committed-owner", contract.commitment().owner().map(UserRef::key));
        put("committed-metric", contract.commitment().successMetric());
        put("committed-horizon", contract.commitment().evidenceHorizon().map(Object::toString));
        contract.commitment().evidence().forEach(id -> put("committed-evidence", id.toString()));
        for (Contract.Change change : contract.changes()) {
            put("change", change.change().id().toString());
            put("change-field", change.change().field().name());
            put("change-before", change.change().before());
            put("change-after", change.change().after());
            put("change-accepted-by", change.acceptedBy().map(EvidenceId::toString));
        }
    }

    private void assumption(Assumption assumption) {
        put("assumption", assumption.id().toString());
        put("assumption-text", assumption.text());
        for (Assumption.Resolution resolution : assumption.resolutions()) {
            put("resolution", resolution.status().name() + " " + resolution.evidence() + " " + resolution.at());
        }
    }

    private void dependency(Dependency dependency) {
        put("dependency", dependency.id().toString());
        put("dependency-team", dependency.providerTeam().name());
        put("dependency-issue", dependency.providerIssue().map(InitiativeKey::value));
        put("dependency-description", dependency.description());
        put("dependency-needed-by", dependency.neededBy().toString());
        put("dependency-state", dependency.state().name());
        for (DependencyChange change : dependency.history()) {
            put("dependency-change", change.from().name() + " " + change.to().name() + " " + change.at());
            put("dependency-change-by", change.by().key());
            put("dependency-committed", change.committedDate().map(Object::toString));
            put("dependency-reason", change.reason());
            put("dependency-new-needed-by", change.neededBy().map(Object::toString));
            put("dependency-new-description", change.description());
        }
    }

    private void entry(EvidenceEntry entry) {
        put("evidence", entry.id().toString());
        put("kind", entry.kind().name());
        put("text", entry.summary());
        put("source", entry.source().map(Object::toString));
        put("value", entry.observedValue().map(value -> value.toPlainString()));
        put("observed", entry.observedOn().toString());
        put("by", entry.recordedBy().key());
        put("provenance", entry.provenance().origin().name());
        put("tool", entry.provenance().tool());
        put("confirmed", entry.confirmation().map(c -> c.by().key() + " " + c.at()));
        put("supersedes", entry.supersedes().map(EvidenceId::toString));
        put("accepts", entry.accepts().map(Object::toString));
        entry.decision().ifPresent(this::decision);
    }

    private void decision(Decision decision) {
        decision.decidedBy().forEach(person -> put("decided-by", person.key()));
        decision.options().forEach(option -> put("option", option));
        put("chosen", decision.chosen());
        put("rationale", decision.rationale());
        put("revisit", decision.revisitOn().map(Object::toString));
    }

    private void put(String name, Optional<String> value) {
        put(name, value.orElse(null));
    }

    private void put(String name, String value) {
        canon.append(name).append('=');
        if (value == null) {
            canon.append('-');
        } else {
            canon.append(value.length()).append(':').append(value);
        }
        canon.append('\n');
    }

    private String finish() {
        try {
            return ContextVersions.of(MessageDigest.getInstance("SHA-256")
                    .digest(canon.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
