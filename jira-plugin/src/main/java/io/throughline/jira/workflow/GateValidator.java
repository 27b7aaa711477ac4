package io.throughline.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.Verdict;
import io.throughline.core.gate.Violation;
import io.throughline.core.initiative.Initiative;
import io.throughline.jira.host.JiraInitiatives;
import io.throughline.jira.host.JiraText;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A gate on a workflow transition: reads the issue being transitioned, asks the core's gate, and
 * refuses the transition with every violation — next to its field where it concerns one — in the
 * user's language. Keeps no per-call state, so one instance serves every transition.
 */
public abstract class GateValidator implements Validator {

    private static final Logger LOG = Logger.getLogger(GateValidator.class.getName());

    private final GateService gates;
    private final JiraInitiatives initiatives;
    private final JiraAuthenticationContext authentication;

    protected GateValidator(GateService gates, JiraInitiatives initiatives, JiraAuthenticationContext authentication) {
        this.gates = gates;
        this.initiatives = initiatives;
        this.authentication = authentication;
    }

    /** The gate this validator runs on the initiative as it is mid-transition. */
    protected abstract GateReport evaluate(GateService gates, UserRef actor, Initiative initiative,
                                           PolicyParameters parameters);

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object subject = transientVars.get("issue");
        if (!(subject instanceof Issue issue) || !initiatives.isInitiative(issue)) {
            return;
        }
        JiraText text = new JiraText(authentication.getLocale());
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new InvalidInputException(text.plugin("throughline.jira.gate.anonymous"));
        }
        PolicyParameters parameters;
        try {
            parameters = ValidatorArgs.parameters(args);
        } catch (ThroughlineException.InvalidInput e) {
            throw new InvalidInputException(text.plugin("throughline.jira.gate.misconfigured"));
        }
        GateReport report = report(issue, new UserRef(user.getKey()), parameters, text);
        if (report.verdict() instanceof Verdict.Blocked blocked) {
            throw refusal(blocked.violations(), text);
        }
    }

    /**
     * The gate's report, or a refusal that says what went wrong: a validator that throws anything
     * but {@link InvalidInputException} shows the user Jira's generic error page instead of the form.
     */
    private GateReport report(Issue issue, UserRef actor, PolicyParameters parameters, JiraText text)
            throws InvalidInputException {
        try {
            return evaluate(gates, actor, initiatives.current(issue), parameters);
        } catch (ThroughlineException.NotFound | ThroughlineException.Forbidden e) {
            throw new InvalidInputException(text.plugin("throughline.jira.gate.not-found", issue.getKey()));
        } catch (ThroughlineException e) {
            throw new InvalidInputException(text.plugin("throughline.jira.gate.unreadable", issue.getKey(),
                    text.core(e.problem())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline could not check the gate on " + issue.getKey(), e);
            throw new InvalidInputException(text.plugin("throughline.jira.gate.failed", issue.getKey()));
        }
    }

    private InvalidInputException refusal(List<Violation> violations, JiraText text) {
        InvalidInputException refusal = new InvalidInputException();
        for (Violation violation : violations) {
            String message = text.core(violation.message());
            violation.field()
                    .flatMap(field -> initiatives.fields().fieldId(field))
                    .ifPresentOrElse(fieldId -> refusal.addError(fieldId, message), () -> refusal.addError(message));
        }
        return refusal;
    }

}
