/** A block of a plain-text description: a paragraph, or a bullet list. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*(?:[•*-])\s+/;

/**
 * Splits a C3VOC description (plain text) into paragraphs and bullet lists: blank lines
 * separate blocks, lines starting with "•", "-" or "*" are list items.
 */
export function textBlocks(text: string | undefined): TextBlock[] {
  if (!text) return [];
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    let paragraph: string[] = [];
    let items: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
      paragraph = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: 'list', items });
      items = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        flushParagraph();
        items.push(line.replace(BULLET, '').trim());
      } else {
        flushItems();
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
    flushItems();
  }
  return blocks;
}
