package io.throughline.jira.web.velocity;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders class-path templates with a real Velocity in strict mode (an unknown reference or
 * method fails the render instead of printing itself). Two ways, because Jira may or may not
 * auto-escape: {@link #render} prints values as they are, {@link #renderLikeJira} escapes every
 * printed reference whose name does not end in "Html", as Jira's HTML-safe handling does.
 */
public final class StrictVelocity {

    private final VelocityEngine engine;

    public StrictVelocity() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    public String render(String template, Map<String, Object> context) {
        return render(template, new VelocityContext(new java.util.HashMap<>(context)));
    }

    public String renderLikeJira(String template, Map<String, Object> context) {
        VelocityContext velocityContext = new VelocityContext(new java.util.HashMap<>(context));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlSafeByName());
        cartridge.attachToContext(velocityContext);
        return render(template, velocityContext);
    }

    private String render(String template, VelocityContext context) {
        Template parsed = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        parsed.merge(context, out);
        return out.toString();
    }
}
