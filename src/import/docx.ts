import { DAMAGED, ImportError } from './errors'
import { childElements, findAll, isElement, parseXml, type XmlElement } from './xml'
import type { ZipReader } from './zip'

/** A table as a grid of cell texts, merged cells expanded (the text in the first column of a span). */
export type Grid = Array<{ cells: string[]; spans: number[] }>

/** The main part of a .docx, found through the package relationships like Word does. */
export function mainDocumentPath(zip: ZipReader): string | null {
  const rels = zip.text('_rels/.rels')
  if (rels) {
    const root = parseXml(rels)
    for (const rel of childElements(root, 'Relationship')) {
      if (/\/officeDocument$/.test(rel.attrs.Type ?? '') && rel.attrs.Target) {
        const target = rel.attrs.Target.replace(/^\//, '')
        if (zip.has(target)) return target
      }
    }
  }
  return zip.has('word/document.xml') ? 'word/document.xml' : null
}

/** The text of a paragraph: runs, tabs as spaces, breaks as new lines; deleted revisions left out. */
function paragraphText(paragraph: XmlElement): string {
  let out = ''
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      switch (child.name) {
        case 't':
          out += child.children.filter((c): c is string => typeof c === 'string').join('')
          break
        case 'tab':
          out += ' '
          break
        case 'br':
        case 'cr':
          out += '\n'
          break
        case 'del':
        case 'instrText':
        case 'tbl':
          break
        default:
          walk(child)
      }
    }
  }
  walk(paragraph)
  return out
}

function cellText(cell: XmlElement): string {
  return findAll(cell, 'p', 'tbl')
    .map(paragraphText)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** Tables of the document body (not those nested in a cell), as grids. */
export function docxTables(documentXml: string): Grid[] {
  const root = parseXml(documentXml)
  const body = childElements(root, 'body')[0]
  if (!body) throw new ImportError(DAMAGED)
  return findAll(body, 'tbl', 'tbl').map(tableGrid)
}

function tableGrid(table: XmlElement): Grid {
  const grid: Grid = []
  for (const row of findAll(table, 'tr', 'tbl')) {
    const cells: string[] = []
    const spans: number[] = []
    for (const cell of findAll(row, 'tc', 'tbl')) {
      const props = childElements(cell, 'tcPr')[0]
      const span = Math.min(
        64,
        Math.max(1, Number(props && childElements(props, 'gridSpan')[0]?.attrs.val) || 1),
      )
      const vMerge = props && childElements(props, 'vMerge')[0]
      // A cell that continues a vertical merge repeats nothing: its text is the one above.
      const continued = vMerge !== undefined && (vMerge.attrs.val ?? 'continue') === 'continue'
      const text = continued ? '' : cellText(cell)
      cells.push(text)
      spans.push(span)
      for (let i = 1; i < span; i++) {
        cells.push('')
        spans.push(0)
      }
    }
    grid.push({ cells, spans })
  }
  return grid
}
