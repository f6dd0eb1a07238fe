/** Replaces Payload's own Publish/Unpublish buttons: publication moves only through the workflow. */
export function Hidden() {
  return null
}
