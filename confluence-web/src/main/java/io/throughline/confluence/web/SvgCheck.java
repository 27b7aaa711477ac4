package io.throughline.confluence.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link HtmlWriter#chart} lets through: one {@code svg} element in the SVG namespace holding a
 * title and plain shapes, attributes from a fixed list with double-quoted values free of markup, text
 * free of markup with numeric character references only, every element closed in order.
 */
final class SvgCheck {

    private static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Set<String> ELEMENTS = Set.of("svg", "title", "line", "polyline", "circle", "rect");
    private static final Set<String> ATTRIBUTES = Set.of("class", "xmlns", "role", "width", "height", "viewBox",
            "aria-label", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "points", "fill", "stroke",
            "stroke-width", "stroke-dasharray");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*=\"[^\"<>]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9-]*)=\"([^\"<>]*)\"");
    private static final Pattern TEXT = Pattern.compile("(?:[^<>&]|&#[0-9]{1,7};)*");

    private SvgCheck() {
    }

    static void require(String svg) {
        if (svg == null || !svg.startsWith("<svg") || !svg.endsWith("</svg>")) {
            throw refused("not an svg element");
        }
        Deque<String> open = new ArrayDeque<>();
        int at = 0;
        boolean closedRoot = false;
        while (at < svg.length()) {
            int next = svg.indexOf('<', at);
            int end = next < 0 ? svg.length() : next;
            if (!TEXT.matcher(svg.substring(at, end)).matches() || (end > at && closedRoot)) {
                throw refused("text at " + at);
            }
            if (next < 0) {
                break;
            }
            if (closedRoot) {
                throw refused("markup after the svg element");
            }
            Matcher tag = TAG.matcher(svg).region(next, svg.length());
            if (!tag.lookingAt()) {
                throw refused("markup at " + next);
            }
            String name = tag.group(2);
            boolean closing = !tag.group(1).isEmpty();
            if (closing) {
                if (!tag.group(3).isEmpty() || !tag.group(4).isEmpty() || !name.equals(open.poll())) {
                    throw refused("closing " + name);
                }
                closedRoot = open.isEmpty();
            } else {
                // The svg element at the top only, and everything else inside it.
                if (!ELEMENTS.contains(name) || open.isEmpty() != name.equals("svg")) {
                    throw refused("element " + name);
                }
                attributes(name, tag.group(3));
                if (tag.group(4).isEmpty()) {
                    open.push(name);
                } else if (name.equals("svg")) {
                    throw refused("an empty svg");
                }
            }
            at = tag.end();
        }
        if (!open.isEmpty() || !closedRoot) {
            throw refused("unclosed " + open.peek());
        }
    }

    private static void attributes(String element, String list) {
        Matcher attribute = ATTRIBUTE.matcher(list);
        boolean namespaced = false;
        while (attribute.find()) {
            String name = attribute.group(1);
            if (!ATTRIBUTES.contains(name) || !TEXT.matcher(attribute.group(2)).matches()) {
                throw refused("attribute " + name);
            }
            if (name.equals("xmlns")) {
                if (!element.equals("svg") || !attribute.group(2).equals(NAMESPACE)) {
                    throw refused("namespace " + attribute.group(2));
                }
                namespaced = true;
            }
        }
        if (element.equals("svg") && !namespaced) {
            throw refused("svg without its namespace");
        }
    }

    private static IllegalArgumentException refused(String what) {
        return new IllegalArgumentException("not a chart the macros may write: " + what);
    }
}
