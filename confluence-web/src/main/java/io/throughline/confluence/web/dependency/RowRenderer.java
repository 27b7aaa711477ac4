package io.throughline.confluence.web.dependency;

import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.HtmlWriter;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.web.view.ViewText;

/** One dependency of the attention list: health, consumer (linked to Jira), provider, why, dates, age. */
final class RowRenderer {

    private final ViewText text;
    private final JiraLinks links;

    RowRenderer(ViewText text, JiraLinks links) {
        this.text = text;
        this.links = links;
    }

    void render(HtmlWriter out, PortfolioData.Row row) {
        out.open("tr", "data-dependency", Long.toString(row.id()));
        out.open("td");
        Healths.lozenge(out, row.health(), Healths.name(text, row.health()));
        out.close("td");
        consumer(out, row);
        out.element("td", row.providerTeam());
        out.element("td", row.description());
        out.open("td");
        if (!row.reasons().isEmpty()) {
            out.open("ul");
            row.reasons().forEach(reason -> out.element("li", reason));
            out.close("ul");
        }
        out.close("td");
        out.element("td", row.neededBy().toString());
        out.element("td", row.committedDate().map(Object::toString)
                .orElseGet(() -> text.text("throughline.web.macro.list.not-committed")));
        out.element("td", text.text("throughline.web.macro.list.age-days", row.ageDays()));
        out.close("tr");
    }

    private void consumer(HtmlWriter out, PortfolioData.Row row) {
        out.open("td");
        out.link(links.issue(row.consumerKey()), row.consumerKey());
        out.text(" ").text(row.consumerSummary());
        out.text(" (").text(row.consumerTeam()).text(")");
        if (row.lateDiscovered()) {
            out.text(" ");
            out.element("span", text.text("throughline.web.dependency.late-discovered"),
                    "class", "aui-lozenge aui-lozenge-subtle throughline-late",
                    "title", text.text("throughline.web.dependency.late-discovered.title"));
        }
        out.close("td");
    }
}
