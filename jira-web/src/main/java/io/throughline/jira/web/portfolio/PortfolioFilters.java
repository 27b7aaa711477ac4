package io.throughline.jira.web.portfolio;

import io.throughline.core.common.Team;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portfolio's filter form: a plain GET form whose fields are the scorecard's query parameters
 * (so a link is a saved view and a refusal names the same fields), with Apply, Reset and the CSV of
 * the same query. The page is not part of the CSV's link: the export has every page.
 */
final class PortfolioFilters {

    private PortfolioFilters() {
    }

    static String form(ViewText text, ScorecardParams asked, Collection<Team> known, PortfolioPage.Links links) {
        StringBuilder form = new StringBuilder(4096);
        form.append("<form class=\"aui throughline-scorecard-filters throughline-portfolio-filters\" id=\"portfolio-filters\" method=\"get\" action=\"")
                .append(Html.escape(links.page())).append("\">");
        form.append(select(text, "team", "throughline.web.scorecard.filter.team", ScorecardQuery.TEAM,
                asked.teams().stream().findFirst().orElse(""),
                known.stream().map(team -> new String[]{team.name(), team.name()}).toList()));
        form.append(select(text, "stage", "throughline.web.scorecard.filter.stage", ScorecardQuery.STAGE,
                asked.stages().stream().findFirst().orElse(""), PortfolioPage.options(text, ScorecardQuery.STAGE)));
        form.append("<div class=\"field-group\"><label for=\"portfolio-owner\">")
                .append(text.html("throughline.web.scorecard.filter.owner")).append("</label>")
                .append("<input class=\"text medium-field\" type=\"text\" id=\"portfolio-owner\" name=\"")
                .append(ScorecardQuery.OWNER).append("\" value=\"").append(Html.escape(asked.owner())).append("\"></div>");
        form.append(select(text, "health", "throughline.web.portfolio.filter.health", ScorecardQuery.HEALTH,
                asked.health(), PortfolioPage.options(text, ScorecardQuery.HEALTH)));
        form.append(select(text, "signal", "throughline.web.scorecard.filter.signal", ScorecardQuery.SIGNAL,
                asked.signal(), PortfolioPage.options(text, ScorecardQuery.SIGNAL)));
        form.append(select(text, "sort", "throughline.web.scorecard.filter.sort", ScorecardQuery.SORT, asked.sort(),
                sorts(text, asked.sort())));
        form.append(select(text, "order", "throughline.web.scorecard.filter.order", ScorecardQuery.ORDER, asked.order(),
                List.of(new String[]{"asc", text.text("throughline.web.scorecard.order.asc")},
                        new String[]{"desc", text.text("throughline.web.scorecard.order.desc")})));
        String query = asked.queryString(Optional.empty());
        form.append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"portfolio-apply\">")
                .append(text.html("throughline.web.scorecard.apply")).append("</button>")
                .append("<a class=\"aui-button aui-button-link\" id=\"portfolio-reset\" href=\"")
                .append(Html.escape(links.page())).append("\">").append(text.html("throughline.web.scorecard.reset"))
                .append("</a><a class=\"aui-button\" id=\"portfolio-csv\" href=\"")
                .append(Html.escape(links.csv() + (query.isEmpty() ? "" : "?" + query))).append("\">")
                .append(text.html("throughline.web.scorecard.csv")).append("</a></div></div></form>");
        return form.toString();
    }

    /** The orders offered, and the one a link names if the page does not offer it (so it stays chosen). */
    private static List<String[]> sorts(ViewText text, String chosen) {
        List<ScorecardQuery.Sort> offered = new ArrayList<>(PortfolioPage.SORTS);
        if (chosen != null && !chosen.isBlank()) {
            String wanted = chosen.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ScorecardQuery.Sort sort : ScorecardQuery.Sort.values()) {
                if (sort.name().equals(wanted) && !offered.contains(sort)) {
                    offered.add(sort);
                }
            }
        }
        return offered.stream().map(s -> new String[]{s.name(), text.text("throughline.web.scorecard.sort." + s.name())})
                .toList();
    }

    private static String select(ViewText text, String id, String labelKey, String name, String chosen,
                                 List<String[]> options) {
        StringBuilder select = new StringBuilder(512);
        select.append("<div class=\"field-group\"><label for=\"portfolio-").append(id).append("\">")
                .append(text.html(labelKey)).append("</label><select class=\"select\" id=\"portfolio-").append(id)
                .append("\" name=\"").append(name).append("\"><option value=\"\">")
                .append(text.html("throughline.web.scorecard.filter.any")).append("</option>");
        for (String[] option : options) {
            boolean selected = chosen != null && option[0].equalsIgnoreCase(chosen.strip());
            select.append("<option value=\"").append(Html.escape(option[0])).append(selected ? "\" selected>" : "\">")
                    .append(Html.escape(option[1])).append("</option>");
        }
        return select.append("</select></div>").toString();
    }
}
