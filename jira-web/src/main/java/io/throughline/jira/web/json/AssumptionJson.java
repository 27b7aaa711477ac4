package io.throughline.jira.web.json;

import io.throughline.core.assumption.Assumption;
import java.util.List;

/**
 * One assumption a bet rests on: its text, its status now (the latest resolution's, OPEN before
 * any), who listed it and when, and every resolution with the evidence entry that settled it.
 */
public record AssumptionJson(long id, String initiative, String text, String status, String listedBy,
                             String listedAt, List<ResolutionJson> resolutions) {

    public record ResolutionJson(String status, long evidenceId, String by, String at) {
    }

    /** The body of {@code POST /initiatives/{key}/assumptions}. */
    public record ListRequest(String text) {
    }

    /** The body of {@code POST /assumptions/{id}/resolve}. */
    public record ResolveRequest(String status, @NumberAccepted String evidenceId) {
    }

    public static AssumptionJson of(Assumption assumption) {
        return new AssumptionJson(assumption.id().value(), assumption.initiative().value(), assumption.text(),
                assumption.status().name(), assumption.listedBy().key(), assumption.listedAt().toString(),
                assumption.resolutions().stream().map(r -> new ResolutionJson(r.status().name(), r.evidence().value(),
                        r.by().key(), r.at().toString())).toList());
    }
}
