import type { CollectionBeforeValidateHook, GlobalBeforeValidateHook } from 'payload'

import { normalizeDeep } from '@/lib/vietnamese'

/** Every text input is stored in Unicode NFC (TCVN 6909), whatever keyboard or IME produced it. */
export const normalizeText: CollectionBeforeValidateHook = ({ data }) =>
  data ? normalizeDeep(data) : data

export const normalizeGlobalText: GlobalBeforeValidateHook = ({ data }) => normalizeDeep(data)
