import { textBlocks } from '../domain/text';

/** A plain-text description as paragraphs and lists; the text is never parsed as HTML. */
export function TextBlocks({ text, lang }: { text?: string; lang?: string }) {
  const blocks = textBlocks(text);
  if (blocks.length === 0) return null;
  return (
    <div class="text-blocks" lang={lang}>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
