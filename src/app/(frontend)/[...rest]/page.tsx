import { notFound } from 'next/navigation'

/** Any path the portal does not serve answers the Vietnamese 404 inside the portal layout. */
export default function UnknownPage() {
  notFound()
}
