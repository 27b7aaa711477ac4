package io.throughline.preview;

import io.throughline.core.Throughline;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.jira.web.panel.InitiativePanelFactory;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Everything the preview's pages and actions share: the app, its directory and clock, and the page helpers. */
record PreviewHost(Throughline app, InitiativeRepository initiatives, PreviewIssues issues, PreviewDirectory directory,
                   PreviewClock clock,
                   PreviewIdentity identity, PreviewWorkflow workflow, PageShell shell, PanelRenderer panels,
                   InitiativePanelFactory panelFactory) {

    /** The acting user; the identity filter guarantees one for pages, falling back to the lead. */
    UserRef viewer() {
        return identity.currentUser().orElse(UserRef.of(PreviewIdentity.DEFAULT_USER));
    }

    Locale locale() {
        return identity.locale();
    }

    PreviewText text() {
        return new PreviewText(locale());
    }

    /**
     * What Jira's issue listener does after an issue event: the roll-ups of the initiatives at and
     * above the issue are recomputed. The change itself is stored already, so a failure here is only
     * logged (the next change or restart recomputes them), never answered as the change's failure.
     */
    void issueChanged(InitiativeKey key) {
        try {
            app.rollUps().issueChanged(key);
        } catch (RuntimeException e) {
            Logger.getLogger(PreviewHost.class.getName()).log(Level.WARNING,
                    "could not recompute the delivery roll-ups above " + key.value(), e);
        }
    }
}
