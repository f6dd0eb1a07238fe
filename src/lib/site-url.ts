/**
 * The portal's public address, for links that leave the page (feeds, sitemap, QR codes, mail):
 * `SERVER_URL`, else this machine on `PORT`. No trailing slash.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = (env.SERVER_URL ?? '').trim()
  return (configured || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '')
}

/** Whether the portal is served over HTTPS (Secure cookies, HSTS). */
export const servedOverHttps = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.SERVER_URL ?? '').trim().startsWith('https://')
