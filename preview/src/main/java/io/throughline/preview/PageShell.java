package io.throughline.preview;

import io.throughline.core.common.UserRef;
import io.throughline.web.view.Html;

/** The frame around every preview page: AUI header with navigation and the "act as" user switch. */
final class PageShell {

    static final String WIKI_PAGE = "portfolio-review";

    private final PreviewDirectory directory;

    PageShell(PreviewDirectory directory) {
        this.directory = directory;
    }

    /** A whole page; {@code bodyHtml} must already be escaped HTML. */
    String page(PreviewText text, UserRef viewer, String titleText, String returnPath, String bodyHtml) {
        StringBuilder html = new StringBuilder(4096 + bodyHtml.length());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(titleText)).append(" — ").append(text.html("throughline.preview.title"))
                .append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\">")
                .append("<link rel=\"stylesheet\" href=\"/static/css/throughline.css\">")
                .append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"").append(StaticResource.ICON).append("\">")
                .append("<style>.throughline-preview-main{max-width:1200px;margin:0 auto}"
                        + ".throughline-preview-side{max-width:420px}.throughline-columns{display:flex;gap:24px;align-items:flex-start}"
                        + ".throughline-columns>*{flex:1}.throughline-issue-main{flex:2}"
                        + ".throughline-muted{color:#626f86}.throughline-ops{margin:8px 0 16px}"
                        + ".throughline-details-list{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px}"
                        + ".throughline-details-list dt{color:#626f86}.throughline-details-list dd{margin:0}</style>")
                .append("</head><body>");
        html.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\"><div class=\"aui-header-inner\">")
                .append("<div class=\"aui-header-primary\"><span class=\"aui-header-logo aui-header-logo-textonly\">")
                .append("<strong class=\"aui-header-logo-text\">").append(text.html("throughline.preview.title"))
                .append("</strong></span><ul class=\"aui-nav\">")
                .append("<li><a href=\"/\" id=\"nav-portfolio\">").append(text.html("throughline.preview.nav.portfolio"))
                .append("</a></li><li><a href=\"").append(ScorecardPageResource.PATH).append("\" id=\"nav-scorecard\">")
                .append(text.html("throughline.preview.nav.scorecard"))
                .append("</a></li><li><a href=\"").append(RequestsResource.PATH).append("\" id=\"nav-requests\">")
                .append(text.html("throughline.preview.nav.requests"))
                .append("</a></li><li><a href=\"/wiki/").append(WIKI_PAGE).append("\" id=\"nav-wiki\">")
                .append(text.html("throughline.preview.nav.wiki")).append("</a></li>")
                .append("<li><a href=\"").append(SetupResource.PATH).append("\" id=\"nav-setup\">")
                .append(text.html("throughline.preview.nav.setup")).append("</a></li>")
                .append("<li><a href=\"").append(InteractionsResource.PATH).append("\" id=\"nav-interactions\">")
                .append(text.html("throughline.preview.nav.interactions")).append("</a></li>")
                .append("<li><a href=\"").append(SettingsResource.PATH).append("\" id=\"nav-settings\">")
                .append(text.html("throughline.preview.nav.settings")).append("</a></li></ul></div>")
                .append("<div class=\"aui-header-secondary\">").append(actAs(text, viewer, returnPath))
                .append("</div></div></nav></header>");
        html.append("<div id=\"content\"><section class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content throughline-preview-main throughline-page\">")
                .append(bodyHtml)
                .append("</section></div></section></div>")
                .append("<script src=\"/static/js/throughline-panel.js\"></script>")
                .append("<script src=\"/static/js/throughline-interactions.js\"></script>")
                .append("<script src=\"/static/js/throughline-settings.js\"></script>")
                .append("<script src=\"/static/js/throughline-requests.js\"></script></body></html>");
        return html.toString();
    }

    private String actAs(PreviewText text, UserRef viewer, String returnPath) {
        StringBuilder form = new StringBuilder("<form class=\"aui\" method=\"post\" action=\"/preview/act-as\" id=\"act-as\">")
                .append("<label for=\"act-as-user\">").append(text.html("throughline.preview.act-as")).append("</label> ")
                .append("<select class=\"select\" id=\"act-as-user\" name=\"user\">");
        for (PreviewDirectory.Person person : directory.people()) {
            form.append("<option value=\"").append(Html.escape(person.key())).append('"')
                    .append(person.key().equals(viewer.key()) ? " selected" : "").append('>')
                    .append(Html.escape(person.name())).append("</option>");
        }
        return form.append("</select><input type=\"hidden\" name=\"return\" value=\"").append(Html.escape(returnPath))
                .append("\"> <button class=\"aui-button\" type=\"submit\" id=\"act-as-submit\">")
                .append(text.html("throughline.preview.act-as.submit")).append("</button></form>").toString();
    }
}
