// Two embeddings, each closed against breaking out of its context.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('"><img src=x>'); //=> '&quot;&gt;&lt;img src=x&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as `\u003c`…,
 * so neither `</script>` nor `<!--` can appear, and U+2028/U+2029 are escaped for older parsers.
 * `JSON.parse` of the element's text gives the value back unchanged.
 *
 * @example
 * jsonForScript({ summary: '</script>' }); //=> '{"summary":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * JavaScript source for an inline `<script>`: `</script` becomes `<\/script` (the same string in
 * JS strings, regexes and comments). `<!--` cannot be rewritten safely everywhere, so it is refused.
 *
 * @throws {Error} when the code holds `<!--`.
 * @example
 * scriptForHtml('s="</script>"'); //=> 's="<\\/script>"'
 */
export function scriptForHtml(code: string): string {
  if (code.includes('<!--'))
    throw new Error('the report script holds "<!--", which would change how the page is parsed');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
