/** Text slides: the admin's rich text reduced to a small, script-free HTML subset the board can render as is. */
import sanitizeHtml from 'sanitize-html';

export function sanitizeSlide(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'span', 'blockquote'],
    // Only alignment and colour survive; no url(), no positioning that could cover the call area.
    allowedAttributes: { '*': ['style'] },
    allowedStyles: {
      '*': {
        'text-align': [/^(left|right|center|justify)$/],
        color: [/^#[0-9a-f]{3,8}$/i, /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/],
      },
    },
    disallowedTagsMode: 'discard',
  });
}
