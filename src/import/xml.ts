import { DAMAGED, ImportError } from './errors'

/**
 * A small, strict XML reader for the parts of Office files the importer needs (document.xml of a
 * .docx). It builds a light tree, takes element names without their namespace prefix, decodes
 * the five entities and character references, and refuses DOCTYPE (no entity expansion at all),
 * unbalanced tags and trees deeper or larger than Office ever writes.
 */

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

const MAX_DEPTH = 256
const MAX_NODES = 2_000_000

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new ImportError(DAMAGED)
      }
      return String.fromCodePoint(code)
    }
    const named = ENTITIES[ref]
    if (named === undefined) throw new ImportError(DAMAGED)
    return named
  })
}

const localName = (qualified: string) => {
  const colon = qualified.indexOf(':')
  return colon === -1 ? qualified : qualified.slice(colon + 1)
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const NAME = /^[^\s/>]+/

export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] }
  const stack: XmlElement[] = [root]
  let nodes = 0
  let at = 0
  const length = text.length
  while (at < length) {
    const lt = text.indexOf('<', at)
    if (lt === -1) {
      if (text.slice(at).trim()) throw new ImportError(DAMAGED)
      break
    }
    if (lt > at && stack.length > 1)
      stack[stack.length - 1].children.push(decode(text.slice(at, lt)))
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2)
      if (end === -1) throw new ImportError(DAMAGED)
      at = end + 2
      continue
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4)
      if (end === -1) throw new ImportError(DAMAGED)
      at = end + 3
      continue
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9)
      if (end === -1 || stack.length === 1) throw new ImportError(DAMAGED)
      stack[stack.length - 1].children.push(text.slice(lt + 9, end))
      at = end + 3
      continue
    }
    // DOCTYPE and other declarations: Office never writes them; refusing them rules out
    // entity-expansion attacks.
    if (text.startsWith('<!', lt)) throw new ImportError(DAMAGED)
    const gt = findTagEnd(text, lt + 1)
    if (gt === -1) throw new ImportError(DAMAGED)
    const inner = text.slice(lt + 1, gt)
    if (inner.startsWith('/')) {
      const name = localName(inner.slice(1).trim())
      const open = stack.pop()
      if (!open || stack.length === 0 || open.name !== name) throw new ImportError(DAMAGED)
    } else {
      const selfClosing = inner.endsWith('/')
      const body = selfClosing ? inner.slice(0, -1) : inner
      const nameMatch = NAME.exec(body)
      if (!nameMatch) throw new ImportError(DAMAGED)
      const attrs: Record<string, string> = {}
      for (const match of body.slice(nameMatch[0].length).matchAll(ATTRIBUTE)) {
        attrs[localName(match[1])] = decode(match[2] ?? match[3] ?? '')
      }
      const element: XmlElement = { name: localName(nameMatch[0]), attrs, children: [] }
      if (++nodes > MAX_NODES) throw new ImportError(DAMAGED)
      const parent = stack[stack.length - 1]
      if (parent === root && root.children.length) throw new ImportError(DAMAGED)
      parent.children.push(element)
      if (!selfClosing) {
        stack.push(element)
        if (stack.length > MAX_DEPTH) throw new ImportError(DAMAGED)
      }
    }
    at = gt + 1
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new ImportError(DAMAGED)
  return root.children[0] as XmlElement
}

function findTagEnd(text: string, from: number): number {
  let quote: string | null = null
  for (let i = from; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") {
      quote = ch
    } else if (ch === '>') {
      return i
    } else if (ch === '<') {
      return -1
    }
  }
  return -1
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string'

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => isElement(child) && (name === undefined || child.name === name),
  )
}

/** Every descendant element named `name`, not looking inside matches (and not inside `stop`). */
export function findAll(element: XmlElement, name: string, stop?: string): XmlElement[] {
  const found: XmlElement[] = []
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      if (child.name === name) found.push(child)
      else if (child.name !== stop) walk(child)
    }
  }
  walk(element)
  return found
}
