package io.throughline.preview;

import io.throughline.jira.web.panel.InitiativePanel;
import java.io.StringWriter;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/** Renders the issue panel with the very template Jira renders, from the web module's resources. */
final class PanelRenderer {

    static final String TEMPLATE = "templates/panel/initiative-panel.vm";

    private final Template template;

    PanelRenderer() {
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "class");
        properties.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("resource.default_encoding", "UTF-8");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        this.template = engine.getTemplate(TEMPLATE, "UTF-8");
    }

    String render(InitiativePanel panel) {
        VelocityContext context = new VelocityContext();
        context.put("panel", panel);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
