package io.throughline.preview;

import io.throughline.core.Throughline;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.jira.web.panel.InitiativePanelFactory;
import java.util.Locale;

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
}
