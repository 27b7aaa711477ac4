package io.throughline.jira.web.scorecard;

import io.throughline.core.common.People;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.core.scorecard.ScorecardRow;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scorecard as CSV (RFC 4180, CRLF line ends): the page's columns for the same query, every
 * row in the page's order, each trended figure followed by its trend in words. A cell a spreadsheet
 * would read as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) is neutralised with a leading apostrophe, so a summary typed as
 * {@code =HYPERLINK(…)} stays text.
 */
public final class ScorecardCsv {

    private ScorecardCsv() {
    }

    public static String write(Scorecard card, Set<ScorecardColumns.Group> groups, ViewText text, People people,
                               ZoneId zone) {
        List<ScorecardColumns.Column> columns = ScorecardColumns.of(groups);
        StringBuilder csv = new StringBuilder(256 + card.rows().size() * 256);
        List<String> heading = new ArrayList<>();
        for (ScorecardColumns.Column column : columns) {
            heading.add(text.text(column.headingKey()));
            column.trend().ifPresent(f -> heading.add(text.text("throughline.web.scorecard.trend-of",
                    text.text(column.headingKey()))));
        }
        line(csv, heading);
        for (ScorecardRow row : card.rows()) {
            ScorecardColumns.Cell cell = new ScorecardColumns.Cell(row, text, people, zone);
            List<String> cells = new ArrayList<>();
            for (ScorecardColumns.Column column : columns) {
                cells.add(column.text().apply(cell));
                column.trend().ifPresent(figure -> cells.add(
                        text.text("throughline.web.scorecard.trend." + row.trend(figure).name())));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    /**
     * Appends one line of cells, each neutralised and quoted as {@link #cell} says: for every export
     * the views offer, so none can forget the neutralising.
     */
    public static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell: neutralised if a spreadsheet would run it, quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
