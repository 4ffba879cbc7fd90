/*
 * A tiny parser for the Markdown subset HR writes support information in: paragraphs,
 * `- ` lists, **bold**, *italic* and links to https:, mailto: and tel: only. Everything
 * else is text. It produces a small tree that `SupportMarkdown` turns into React elements,
 * so no HTML string is ever built or injected.
 */

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] };

export type BlockNode =
  { type: 'paragraph'; children: InlineNode[] } | { type: 'list'; items: InlineNode[][] };

/** Only these link targets become links; anything else stays text. */
export function safeHref(target: string): string | null {
  const href = target.trim();
  if (/^tel:[+\d][\d\s-]*$/i.test(href)) return `tel:${href.slice(4).replace(/[\s-]/g, '')}`;
  if (/^mailto:[^\s@<>]+@[^\s@<>]+$/i.test(href)) return href;
  if (/^https:\/\//i.test(href)) {
    try {
      return new URL(href).protocol === 'https:' ? href : null;
    } catch {
      return null;
    }
  }
  return null;
}

// A link `[label](target "optional title")`, **bold** or *italic* — whichever starts first.
const INLINE =
  /\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*/;

export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let rest = text;
  const pushText = (value: string) => {
    if (value === '') return;
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.text += value;
    else nodes.push({ type: 'text', text: value });
  };
  while (rest !== '') {
    const match = INLINE.exec(rest);
    if (!match) {
      pushText(rest);
      break;
    }
    pushText(rest.slice(0, match.index));
    const [whole, label, target, strong, em] = match;
    if (label !== undefined && target !== undefined) {
      const href = safeHref(target);
      const children = parseInline(label);
      if (href === null)
        children.forEach((child) =>
          child.type === 'text' ? pushText(child.text) : nodes.push(child),
        );
      else
        nodes.push({
          type: 'link',
          href,
          children: children.length > 0 ? children : [{ type: 'text', text: target }],
        });
    } else if (strong !== undefined) {
      nodes.push({ type: 'strong', children: parseInline(strong) });
    } else if (em !== undefined) {
      nodes.push({ type: 'em', children: parseInline(em) });
    }
    rest = rest.slice(match.index + whole.length);
  }
  return nodes;
}

const LIST_ITEM = /^\s{0,3}[-*]\s+(.*)$/;

/** Splits the text into paragraphs (blank-line separated) and lists (`- ` lines). */
export function parseMarkdown(source: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list !== null) {
      blocks.push({ type: 'list', items: list.map(parseInline) });
      list = null;
    }
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    const item = LIST_ITEM.exec(rawLine);
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (item) {
      flushParagraph();
      list ??= [];
      list.push((item[1] ?? '').trim());
    } else if (list !== null && list.length > 0 && /^\s/.test(rawLine)) {
      // An indented line continues the list item above it.
      list[list.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}
