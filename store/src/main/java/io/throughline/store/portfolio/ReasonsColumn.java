package io.throughline.store.portfolio;

import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A status's reasons as one short text: each a letter for its code, its days, and {@code @} with the
 * blocked provider's key for a provider-blocked one, joined by {@code ;} (e.g. {@code D0;O12;P0@IDN-1}).
 * Keys hold neither separator, so any reason list reads back unchanged; null stands for none.
 */
final class ReasonsColumn {

    private ReasonsColumn() {
    }

    static String encode(List<HealthReason> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (HealthReason reason : reasons) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(letter(reason.code())).append(reason.days());
            reason.via().ifPresent(key -> text.append('@').append(key.value()));
        }
        return text.toString();
    }

    static List<HealthReason> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<HealthReason> reasons = new ArrayList<>(2);
        for (String part : text.split(";")) {
            int at = part.indexOf('@');
            long days = Long.parseLong(at < 0 ? part.substring(1) : part.substring(1, at));
            reasons.add(new HealthReason(code(part.charAt(0), text), days,
                    at < 0 ? Optional.empty() : Optional.of(new InitiativeKey(part.substring(at + 1)))));
        }
        return reasons;
    }

    /** The stored letter of each code: stored rows keep them, so a letter never changes meaning. */
    private static char letter(HealthReason.Code code) {
        return switch (code) {
            case DECLINED -> 'D';
            case OVERDUE -> 'O';
            case PROVIDER_BLOCKED -> 'P';
            case UNACKNOWLEDGED -> 'U';
            case COMMITTED_AFTER_NEEDED_BY -> 'C';
        };
    }

    private static HealthReason.Code code(char letter, String text) {
        return switch (letter) {
            case 'D' -> HealthReason.Code.DECLINED;
            case 'O' -> HealthReason.Code.OVERDUE;
            case 'P' -> HealthReason.Code.PROVIDER_BLOCKED;
            case 'U' -> HealthReason.Code.UNACKNOWLEDGED;
            case 'C' -> HealthReason.Code.COMMITTED_AFTER_NEEDED_BY;
            default -> throw new IllegalArgumentException("no health reason coded " + letter + " in " + text);
        };
    }
}
