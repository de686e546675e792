import type sanitizeHtml from 'sanitize-html';
import { loadSanitizeHtml } from '../../common/heavy-packages';

const SAFE_LINK = /^(https?:|mailto:)/i;
const SAFE_IMAGE = /^(https:\/\/|\/api\/)/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'a',
    'img',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href?.trim() ?? '';
      const kept: sanitizeHtml.Attributes = {};
      if (SAFE_LINK.test(href)) kept.href = href;
      if (attribs.title) kept.title = attribs.title;
      if (kept.href && !/^mailto:/i.test(href)) {
        kept.rel = 'noopener noreferrer';
        kept.target = '_blank';
      }
      return { tagName, attribs: kept };
    },
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      return { tagName, attribs: src && SAFE_IMAGE.test(src.trim()) ? { src, ...rest } : rest };
    },
  },
  // An image whose source was not allowed is dropped rather than left empty.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/**
 * Rich text of a lesson as it is stored: headings, paragraphs, lists, emphasis, links
 * (http/https/mailto, opened with rel=noopener), images (https or Loa's own /api/ files), tables
 * and quotes. Scripts, styles, event handlers and javascript:/data: URLs are removed.
 */
export function sanitizeLessonHtml(html: string): string {
  return loadSanitizeHtml()(html.normalize('NFC'), OPTIONS);
}
