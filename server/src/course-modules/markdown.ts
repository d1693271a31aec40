import MarkdownIt from 'markdown-it';

// html: false escapes any raw HTML in lesson files, and markdown-it refuses javascript: links,
// so what reaches the browser is safe to insert as HTML.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
