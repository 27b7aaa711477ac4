package io.throughline.jira.web.panel;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.Progress;
import io.throughline.core.trace.RollUp;
import io.throughline.core.trace.Trace;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panel's Delivery section: the work under the initiative as the viewer may see it, as a bar by
 * status category (done, in progress, to do), the same per team and per epic, points where the host
 * has estimates, the last activity, and a link to the linked work in the host's issue search.
 */
public final class DeliverySection {

    /** The JQL the search link runs: the issues linked to deliver the initiative. */
    public static String searchJql(InitiativeKey initiative) {
        return "issue in linkedIssues(\"" + initiative.value() + "\", \"is delivered by\")";
    }

    /** One bar: a label, a line of counts, and the share of each category in whole percent (adding up to 100). */
    public record Bar(String labelHtml, String countsHtml, int donePercent, int inProgressPercent, int toDoPercent,
                      String percentHtml) {

        public String getLabelHtml() {
            return labelHtml;
        }

        public String getCountsHtml() {
            return countsHtml;
        }

        public int getDonePercent() {
            return donePercent;
        }

        public int getInProgressPercent() {
            return inProgressPercent;
        }

        public int getToDoPercent() {
            return toDoPercent;
        }

        public String getPercentHtml() {
            return percentHtml;
        }

        static Bar of(String label, Progress progress, ViewText text) {
            int done = share(progress.done(), progress.items());
            int inProgress = share(progress.inProgress(), progress.items());
            return new Bar(Html.escape(label), text.html("throughline.web.delivery.categories", progress.toDo(),
                    progress.inProgress(), progress.done()), done, inProgress, progress.items() == 0 ? 0 : 100 - done - inProgress,
                    progress.percentDone().map(p -> text.html("throughline.web.delivery.percent", p)).orElse(""));
        }

        private static int share(int part, int whole) {
            return whole == 0 ? 0 : (int) (part * 100L / whole);
        }
    }

    private final ViewText text;
    private final Trace trace;
    private final Bar overall;
    private final List<Bar> teams;
    private final List<Bar> epics;
    private final String searchUrlHtml;
    private final ZoneId zone;

    DeliverySection(Trace trace, ViewText text, String contextPath, ZoneId zone) {
        this.text = text;
        this.trace = trace;
        this.zone = zone;
        this.overall = Bar.of(text.text("throughline.web.delivery.overall"), trace.progress(), text);
        this.teams = trace.teams().stream().map(team -> Bar.of(team.team().name(), team.progress(), text)).toList();
        this.epics = epics(trace, text);
        this.searchUrlHtml = Html.escape(contextPath + "/issues/?jql="
                + URLEncoder.encode(searchJql(trace.initiative()), StandardCharsets.UTF_8));
    }

    /** Each epic in the trace with the progress of the items below it (at any depth). */
    private static List<Bar> epics(Trace trace, ViewText text) {
        Map<InitiativeKey, DeliveryItem> byKey = new HashMap<>();
        trace.items().forEach(item -> byKey.put(item.key(), item));
        List<Bar> bars = new ArrayList<>();
        for (DeliveryItem epic : trace.items()) {
            if (!"Epic".equalsIgnoreCase(epic.issueType())) {
                continue;
            }
            List<DeliveryItem> below = trace.items().stream().filter(item -> under(item, epic.key(), byKey)).toList();
            bars.add(Bar.of(epic.key().value() + " " + epic.summary(),
                    below.isEmpty() ? RollUp.progress(List.of(epic), false) : RollUp.progress(below, false), text));
        }
        return bars;
    }

    private static boolean under(DeliveryItem item, InitiativeKey epic, Map<InitiativeKey, DeliveryItem> byKey) {
        Optional<InitiativeKey> parent = item.parent();
        for (int hops = 0; parent.isPresent() && hops < byKey.size(); hops++) {
            if (parent.get().equals(epic)) {
                return true;
            }
            parent = Optional.ofNullable(byKey.get(parent.get())).flatMap(DeliveryItem::parent);
        }
        return false;
    }

    public String getHeadingHtml() {
        return text.html("throughline.web.delivery.heading");
    }

    public boolean isHasItems() {
        return !trace.items().isEmpty();
    }

    public String getNoneHtml() {
        return text.html("throughline.web.delivery.none");
    }

    public int getItems() {
        return trace.progress().items();
    }

    public String getSummaryHtml() {
        Progress progress = trace.progress();
        return text.html("throughline.web.delivery.summary", progress.done(), progress.items(),
                progress.percentDone().orElse(0));
    }

    public Bar getOverall() {
        return overall;
    }

    public boolean isHasPoints() {
        return trace.progress().points().isPresent() && trace.progress().points().get().total().signum() > 0;
    }

    public String getPointsHtml() {
        return trace.progress().points().map(points -> text.html("throughline.web.delivery.points",
                points.done().stripTrailingZeros().toPlainString(), points.total().stripTrailingZeros().toPlainString()))
                .orElse("");
    }

    public List<Bar> getTeams() {
        return teams;
    }

    public String getTeamsHeadingHtml() {
        return text.html("throughline.web.delivery.teams");
    }

    public boolean isHasEpics() {
        return !epics.isEmpty();
    }

    public List<Bar> getEpics() {
        return epics;
    }

    public String getEpicsHeadingHtml() {
        return text.html("throughline.web.delivery.epics");
    }

    public boolean isHasLastActivity() {
        return trace.lastActivity().isPresent();
    }

    /** The day of the newest change in the trace, in the viewer's time zone, e.g. {@code 2026-11-30}. */
    public String getLastActivityDateHtml() {
        return trace.lastActivity().map(at -> Html.escape(LocalDate.ofInstant(at, zone).toString())).orElse("");
    }

    public String getLastActivityLabelHtml() {
        return text.html("throughline.web.delivery.last-activity");
    }

    public boolean isTruncated() {
        return trace.truncated();
    }

    public String getTruncatedHtml() {
        return text.html("throughline.web.delivery.truncated", trace.items().size());
    }

    public String getSearchUrlHtml() {
        return searchUrlHtml;
    }

    public String getSearchLinkHtml() {
        return text.html("throughline.web.delivery.search");
    }
}
