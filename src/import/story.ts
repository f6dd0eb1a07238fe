import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { Window } from 'happy-dom'
import mammoth from 'mammoth'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { AppUser } from '@/access/roles'
import { containsMarkup, inspectImage, MAX_IMAGE_BYTES } from '@/lib/image'
import { normalizeDeep } from '@/lib/vietnamese'

import { ImportError } from './errors'
import { openPackage } from './read'

/**
 * "Nhập nội dung từ Word": a .docx becomes the Lexical story of an exemplar (`story`) or the
 * content of an article (`content`). mammoth turns the document into clean HTML (headings,
 * paragraphs, bold/italic/underline, lists, links, tables, images); Payload's own HTML → Lexical
 * conversion builds the editor state. Before conversion: links other than http(s) are unwrapped,
 * tables (the editor has no table feature enabled) become one paragraph per row, and each image
 * becomes a media document through the media collection's own upload checks (type by content,
 * size, dimensions, metadata stripped), then an upload node. Images those checks refuse are left
 * out with a warning; everything else about a bad file is a 400 with nothing written.
 */

export type StoryCollection = 'exemplars' | 'articles'
export const STORY_FIELD: Record<StoryCollection, 'story' | 'content'> = {
  exemplars: 'story',
  articles: 'content',
}

const MAX_IMAGES = 30
const IMAGE_MARK = 'lantoa-media:'

type ConvertedImage = { index: number; data: Buffer; contentType: string; alt: string }

/** The document as HTML, its images set aside (numbered) for upload. */
export async function docxToHtml(
  data: Uint8Array,
): Promise<{ html: string; images: ConvertedImage[] }> {
  const { kind } = openPackage(data)
  if (kind !== 'docx') {
    throw new ImportError('Nội dung bài giới thiệu chỉ nhập từ tệp Word (.docx).')
  }
  const images: ConvertedImage[] = []
  let result: { value: string }
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        styleMap: ['u => u'],
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.length
          if (index >= MAX_IMAGES) return { src: '' }
          images.push({
            index,
            data: Buffer.from(await image.read()),
            contentType: image.contentType ?? '',
            // mammoth passes the picture's description (alt text), untyped in its declarations.
            alt: ((image as { altText?: string }).altText ?? '').trim(),
          })
          return { src: `${IMAGE_MARK}${index}` }
        }),
      },
    )
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(
      'Không đọc được nội dung tệp Word. Hãy mở tệp bằng Word, lưu lại dạng .docx rồi tải lên lần nữa.',
    )
  }
  return { html: result.value, images }
}

async function imageRefusal(data: Buffer): Promise<string | null> {
  if (data.length > MAX_IMAGE_BYTES) return 'ảnh lớn hơn 10 MB.'
  if (containsMarkup(data)) return 'ảnh có chứa mã HTML hoặc script.'
  const check = await inspectImage(data)
  if (!check.ok) {
    return check.reason === 'format'
      ? 'chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF.'
      : 'kích thước ảnh quá lớn (tối đa 40 triệu điểm ảnh).'
  }
  return null
}

const SAFE_HREF = /^https?:\/\//i

/**
 * A DOM for Payload's converter (its `JSDOM` parameter) on happy-dom with scripts and loading
 * off, cleaned before Lexical sees it.
 */
function domFactory(media: Map<number, number | string>) {
  return class SafeDom {
    window: { document: Document }
    constructor(html: string) {
      const window = new Window({
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
        },
      })
      const document = window.document as unknown as Document
      document.body.innerHTML = html
      clean(document, media)
      this.window = { document }
    }
  }
}

function clean(document: Document, media: Map<number, number | string>) {
  for (const link of Array.from(document.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? ''
    if (!SAFE_HREF.test(href.trim())) link.replaceWith(...Array.from(link.childNodes))
  }
  for (const table of Array.from(document.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).map((tr) => {
      const p = document.createElement('p')
      const cells = Array.from(tr.querySelectorAll('th, td')).map(
        (c) => c.textContent?.trim() ?? '',
      )
      p.textContent = cells.filter(Boolean).join(' | ')
      return p
    })
    table.replaceWith(...rows.filter((p) => p.textContent))
  }
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? ''
    const id = src.startsWith(IMAGE_MARK)
      ? media.get(Number(src.slice(IMAGE_MARK.length)))
      : undefined
    // Kept as a marker paragraph, replaced by an upload node after conversion.
    const marker = document.createElement('p')
    marker.textContent = id === undefined ? '' : `${IMAGE_MARK}${id}`
    const block = img.closest('p') ?? img
    if (block === img) img.replaceWith(marker)
    else {
      img.remove()
      block.after(marker)
    }
  }
}

type LexicalNode = { type: string; children?: LexicalNode[]; text?: string; [key: string]: unknown }

/** Replaces the image marker paragraphs with upload nodes; drops empty markers. */
function placeUploads(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    const only = node.type === 'paragraph' && node.children?.length === 1 ? node.children[0] : null
    const text = only?.type === 'text' ? (only.text ?? '') : null
    if (text !== null && text.startsWith(IMAGE_MARK)) {
      const id = text.slice(IMAGE_MARK.length)
      out.push({
        type: 'upload',
        version: 3,
        format: '',
        relationTo: 'media',
        value: /^\d+$/.test(id) ? Number(id) : id,
        fields: null,
      })
      continue
    }
    if (node.type === 'paragraph' && node.children?.length === 0 && out.at(-1)?.type === 'upload') {
      continue
    }
    out.push(node.children ? { ...node, children: placeUploads(node.children) } : node)
  }
  return out
}

export type StoryImport = {
  id: number | string
  field: string
  images: Array<number | string>
  warnings: string[]
}

/**
 * Imports a .docx as the story of document `id`, as `user` (access rules on): the images and the
 * document change in one transaction.
 */
export async function importStory({
  payload,
  user,
  collection,
  id,
  file,
  req: incoming,
}: {
  payload: Payload
  user: AppUser | null
  collection: StoryCollection
  id: number | string
  file: { name: string; data: Uint8Array }
  req?: PayloadRequest
}): Promise<StoryImport> {
  if (!user) throw new ImportError('Bạn cần đăng nhập để nhập nội dung.', 401)
  const existing = await payload
    .findByID({
      collection,
      id,
      depth: 0,
      draft: true,
      user: user as PayloadRequest['user'],
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!existing) throw new ImportError('Không tìm thấy hồ sơ hoặc bài viết.', 404)
  const { html, images } = await docxToHtml(file.data)
  if (!html.replace(/<[^>]+>/g, '').trim() && !images.length) {
    throw new ImportError('Tệp Word không có nội dung để nhập.')
  }
  const req = incoming ?? ({ payload, user, context: {} } as unknown as PayloadRequest)
  if (!req.user) req.user = user as PayloadRequest['user']
  const own = await initTransaction(req)
  try {
    const warnings: string[] = []
    const media = new Map<number, number | string>()
    const title =
      (existing as { name?: string; title?: string }).name ??
      (existing as { title?: string }).title ??
      ''
    for (const image of images) {
      // The media collection's own checks run again on create; checking first keeps a refused
      // picture from failing (and rolling back) the whole import: it is left out with a warning.
      const refusal = await imageRefusal(image.data)
      if (refusal) {
        warnings.push(`Ảnh thứ ${image.index + 1} không được nhận: ${refusal}`)
        continue
      }
      const doc = await payload.create({
        collection: 'media',
        data: { alt: image.alt || `${title} - ảnh ${image.index + 1}` },
        file: {
          data: image.data,
          mimetype: image.contentType,
          name: `${file.name.replace(/\.docx$/i, '') || 'anh'}-${image.index + 1}`,
          size: image.data.length,
        },
        user: user as PayloadRequest['user'],
        overrideAccess: false,
        req,
      })
      media.set(image.index, doc.id)
    }
    if (images.length >= MAX_IMAGES) {
      warnings.push(`Chỉ nhập ${MAX_IMAGES} ảnh đầu tiên của tệp.`)
    }
    const editorConfig = await editorConfigFactory.default({ config: payload.config })
    const state = convertHTMLToLexical({ editorConfig, html, JSDOM: domFactory(media) })
    const root = state.root as unknown as LexicalNode
    const story = normalizeDeep({
      ...state,
      root: { ...root, children: placeUploads(root.children ?? []) },
    })
    const field = STORY_FIELD[collection]
    await payload.update({
      collection,
      id,
      data: { [field]: story },
      draft: true,
      user: user as PayloadRequest['user'],
      overrideAccess: false,
      req,
    })
    if (own) await commitTransaction(req)
    return { id, field, images: [...media.values()], warnings }
  } catch (error) {
    if (own) await killTransaction(req)
    const status = (error as { status?: number }).status
    if (!(error instanceof ImportError) && status && status >= 400 && status < 500) {
      throw new ImportError((error as Error).message, status)
    }
    throw error
  }
}
