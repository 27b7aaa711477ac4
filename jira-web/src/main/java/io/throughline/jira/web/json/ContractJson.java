package io.throughline.jira.web.json;

import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Commitment;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.evidence.EvidenceId;
import java.util.List;

/**
 * {@code GET /initiatives/{key}/contract}: what was committed (when, by whom, the owner, the success
 * metric parsed, the horizon, the evidence judged), every change since with the decision that
 * accepted it (null while not accepted), and the fields whose current value is not the one in force.
 */
public record ContractJson(String committedAt, String committedBy, String owner, MetricJson successMetric,
                           String evidenceHorizon, List<Long> evidenceIds, List<ChangeJson> changes, List<String> drift) {

    /** One contract change; {@code before}/{@code after} are user keys, metric texts or ISO dates, null for none. */
    public record ChangeJson(long id, String at, String by, String field, String before, String after,
                             Long acceptedBy) {

        static ChangeJson of(Contract.Change change) {
            ContractChange made = change.change();
            return new ChangeJson(made.id().value(), made.at().toString(), made.by().key(), made.field().name(),
                    made.before().orElse(null), made.after().orElse(null),
                    change.acceptedBy().map(EvidenceId::value).orElse(null));
        }
    }

    public static ContractJson of(Contract contract) {
        Commitment commitment = contract.commitment();
        return new ContractJson(commitment.at().toString(), commitment.by().key(),
                commitment.owner().map(UserRef::key).orElse(null),
                commitment.successMetric().map(MetricJson::of).orElse(null),
                commitment.evidenceHorizon().map(horizon -> horizon.date().toString()).orElse(null),
                commitment.evidence().stream().map(EvidenceId::value).toList(),
                contract.changes().stream().map(ChangeJson::of).toList(),
                contract.drift().stream().sorted().map(Enum::name).toList());
    }
}
