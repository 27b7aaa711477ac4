package io.throughline.jira.web.setup;

import io.throughline.core.performance.EnvironmentSeen;
import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.List;

/**
 * The administrators' settings of the app as AUI markup: one field per setting with what it decides,
 * its default and a reset button; under the production pattern, the environments deployments went
 * to lately and whether the saved pattern counts each. The script ({@code throughline-settings.js}) sends the fields
 * as JSON to {@code PUT /admin/settings} with the version shown here; without it the page reads the
 * same, unchanged. Every value is escaped.
 */
public final class SettingsPage {

    /** The window of the environments table. */
    public static final int ENVIRONMENT_DAYS = 90;

    private final ViewText text;

    public SettingsPage(ViewText text) {
        this.text = text;
    }

    public String title() {
        return text.text("throughline.web.settings.title");
    }

    /** {@code restBase}: the app's REST root as the browser reaches it ({@code /rest/throughline/1.0}). */
    public String body(AppSettings settings, List<EnvironmentSeen> environments, String restBase) {
        StringBuilder html = new StringBuilder(4096 + environments.size() * 200)
                .append("<section class=\"throughline-settings\" id=\"throughline-settings\"")
                .append(" data-throughline-settings data-rest-base=\"").append(Html.escape(restBase))
                .append("\" data-version=\"").append(settings.version()).append("\" data-error-generic=\"")
                .append(text.html("throughline.web.settings.error.generic")).append("\">")
                .append("<h1>").append(text.html("throughline.web.settings.title")).append("</h1><p>")
                .append(text.html("throughline.web.settings.intro")).append("</p>")
                .append("<div class=\"aui-message aui-message-error hidden\" id=\"settings-errors\" role=\"alert\">")
                .append("<ul></ul></div>")
                .append("<div class=\"aui-message aui-message-success hidden\" id=\"settings-saved\" role=\"status\"><p>")
                .append(text.html("throughline.web.settings.saved")).append("</p></div>")
                .append("<form class=\"aui\" id=\"settings-form\" novalidate>");
        html.append("<h2>").append(text.html("throughline.web.settings.group.events")).append("</h2>");
        boolean thresholds = false;
        for (Setting setting : Setting.values()) {
            if (setting.isNumber() && !thresholds) {
                thresholds = true;
                html.append("<h2>").append(text.html("throughline.web.settings.group.signals")).append("</h2><p>")
                        .append(text.html("throughline.web.settings.group.signals-intro")).append("</p>");
            }
            html.append(field(settings, setting));
            if (setting == Setting.PRODUCTION_PATTERN) {
                html.append(environments(environments));
            }
        }
        return html.append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"settings-save\">")
                .append(text.html("throughline.web.settings.save")).append("</button></div></div></form>")
                .append("</section>").toString();
    }

    private String field(AppSettings settings, Setting setting) {
        String id = "setting-" + setting.jsonName();
        return "<div class=\"field-group\" data-setting=\"" + setting.jsonName() + "\"><label for=\"" + id + "\">"
                + Html.escape(text.text(setting.label())) + "</label><input class=\"text "
                + (setting.isNumber() ? "short-field\" inputmode=\"numeric" : "long-field") + "\" type=\"text\" id=\""
                + id + "\" name=\"" + setting.jsonName() + "\" maxlength=\"" + Setting.MAX_LENGTH + "\" value=\""
                + Html.escape(settings.value(setting)) + "\" data-default=\"" + Html.escape(setting.defaultValue())
                + "\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"" + id + "-help\">"
                + " <button type=\"button\" class=\"aui-button aui-button-link\" data-throughline-reset=\""
                + setting.jsonName() + "\">" + text.html("throughline.web.settings.reset") + "</button>"
                + "<div class=\"error\" data-error-for=\"" + setting.jsonName() + "\"></div>"
                + "<div class=\"description\" id=\"" + id + "-help\">" + Html.escape(text.text(setting.help())) + " "
                + text.html("throughline.web.settings.default") + " <code>" + Html.escape(setting.defaultValue())
                + "</code>" + (settings.overridden(setting) ? "" : " " + text.html("throughline.web.settings.at-default"))
                + "</div></div>";
    }

    private String environments(List<EnvironmentSeen> environments) {
        StringBuilder html = new StringBuilder("<div class=\"throughline-settings-environments\"><h3 id=\"settings-environments-title\">")
                .append(text.html("throughline.web.settings.environments.title", ENVIRONMENT_DAYS)).append("</h3><p>")
                .append(text.html("throughline.web.settings.environments.intro")).append("</p>");
        if (environments.isEmpty()) {
            return html.append("<p class=\"throughline-missing\" id=\"settings-environments-none\">")
                    .append(text.html("throughline.web.settings.environments.none")).append("</p></div>").toString();
        }
        html.append("<table class=\"aui\" id=\"settings-environments\" aria-labelledby=\"settings-environments-title\">")
                .append("<thead><tr><th scope=\"col\">")
                .append(text.html("throughline.web.settings.environments.environment")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.settings.environments.deployments")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.settings.environments.production")).append("</th></tr></thead><tbody>");
        for (EnvironmentSeen environment : environments) {
            html.append("<tr data-environment=\"").append(Html.escape(environment.id())).append("\"><td><code>")
                    .append(Html.escape(environment.id())).append("</code></td><td>").append(environment.deployments())
                    .append("</td><td>").append(environment.production()
                            ? "<span class=\"aui-lozenge aui-lozenge-success\">" + text.html("throughline.web.settings.environments.counted") + "</span>"
                            : "<span class=\"aui-lozenge\">" + text.html("throughline.web.settings.environments.not-counted") + "</span>")
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }
}
