package io.throughline.jira.web.panel;

import io.throughline.core.signal.InitiativeSignals;
import io.throughline.core.signal.SignalVerdict;
import io.throughline.web.view.ViewText;
import java.util.List;
import java.util.Optional;

/**
 * The panel's Signals section: each status-integrity signal the initiative raises, as a badge with
 * its reason, or a line saying none is raised. Not shown when the host judges no signals or they
 * could not be read now.
 */
public final class SignalSection {

    /** One raised signal: its code (for scripts and tests), its name and its reason, escaped. */
    public static final class Badge {
        private final String code;
        private final String nameHtml;
        private final String reasonHtml;

        Badge(SignalVerdict verdict, ViewText text) {
            this.code = verdict.signal().name();
            this.nameHtml = text.html("throughline.web.signal.name." + code);
            this.reasonHtml = text.html(verdict.reason());
        }

        public String getCodeHtml() {
            return io.throughline.web.view.Html.escape(code);
        }

        public String getNameHtml() {
            return nameHtml;
        }

        public String getReasonHtml() {
            return reasonHtml;
        }
    }

    private final boolean shown;
    private final List<Badge> badges;
    private final String noneHtml;

    private SignalSection(boolean shown, List<Badge> badges, String noneHtml) {
        this.shown = shown;
        this.badges = List.copyOf(badges);
        this.noneHtml = noneHtml;
    }

    static SignalSection none() {
        return new SignalSection(false, List.of(), "");
    }

    static SignalSection of(Optional<InitiativeSignals> read, ViewText text) {
        return read.map(signals -> new SignalSection(true,
                        signals.raised().stream().map(verdict -> new Badge(verdict, text)).toList(),
                        text.html("throughline.web.signal.none")))
                .orElseGet(SignalSection::none);
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isRaised() {
        return !badges.isEmpty();
    }

    public List<Badge> getBadges() {
        return badges;
    }

    public String getNoneHtml() {
        return noneHtml;
    }
}
