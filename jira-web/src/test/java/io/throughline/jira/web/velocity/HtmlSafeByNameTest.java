package io.throughline.jira.web.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSafeByNameTest {

    @ParameterizedTest
    @CsvSource({
        "$panel.summaryHtml, true", "${panel.summaryHtml}, true", "$!panel.getSummaryHtml(), true",
        "$item.textHTML, true", "$panel.summary, false", "$panel.htmlSummary, false", "$line, false",
        "$panel.labels.rollUpHtml, true", "$dependency.version, false"})
    void trustsOnlyReferencesWhoseLastNameEndsInHtml(String reference, boolean safe) {
        assertThat(HtmlSafeByName.isHtmlSafe(reference)).isEqualTo(safe);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$panel.summary|<b>|&lt;b&gt;", "$panel.summaryHtml|<b>|<b>"})
    void escapesWhatItDoesNotTrust(String reference, String value, String printed) {
        assertThat(new HtmlSafeByName().referenceInsert(null, reference, value)).isEqualTo(printed);
    }
}
