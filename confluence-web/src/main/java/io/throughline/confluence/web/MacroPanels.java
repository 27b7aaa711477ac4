package io.throughline.confluence.web;

import io.throughline.confluence.web.jira.JiraReply;
import io.throughline.web.view.ViewText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The macros' AUI message panels: parameters that need fixing, what failed when Jira could not
 * answer and what to do about it, the stale warning, and the "as of" stamp. Never a stack trace.
 */
public final class MacroPanels {

    /** The class on every macro's outermost element. */
    public static final String MACRO_CLASS = "throughline-macro";

    private final ViewText text;
    private final MacroContext context;

    public MacroPanels(ViewText text, MacroContext context) {
        this.text = text;
        this.context = context;
    }

    /** A time of day in the viewer's zone, e.g. 14:05. */
    public String time(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm", context.locale()).withZone(context.zone()).format(at);
    }

    public void asOf(HtmlWriter out, Instant at) {
        out.element("p", text.text("throughline.web.macro.as-of", time(at)), "class", "throughline-as-of");
    }

    public String parameterProblems(List<ParameterProblem> problems) {
        HtmlWriter out = new HtmlWriter().open("div", "class", MACRO_CLASS);
        start(out, "warning", text.text("throughline.web.macro.parameters.heading"));
        out.open("ul");
        for (ParameterProblem problem : problems) {
            out.element("li", text.text(problem.message()), "data-parameter", problem.parameter());
        }
        out.close("ul").close("div");
        return out.close("div").html();
    }

    /**
     * A macro's content in its frame: the stale warning above it when Jira just failed, and the
     * "as of" stamp below; with nothing to show, the failure panel instead.
     */
    public <T> String page(Fetched<T> fetched, String macroClass, BiConsumer<HtmlWriter, T> content) {
        if (fetched instanceof Fetched.Failed<T> failed) {
            return failure(failed.failure());
        }
        HtmlWriter out = new HtmlWriter().open("div", "class", MACRO_CLASS + " " + macroClass);
        Instant at;
        if (fetched instanceof Fetched.Stale<T> stale) {
            stale(out, stale.at(), stale.failure());
            content.accept(out, stale.data());
            at = stale.at();
        } else {
            Fetched.Fresh<T> fresh = (Fetched.Fresh<T>) fetched;
            content.accept(out, fresh.data());
            at = fresh.at();
        }
        asOf(out, at);
        return out.close("div").html();
    }

    /** For a fault of ours: what the reader can do; the cause goes to the log, never to the page. */
    public String unexpected() {
        HtmlWriter out = new HtmlWriter().open("div", "class", MACRO_CLASS);
        start(out, "warning", text.text("throughline.web.macro.unexpected.heading"));
        out.element("p", text.text("throughline.web.macro.advice.retry")).close("div");
        return out.close("div").html();
    }

    public String anonymous() {
        HtmlWriter out = new HtmlWriter().open("div", "class", MACRO_CLASS);
        start(out, "info", text.text("throughline.web.macro.anonymous.heading"));
        out.element("p", text.text("throughline.web.macro.anonymous.advice")).close("div");
        return out.close("div").html();
    }

    /** The failure with no earlier answer to show instead. */
    public String failure(JiraReply.Failure failure) {
        HtmlWriter out = new HtmlWriter().open("div", "class", MACRO_CLASS);
        failurePanel(out, failure);
        return out.close("div").html();
    }

    /** Written above stale content: since when it is stale and why. */
    public void stale(HtmlWriter out, Instant at, JiraReply.Failure failure) {
        start(out, "warning", text.text("throughline.web.macro.stale.heading", time(at)));
        out.element("p", text.text("throughline.web.macro.stale.detail", time(at), heading(failure)));
        out.close("div");
    }

    private void failurePanel(HtmlWriter out, JiraReply.Failure failure) {
        if (failure instanceof JiraReply.CredentialsRequired credentials) {
            start(out, "info", text.text("throughline.web.macro.credentials.heading"));
            out.open("p").link(credentials.authorisationUrl(), text.text("throughline.web.macro.credentials.link"),
                    "class", "throughline-authorise").close("p");
            out.element("p", text.text("throughline.web.macro.credentials.advice")).close("div");
            return;
        }
        start(out, "warning", heading(failure));
        if (failure instanceof JiraReply.HttpError error && error.message() != null) {
            out.element("p", text.text("throughline.web.macro.failure.jira-says", error.message()));
        }
        out.element("p", advice(failure)).close("div");
    }

    private String heading(JiraReply.Failure failure) {
        if (failure instanceof JiraReply.TimedOut timedOut) {
            return text.text("throughline.web.macro.failure.timeout", Math.max(1, (timedOut.limit().toMillis() + 999) / 1000));
        }
        if (failure instanceof JiraReply.HttpError error) {
            return text.text("throughline.web.macro.failure.http", error.status());
        }
        if (failure instanceof JiraReply.Malformed) {
            return text.text("throughline.web.macro.failure.malformed");
        }
        if (failure instanceof JiraReply.NotLinked) {
            return text.text("throughline.web.macro.failure.not-linked");
        }
        if (failure instanceof JiraReply.CredentialsRequired) {
            return text.text("throughline.web.macro.credentials.heading");
        }
        return text.text("throughline.web.macro.failure.unreachable");
    }

    private String advice(JiraReply.Failure failure) {
        if (failure instanceof JiraReply.HttpError error) {
            return switch (error.status()) {
                case 400 -> text.text("throughline.web.macro.advice.parameters");
                case 401, 403 -> text.text("throughline.web.macro.advice.access");
                case 404 -> text.text("throughline.web.macro.advice.not-found");
                default -> text.text("throughline.web.macro.advice.retry");
            };
        }
        if (failure instanceof JiraReply.Malformed) {
            return text.text("throughline.web.macro.advice.versions");
        }
        if (failure instanceof JiraReply.NotLinked) {
            return text.text("throughline.web.macro.advice.link");
        }
        return text.text("throughline.web.macro.advice.retry");
    }

    private static void start(HtmlWriter out, String kind, String title) {
        out.open("div", "class", "aui-message aui-message-" + kind, "role", "alert");
        out.open("p", "class", "title").element("strong", title).close("p");
    }
}
