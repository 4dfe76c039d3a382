// Types for the two markdown-it plugins that ship none, written against markdown-it 15's own types.
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';
  export default function footnote(md: MarkdownIt): void;
}

declare module 'markdown-it-container' {
  import type { MarkdownIt, Token, Renderer } from 'markdown-it';
  export interface ContainerOptions {
    marker?: string;
    validate?(params: string, markup: string): boolean;
    render?(tokens: Token[], idx: number, options: unknown, env: unknown, self: Renderer): string;
  }
  export default function container(md: MarkdownIt, name: string, options?: ContainerOptions): void;
}
