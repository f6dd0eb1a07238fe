import type { Endpoint } from 'payload'

import { asUser } from '@/access/roles'

import { fail, readUpload } from './endpoint'
import { ImportError } from './errors'
import { importStory, type StoryCollection } from './story'

/**
 * `POST /api/{exemplars|articles}/:id/import-story`, multipart `file` (.docx): the document's
 * story (`story` / `content`) becomes the Word document's content, its images media.
 */
export function storyEndpoint(collection: StoryCollection): Endpoint {
  return {
    path: '/:id/import-story',
    method: 'post',
    handler: async (req) => {
      const user = asUser(req.user)
      if (!user) return fail(401, 'Bạn cần đăng nhập để nhập nội dung.')
      const upload = await readUpload(req)
      if (upload instanceof Response) return upload
      try {
        const result = await importStory({
          payload: req.payload,
          user,
          collection,
          id: req.routeParams?.id as string,
          file: { name: upload.file.name, data: new Uint8Array(await upload.file.arrayBuffer()) },
          req,
        })
        return Response.json(result, { status: 200 })
      } catch (error) {
        if (error instanceof ImportError) return fail(error.status, error.message)
        throw error
      }
    },
  }
}
