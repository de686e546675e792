import { sanitizeLessonHtml } from './lesson-html.sanitizer';

describe('sanitizeLessonHtml', () => {
  it.each([
    {
      name: 'script tag and its content',
      input: '<p>a</p><script>alert(1)</script>',
      expected: '<p>a</p>',
    },
    {
      name: 'event handler',
      input: '<img src="https://x.vn/a.png" onerror="alert(1)">',
      expected: '<img src="https://x.vn/a.png" />',
    },
    {
      name: 'javascript: link',
      input: '<a href="javascript:alert(1)">x</a>',
      expected: '<a>x</a>',
    },
    {
      name: 'javascript: with entities',
      input: '<a href="jav&#x09;ascript:alert(1)">x</a>',
      expected: '<a>x</a>',
    },
    { name: 'data: image', input: '<img src="data:image/png;base64,AAAA">', expected: '' },
    { name: 'http image (not https)', input: '<img src="http://x.vn/a.png">', expected: '' },
    {
      name: 'own API image',
      input: '<img src="/api/files/1" alt="Ảnh">',
      expected: '<img src="/api/files/1" alt="Ảnh" />',
    },
    { name: 'style attribute', input: '<p style="color:red">a</p>', expected: '<p>a</p>' },
    { name: 'style element', input: '<style>p{}</style><p>a</p>', expected: '<p>a</p>' },
    { name: 'iframe', input: '<iframe src="https://x.vn"></iframe><p>a</p>', expected: '<p>a</p>' },
    {
      name: 'https link gets rel',
      input: '<a href="https://moet.gov.vn">Bộ</a>',
      expected: '<a href="https://moet.gov.vn" rel="noopener noreferrer" target="_blank">Bộ</a>',
    },
    {
      name: 'mailto link',
      input: '<a href="mailto:a@b.vn">a</a>',
      expected: '<a href="mailto:a@b.vn">a</a>',
    },
    { name: 'relative link dropped', input: '<a href="/x">a</a>', expected: '<a>a</a>' },
    {
      name: 'allowed structure',
      input:
        '<h2>T</h2><ul><li><strong>a</strong> <em>b</em> <u>c</u></li></ul><blockquote>q</blockquote><table><tr><td colspan="2">x</td></tr></table>',
      expected:
        '<h2>T</h2><ul><li><strong>a</strong> <em>b</em> <u>c</u></li></ul><blockquote>q</blockquote><table><tr><td colspan="2">x</td></tr></table>',
    },
    { name: 'NFC', input: '<p>Nghi\u0323 quyê\u0301t</p>', expected: '<p>Nghị quyết</p>' },
  ])('$name', ({ input, expected }) => {
    expect(sanitizeLessonHtml(input)).toBe(expected);
  });
});
