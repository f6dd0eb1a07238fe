import { Head, Html, Main, NextScript } from 'next/document'

/**
 * The public portal's HTML shell. Portal pages ship no framework runtime
 * (`unstable_runtimeJS: false`), so NextScript writes nothing; the one script they load is the
 * portal's own enhancement (`/portal.js`, see PortalLayout).
 */
export default function Document() {
  return (
    <Html lang="vi">
      <Head>
        <meta name="theme-color" content="#9b1c1c" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
