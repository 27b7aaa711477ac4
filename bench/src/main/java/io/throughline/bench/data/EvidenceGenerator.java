package io.throughline.bench.data;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evidence entries and success metrics in the generator's proportions. */
final class EvidenceGenerator {

    private static final EvidenceKind[] KINDS = EvidenceKind.values();
    /** METRIC_READING, EXPERIMENT, CUSTOMER_INSIGHT, RESEARCH, DECISION. */
    private static final int[] KIND_WEIGHTS = {40, 20, 20, 12, 8};
    private static final List<String> METRICS = List.of(
            "Activation rate: %d%% -> %d%%", "p95 checkout latency: %d ms -> %d ms",
            "Weekly active teams: %d -> %d", "Support tickets per 1000 users: %d -> %d");

    private final Dice dice;

    EvidenceGenerator(Dice dice) {
        this.dice = dice;
    }

    static String metric(Dice dice) {
        int baseline = dice.between(10, 900);
        int target = baseline + dice.between(1, 300) * (dice.chance(0.7) ? 1 : -1);
        return String.format(dice.pick(METRICS), baseline, Math.max(1, target));
    }

    /** {@code count} entries observed within the last {@code maxAgeDays} days, 55% with a source. */
    List<NewEvidence> entries(InitiativeKey key, UserRef by, int count, int maxAgeDays) {
        List<NewEvidence> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(key, by, i, maxAgeDays, dice.chance(0.55)));
        }
        return entries;
    }

    /** Entries that satisfy the default commit gate: recent, the first one with a source. */
    List<NewEvidence> fresh(InitiativeKey key, UserRef by, int count) {
        List<NewEvidence> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(key, by, i, 30, i == 0 || dice.chance(0.55)));
        }
        return entries;
    }

    private NewEvidence entry(InitiativeKey key, UserRef by, int index, int maxAgeDays, boolean sourced) {
        EvidenceKind kind = KINDS[dice.weighted(KIND_WEIGHTS)];
        int observed = -dice.between(1, maxAgeDays);
        int recorded = Math.min(-1, observed + dice.between(0, 3));
        Optional<BigDecimal> value = kind == EvidenceKind.METRIC_READING
                ? Optional.of(BigDecimal.valueOf(dice.between(0, 100_000), 2)) : Optional.empty();
        Optional<SourceUrl> source = sourced
                ? Optional.of(SourceUrl.parse("https://analytics.example.com/" + key.value() + "/" + index))
                : Optional.empty();
        return new NewEvidence(key, kind, kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " #" + index + " for " + key.value(), source, value, dice.day(observed), by,
                dice.at(recorded, index % 600), Optional.empty());
    }
}
