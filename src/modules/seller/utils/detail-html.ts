import sanitizeHtml from "sanitize-html"

/**
 * A seller's product detail page (상세페이지) as it may be shown to shoppers and operators: the
 * formatting sellers use (headings, paragraphs, lists, tables, images, links, inline colours and
 * alignment) kept, everything that can run script dropped (script and style elements, event
 * handler attributes, `javascript:`/`data:` links, iframes, forms). Applied when the page is
 * saved, so every reader gets the clean copy.
 *
 * sanitize-html is pinned to 2.17.0, the last release on htmlparser2 8: later ones use
 * htmlparser2 12, which ships ES modules only and cannot be loaded by Jest's module runtime.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    "img",
    "figure",
    "figcaption",
    "span",
    "font",
    "u",
    "s",
    "sub",
    "sup",
    "colgroup",
    "col",
  ],
  allowedAttributes: {
    "*": ["style", "class", "align", "title"],
    a: ["href", "name", "target", "rel"],
    img: ["src", "alt", "width", "height"],
    td: ["colspan", "rowspan", "width"],
    th: ["colspan", "rowspan", "width", "scope"],
    col: ["span", "width"],
    font: ["color", "size"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  allowedStyles: {
    "*": {
      color: [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%]+\)$/i, /^[a-z]+$/i],
      "background-color": [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%]+\)$/i, /^[a-z]+$/i],
      "text-align": [/^(left|right|center|justify)$/],
      "font-size": [/^\d+(\.\d+)?(px|em|rem|%|pt)$/],
      "font-weight": [/^(normal|bold|\d{3})$/],
      width: [/^\d+(\.\d+)?(px|%)$/],
      "max-width": [/^\d+(\.\d+)?(px|%)$/],
    },
  },
  transformTags: {
    // A link from a seller's page opens apart from the shop and gets no access to it.
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
  },
}

export function sanitizeDetailHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS)
}

/**
 * An uploaded detail page (`.html` file) as it is stored: the seller's markup sanitized as above
 * (a whole document loses its head, scripts and styles; its body's formatting stays) inside a
 * minimal UTF-8 document, so that the downloaded file shows its Korean text correctly.
 */
export function detailHtmlFile(html: string): string {
  return `<!doctype html>\n<html lang="ko">\n<head><meta charset="utf-8"></head>\n<body>\n${sanitizeDetailHtml(html)}\n</body>\n</html>\n`
}
