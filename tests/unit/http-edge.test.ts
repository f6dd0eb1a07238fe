import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hstsEnabled, HSTS_VALUE, installHttpEdge } from '@/security/http-edge'

describe('HSTS only when the portal is served over https', () => {
  it.each([
    [{ NODE_ENV: 'production', SERVER_URL: 'https://locbinh.langson.gov.vn' }, true],
    [{ NODE_ENV: 'production', SERVER_URL: 'http://10.0.0.5:3000' }, false],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'development', SERVER_URL: 'https://locbinh.langson.gov.vn' }, false],
  ])('%j → %s', (env, expected) => {
    expect(hstsEnabled(env)).toBe(expected)
  })
})

describe('the HTTP server hook', () => {
  let server: http.Server
  let url: string
  const seen: Array<http.IncomingHttpHeaders> = []
  const saved = { ...process.env }

  beforeAll(async () => {
    Object.assign(process.env, { NODE_ENV: 'production', SERVER_URL: 'https://cong.example.vn' })
    delete process.env.TRUST_PROXY
    installHttpEdge()
    server = http.createServer((req, res) => {
      seen.push(req.headers)
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })

  afterAll(async () => {
    process.env = saved
    await new Promise((resolve) => server.close(resolve))
  })

  it('replaces whatever the client claims with the socket address, and adds HSTS', async () => {
    const response = await fetch(url, {
      headers: { 'x-forwarded-for': '6.6.6.6', 'x-lantoa-client-ip': '7.7.7.7' },
    })
    expect(response.headers.get('strict-transport-security')).toBe(HSTS_VALUE)
    const headers = seen.at(-1)!
    expect(headers['x-lantoa-client-ip']).toBe('127.0.0.1')
    expect(headers['x-forwarded-for']).toBe('127.0.0.1')
  })
})
