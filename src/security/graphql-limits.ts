import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

import { toVietnamese } from '@/lib/errors'

/** Deepest selection nesting accepted (`{ Exemplars { docs { unit { cluster { name } } } } }` is 5). */
export const MAX_GRAPHQL_DEPTH = 8
/** Payload's complexity estimate: one point per field selected (default 1000). */
export const MAX_GRAPHQL_COMPLEXITY = 500

export const GRAPHQL_TOO_DEEP = (max: number) =>
  `Truy vấn GraphQL lồng quá sâu (tối đa ${max} cấp). Hãy chia thành các truy vấn nhỏ hơn.`

/**
 * A validation rule that refuses queries nested deeper than `max`, fragments followed
 * (a fragment cycle counts as too deep instead of recursing forever).
 */
export function depthLimit(max = MAX_GRAPHQL_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition)
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0
      let deepest = 0
      for (const selection of set.selections) {
        let depth = 0
        if (selection.kind === Kind.FIELD) {
          depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = depthOf(selection.selectionSet, seen)
        } else {
          const name = selection.name.value
          if (seen.has(name)) return Infinity
          depth = depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name]))
        }
        deepest = Math.max(deepest, depth)
        if (deepest > max) return deepest
      }
      return deepest
    }
    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet, new Set()) > max) {
          context.reportError(new GraphQLError(GRAPHQL_TOO_DEEP(max), { nodes: [node] }))
        }
      },
    }
  }
}

type Handler = (request: Request, context?: unknown) => Promise<Response>

/**
 * GraphQL validation errors (Payload's complexity limit among them) are written by graphql-http,
 * past Payload's afterError hook: their messages are translated here on the way out.
 */
export function vietnameseGraphQL<H extends Handler>(handler: H): H {
  return (async (request: Request, context?: unknown) => {
    const response = await handler(request, context)
    // graphql-http answers validation errors with 200 when the client accepts application/json.
    if (!response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    if (!text.includes('"errors"')) {
      return new Response(text, { status: response.status, headers: response.headers })
    }
    try {
      const body = JSON.parse(text) as { errors?: Array<{ message?: string }> }
      if (Array.isArray(body.errors)) {
        body.errors = body.errors.map((error) => ({
          ...error,
          message: toVietnamese(error.message ?? ''),
        }))
        const headers = new Headers(response.headers)
        headers.delete('content-length')
        return new Response(JSON.stringify(body), { status: response.status, headers })
      }
    } catch {
      // not JSON after all: pass it through
    }
    return new Response(text, { status: response.status, headers: response.headers })
  }) as H
}
