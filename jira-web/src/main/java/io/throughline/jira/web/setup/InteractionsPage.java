package io.throughline.jira.web.setup;

import io.throughline.core.common.Team;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionMode;
import io.throughline.core.interaction.InteractionTable;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.Collection;
import java.util.Optional;

/**
 * The admins' table of team interaction modes as AUI markup: what each mode means and its default
 * SLA, one editable row per declared pair, and a row template for adding one. The script
 * ({@code throughline-interactions.js}) sends the whole table as JSON to {@code PUT /admin/interactions}
 * with the version shown here; without it the page reads the same, unchanged. Every name is escaped.
 */
public final class InteractionsPage {

    private final ViewText text;

    public InteractionsPage(ViewText text) {
        this.text = text;
    }

    public String title() {
        return text.text("throughline.web.interactions.title");
    }

    /** {@code restBase}: the app's REST root as the browser reaches it ({@code /rest/throughline/1.0}). */
    public String body(InteractionTable table, Collection<Team> teams, String restBase) {
        StringBuilder html = new StringBuilder(4096 + table.pairs().size() * 600)
                .append("<section class=\"throughline-interactions\" id=\"throughline-interactions\"")
                .append(" data-throughline-interactions data-rest-base=\"").append(Html.escape(restBase))
                .append("\" data-version=\"").append(table.version()).append("\" data-error-generic=\"")
                .append(text.html("throughline.web.interactions.error.generic")).append("\">")
                .append("<h1>").append(text.html("throughline.web.interactions.title")).append("</h1><p>")
                .append(text.html("throughline.web.interactions.intro")).append("</p>")
                .append(legend())
                .append("<div class=\"aui-message aui-message-error hidden\" id=\"interactions-errors\" role=\"alert\">")
                .append("<ul></ul></div>")
                .append("<div class=\"aui-message aui-message-success hidden\" id=\"interactions-saved\" role=\"status\"><p>")
                .append(text.html("throughline.web.interactions.saved")).append("</p></div>")
                .append("<form class=\"aui\" id=\"interactions-form\" novalidate>")
                .append(teamList(teams))
                .append("<table class=\"aui\" id=\"interactions-table\"><thead><tr><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.column.consumer")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.column.provider")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.column.mode")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.column.sla")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.column.actions")).append("</th></tr></thead><tbody>");
        for (Interaction pair : table.pairs()) {
            html.append(row(Optional.of(pair)));
        }
        html.append("</tbody></table>");
        if (table.pairs().isEmpty()) {
            html.append("<p class=\"throughline-missing\" id=\"interactions-none\">")
                    .append(text.html("throughline.web.interactions.none")).append("</p>");
        }
        return html.append("<template id=\"interactions-new-row\">").append(row(Optional.empty())).append("</template>")
                .append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"button\" class=\"aui-button\" id=\"interactions-add\">")
                .append(text.html("throughline.web.interactions.add")).append("</button> ")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"interactions-save\">")
                .append(text.html("throughline.web.interactions.save")).append("</button></div></div></form></section>")
                .toString();
    }

    private String legend() {
        StringBuilder html = new StringBuilder("<table class=\"aui throughline-interaction-modes\"><thead><tr><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.column.mode")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.legend.meaning")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.interactions.legend.default-sla")).append("</th></tr></thead><tbody>");
        for (InteractionMode mode : InteractionMode.values()) {
            html.append("<tr data-mode=\"").append(mode.name()).append("\"><td>").append(modeLabel(mode))
                    .append("</td><td>").append(text.html("throughline.web.interaction.about." + mode.name()))
                    .append("</td><td>").append(text.html("throughline.web.interactions.days", mode.defaultAckSlaDays()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String teamList(Collection<Team> teams) {
        StringBuilder html = new StringBuilder("<datalist id=\"throughline-teams\">");
        for (Team team : teams) {
            html.append("<option value=\"").append(Html.escape(team.name())).append("\"></option>");
        }
        return html.append("</datalist>").toString();
    }

    private String row(Optional<Interaction> pair) {
        StringBuilder html = new StringBuilder("<tr class=\"throughline-interaction-row\">")
                .append(teamCell("consumerTeam", "throughline.web.interactions.column.consumer",
                        pair.map(p -> p.consumer().name()).orElse("")))
                .append(teamCell("providerTeam", "throughline.web.interactions.column.provider",
                        pair.map(p -> p.provider().name()).orElse("")))
                .append("<td><select class=\"select\" name=\"mode\" aria-label=\"")
                .append(text.html("throughline.web.interactions.column.mode")).append("\">");
        for (InteractionMode mode : InteractionMode.values()) {
            html.append("<option value=\"").append(mode.name()).append('"')
                    .append(pair.map(p -> p.mode() == mode).orElse(false) ? " selected" : "").append('>')
                    .append(modeLabel(mode)).append("</option>");
        }
        return html.append("</select><div class=\"error\" data-error-for=\"mode\"></div></td>")
                .append("<td><input class=\"text short-field\" type=\"number\" name=\"ackSlaDays\" min=\"0\" max=\"")
                .append(Interaction.MAX_ACK_SLA_DAYS).append("\" value=\"")
                .append(pair.map(p -> String.valueOf(p.ackSlaDays())).orElse("")).append("\" placeholder=\"")
                .append(text.html("throughline.web.interactions.sla.default")).append("\" aria-label=\"")
                .append(text.html("throughline.web.interactions.column.sla"))
                .append("\"><div class=\"error\" data-error-for=\"ackSlaDays\"></div></td>")
                .append("<td><button type=\"button\" class=\"aui-button aui-button-link\" data-throughline-remove-pair>")
                .append(text.html("throughline.web.interactions.remove")).append("</button></td></tr>").toString();
    }

    private String teamCell(String name, String labelKey, String value) {
        return "<td><input class=\"text medium-field\" type=\"text\" list=\"throughline-teams\" name=\"" + name
                + "\" value=\"" + Html.escape(value) + "\" aria-label=\"" + text.html(labelKey)
                + "\" autocomplete=\"off\"><div class=\"error\" data-error-for=\"" + name + "\"></div></td>";
    }

    /** A mode's name as people read it ("X as a service"). */
    public String modeLabel(InteractionMode mode) {
        return text.html("throughline.web.interaction.mode." + mode.name());
    }
}
