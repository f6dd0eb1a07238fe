'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'

import { isContributorUser, isStaffUser } from '@/access/roles'

/** "Báo cáo thi đua" in the admin menu: editors see every unit, a unit's staff its own row. */
export function NavReportsLink() {
  const { user } = useAuth()
  const {
    config: { routes },
  } = useConfig()
  if (!isStaffUser(user) && !isContributorUser(user)) return null
  return (
    <Link className="lt-nav-queue" href={`${routes.admin}/bao-cao`}>
      Báo cáo thi đua
    </Link>
  )
}
