/**
 * Walking the Markdown tree without recursion: a draft of 10,000 `>` (or nested emphasis) makes a tree as deep as that,
 * and a recursive walk overflows the stack. Every walk over the mdast in the engine and the rules goes through here.
 */
import type { Nodes } from 'mdast';

/**
 * Visit `root` and its descendants in document order (pre-order). `enter` returns false to skip a node's children.
 */
export function walkTree(root: Nodes, enter: (node: Nodes) => boolean | void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}
