import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('# Cluster mapping\n\n- **Firms**\n- Suppliers');
    expect(html).toContain('<h1>Cluster mapping</h1>');
    expect(html).toContain('<li><strong>Firms</strong></li>');
  });

  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<img src=x onerror=alert(1)>', '<img'],
    ['[click](javascript:alert(1))', 'href="javascript:'],
  ])('never passes %s through', (source, forbidden) => {
    expect(renderMarkdown(source)).not.toContain(forbidden);
  });
});
