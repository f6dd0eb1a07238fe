'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'

import { isStaffUser } from '@/access/roles'

import { QUEUE_QUERY } from './queue-query'

/** "Chờ duyệt" in the admin menu: the editors' monthly pile, oldest first. */
export function NavQueueLink() {
  const { user } = useAuth()
  const {
    config: { routes },
  } = useConfig()
  if (!isStaffUser(user)) return null
  return (
    <Link className="lt-nav-queue" href={`${routes.admin}/collections/exemplars${QUEUE_QUERY}`}>
      Chờ duyệt
    </Link>
  )
}
