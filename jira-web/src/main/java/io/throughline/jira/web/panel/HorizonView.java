package io.throughline.jira.web.panel;

import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.time.LocalDate;
import java.util.Optional;

/** The evidence horizon: its date and, counted from today, the days left or how long it is overdue. */
public final class HorizonView {

    private final boolean set;
    private final String dateHtml;
    private final long daysLeft;
    private final String statusHtml;

    private HorizonView(boolean set, String dateHtml, long daysLeft, String statusHtml) {
        this.set = set;
        this.dateHtml = dateHtml;
        this.daysLeft = daysLeft;
        this.statusHtml = statusHtml;
    }

    static HorizonView of(Optional<EvidenceHorizon> horizon, LocalDate today, ViewText text) {
        if (horizon.isEmpty()) {
            return new HorizonView(false, "", 0, text.html("throughline.web.horizon.none"));
        }
        long left = horizon.get().daysLeft(today);
        String status = left > 0 ? text.html("throughline.web.horizon.days-left", left)
                : left == 0 ? text.html("throughline.web.horizon.today")
                : text.html("throughline.web.horizon.overdue", -left);
        return new HorizonView(true, Html.escape(horizon.get().date().toString()), left, status);
    }

    public boolean isSet() {
        return set;
    }

    public String getDateHtml() {
        return dateHtml;
    }

    /** Positive ahead, zero on the day, negative once passed (zero when no horizon is set). */
    public long getDaysLeft() {
        return daysLeft;
    }

    /** Overdue by this many days; zero while the horizon has not passed. */
    public long getDaysOverdue() {
        return set && daysLeft < 0 ? -daysLeft : 0;
    }

    public boolean isOverdue() {
        return getDaysOverdue() > 0;
    }

    public String getStatusHtml() {
        return statusHtml;
    }
}
