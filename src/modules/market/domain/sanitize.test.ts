import { describe, expect, it } from "vitest";
import { htmlToText, renderMarkdown } from "./sanitize";

// An XSS corpus in the spirit of OWASP's filter-evasion cheat sheet: every entry must come
// out without a script, an event handler, a javascript:/data:/vbscript: URL or SVG.
const CORPUS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<img src=x onerror=alert(1)//",
  '<IMG SRC="javascript:alert(1);">',
  "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](java&#x09;script:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  "![x](javascript:alert(1))",
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<math><mtext><script>alert(1)</script></mtext></math>",
  '<iframe src="https://evil.example"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<body onload="alert(1)">',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p onclick="alert(1)" onmouseover="alert(2)">hover</p>',
  '<a href="#" onfocus="alert(1)" autofocus>x</a>',
  "<details open ontoggle=alert(1)>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input onfocus=alert(1) autofocus>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<<script>script>alert(1)<</script>/script>",
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
];

function assertSafe(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<svg|<math|<iframe|<object|<embed|<form|<input|<meta|<style|<body/i);
  // Inside a real tag (escaped text such as "&lt;img onerror=…" is harmless).
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/style=/i);
}

describe("renderMarkdown sanitisation", () => {
  it.each(CORPUS)("neutralises %s", (input) => {
    assertSafe(renderMarkdown(input));
  });

  it("keeps ordinary Markdown: headings, lists, emphasis, https links, tables", () => {
    const html = renderMarkdown("# 标题\n\n**重要**：[海关总署](https://www.customs.gov.cn/)\n\n- 一\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h2>标题</h2>");
    expect(html).toContain("<strong>重要</strong>");
    expect(html).toContain('<a href="https://www.customs.gov.cn/" rel="nofollow noopener noreferrer">海关总署</a>');
    expect(html).toContain("<li>一</li>");
    expect(html).toContain("<td>1</td>");
  });

  it("makes images lazy and keeps only http(s) sources", () => {
    const html = renderMarkdown("![苹果](https://example.org/apple.jpg)");
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('src="https://example.org/apple.jpg"');
  });

  it("drops the content of SVG entirely rather than unwrapping it", () => {
    expect(renderMarkdown("<svg><text>hidden</text></svg>after")).not.toContain("hidden");
  });

  it("turns feed HTML into plain text", () => {
    expect(htmlToText('<p>Hello <b>world</b></p><script>alert(1)</script><img src=x onerror=alert(1)>')).toBe("Hello world");
    expect(htmlToText("A &amp; B &lt;tag&gt;")).toBe("A & B <tag>");
  });
});
