import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { parseMarkdown, type InlineNode } from '../support/markdown';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& p, & ul': { margin: 0 },
    '& ul': { paddingLeft: tokens.spacingHorizontalXXL },
  },
});

function renderInline(nodes: InlineNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <Link
            key={index}
            href={node.href}
            inline
            {...(node.href.startsWith('https:')
              ? { target: '_blank', rel: 'noopener noreferrer' }
              : {})}
          >
            {renderInline(node.children)}
          </Link>
        );
    }
  });
}

/**
 * HR's text in the support Markdown subset, as React elements (never as injected HTML):
 * paragraphs, lists, bold, italic and https/mailto/tel links.
 */
export function SupportMarkdown({ source }: { source: string }) {
  const styles = useStyles();
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className={styles.body}>
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>{renderInline(block.children)}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{renderInline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
