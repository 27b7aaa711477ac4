package io.throughline.jira.web.setup;

import io.throughline.core.common.Message;
import io.throughline.core.setup.Finding;
import io.throughline.core.setup.ScreenFix;
import io.throughline.core.setup.SetupReport;
import io.throughline.core.setup.SetupSection;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.List;
import java.util.Optional;

/**
 * The admins' setup check as AUI markup: a summary, one table per section with each finding and
 * how to fix it, the fix button when the app can fix something itself, and what the last fix
 * changed. Every name from the host is escaped. Jira's servlet and the preview put it in their chrome.
 */
public final class SetupPage {

    /** A hidden form field that proves the fix was posted by this page (Jira: SAL's XSRF token). */
    public record FormToken(String name, String value) {
    }

    private final ViewText text;

    public SetupPage(ViewText text) {
        this.text = text;
    }

    public String title() {
        return text.text("throughline.web.setup.title");
    }

    /** The page's body; {@code fixAction} is where the fix button posts. */
    public String body(SetupReport report, Optional<ScreenFix> fix, String fixAction, Optional<FormToken> token) {
        StringBuilder html = new StringBuilder(8192).append("<section class=\"throughline-setup\" id=\"throughline-setup\">")
                .append("<h1>").append(text.html("throughline.web.setup.title")).append("</h1><p>")
                .append(text.html("throughline.web.setup.intro")).append("</p>");
        fix.ifPresent(result -> html.append(fixResult(result)));
        long problems = report.problems();
        html.append("<div class=\"aui-message ").append(problems == 0 ? "aui-message-success" : "aui-message-warning")
                .append("\" id=\"setup-summary\" data-problems=\"").append(problems).append("\"><p>")
                .append(text.html("throughline.web.setup.summary", problems)).append("</p></div>");
        if (report.hasFixableProblem()) {
            html.append(fixForm(fixAction, token));
        }
        for (SetupSection section : report.sections()) {
            html.append(section(section));
        }
        return html.append("</section>").toString();
    }

    private String section(SetupSection section) {
        StringBuilder html = new StringBuilder("<h2>").append(text.html(section.heading())).append("</h2>")
                .append("<table class=\"aui throughline-setup-section\" data-section=\"").append(Html.escape(section.id()))
                .append("\"><thead><tr><th>").append(text.html("throughline.web.setup.column.status")).append("</th><th>")
                .append(text.html("throughline.web.setup.column.finding")).append("</th><th>")
                .append(text.html("throughline.web.setup.column.fix")).append("</th></tr></thead><tbody>");
        for (Finding finding : section.findings()) {
            boolean problem = finding.isProblem();
            html.append("<tr class=\"throughline-finding\" data-status=\"").append(finding.status().name()).append("\">")
                    .append("<td><span class=\"aui-lozenge ").append(problem ? "aui-lozenge-removed" : "aui-lozenge-success")
                    .append("\">").append(text.html(problem ? "throughline.web.setup.problem" : "throughline.web.setup.ok"))
                    .append("</span></td><td>").append(text.html(finding.text())).append("</td><td>")
                    .append(finding.fix().map(text::html).orElse("")).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private String fixForm(String action, Optional<FormToken> token) {
        StringBuilder html = new StringBuilder("<form class=\"aui\" method=\"post\" id=\"setup-fix-form\" action=\"")
                .append(Html.escape(action)).append("\">");
        token.ifPresent(t -> html.append("<input type=\"hidden\" name=\"").append(Html.escape(t.name()))
                .append("\" value=\"").append(Html.escape(t.value())).append("\">"));
        return html.append("<p>").append(text.html("throughline.web.setup.fix.explain")).append("</p>")
                .append("<button class=\"aui-button aui-button-primary\" type=\"submit\" id=\"setup-fix\">")
                .append(text.html("throughline.web.setup.fix.button")).append("</button></form>").toString();
    }

    private String fixResult(ScreenFix fix) {
        StringBuilder html = new StringBuilder();
        if (fix.changedNothing()) {
            html.append("<div class=\"aui-message aui-message-info\" id=\"setup-fix-result\" data-changes=\"0\"><p>")
                    .append(text.html("throughline.web.setup.fix.nothing")).append("</p></div>");
        } else {
            html.append("<div class=\"aui-message aui-message-success\" id=\"setup-fix-result\" data-changes=\"")
                    .append(fix.changes().size()).append("\"><p>").append(text.html("throughline.web.setup.fix.changed"))
                    .append("</p>").append(list(fix.changes(), "throughline-setup-change")).append("</div>");
        }
        if (!fix.refusals().isEmpty()) {
            html.append("<div class=\"aui-message aui-message-error\" id=\"setup-fix-refusals\"><p>")
                    .append(text.html("throughline.web.setup.fix.refused")).append("</p>")
                    .append(list(fix.refusals(), "throughline-setup-refusal")).append("</div>");
        }
        return html.toString();
    }

    private String list(List<Message> messages, String cssClass) {
        StringBuilder html = new StringBuilder("<ul>");
        messages.forEach(m -> html.append("<li class=\"").append(cssClass).append("\">").append(text.html(m)).append("</li>"));
        return html.append("</ul>").toString();
    }
}
