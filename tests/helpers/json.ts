/**
 * A body parsed from the server's JSON. Its shape is what the tests assert, so they read it
 * loosely instead of restating every answer's type beside the assertion that checks it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: checked by assertions
export type JsonBody = any
