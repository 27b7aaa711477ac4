package io.throughline.confluence.web.scorecard;

import java.util.Locale;
import java.util.Optional;

/** The scorecard's column groups a page may choose, as the Jira page names them; the initiative's own columns always show. */
public enum ColumnGroup {
    OUTCOME, DELIVERY, COORDINATION, SIGNALS;

    /** The group a page names, in any case and with blanks around it. */
    static Optional<ColumnGroup> named(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ColumnGroup group : values()) {
            if (group.name().equals(wanted)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /** The name a page writes, e.g. {@code outcome}. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
