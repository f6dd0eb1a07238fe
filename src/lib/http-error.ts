/**
 * A refusal the client can act on: a Vietnamese message and a 4xx status. Endpoints answer it as
 * `{ errors: [{ message }] }` with that status; anything else that escapes is a bug (500).
 */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** The JSON answer every endpoint gives for a refusal. */
export const errorResponse = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })
