import '@fontsource/be-vietnam-pro/vietnamese-400.css'
import '@fontsource/be-vietnam-pro/latin-400.css'
import '@fontsource/be-vietnam-pro/vietnamese-700.css'
import '@fontsource/be-vietnam-pro/latin-700.css'
import '@fontsource/noto-serif/vietnamese-700.css'
import '@fontsource/noto-serif/latin-700.css'
import '@/portal/styles.css'

import type { AppProps } from 'next/app'

export default function PortalApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />
}
