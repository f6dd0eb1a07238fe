import type { Exemplar } from '@/payload-types'

/** The editor state Payload's Lexical field stores; exemplars and articles share its shape. */
export type RichText = NonNullable<Exemplar['story']>

/** A block of demo copy: a plain string is a paragraph, `{ h2 }` a section heading. */
export type Block = string | { h2: string }

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [textNode(text)],
  ...base,
  textFormat: 0,
  textStyle: '',
})

const heading = (text: string) => ({
  type: 'heading',
  tag: 'h2',
  children: [textNode(text)],
  ...base,
})

export function richText(blocks: readonly Block[]): RichText {
  return {
    root: {
      type: 'root',
      children: blocks.map((block) =>
        typeof block === 'string' ? paragraph(block) : heading(block.h2),
      ),
      ...base,
    },
  }
}
