package io.throughline.jira.web.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.web.view.ViewText;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every label the issue panel shows comes from the web bundle, never a raw key. */
class PanelLabelsTest {

    @Test
    void everyLabelRendersFromTheBundle() throws Exception {
        Constructor<PanelLabels> constructor = PanelLabels.class.getDeclaredConstructor(ViewText.class);
        constructor.setAccessible(true);
        PanelLabels labels = constructor.newInstance(ViewText.forLocale(Locale.ENGLISH));
        Method[] getters = Arrays.stream(PanelLabels.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().endsWith("Html")).toArray(Method[]::new);

        assertThat(getters).hasSizeGreaterThan(30);
        for (Method getter : getters) {
            assertThat((String) getter.invoke(labels)).as(getter.getName()).isNotBlank().doesNotStartWith("throughline.");
        }
    }
}
