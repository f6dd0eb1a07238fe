/**
 * The commands @fortedigital/nextjs-cache-handler's `redis-strings` handler sends, on Maps. Two
 * handlers given one FakeRedis behave like two app instances sharing one Redis server; `isReady`
 * false makes every command fail, as a disconnected node-redis client without offline queue does.
 */
type Values = string | string[]

export class FakeRedis {
  isReady = true
  readonly strings = new Map<string, string>()
  readonly hashes = new Map<string, Map<string, string>>()

  private up(): void {
    if (!this.isReady) throw new Error('The client is closed')
  }

  private hash(key: string): Map<string, string> {
    let hash = this.hashes.get(key)
    if (!hash) {
      hash = new Map()
      this.hashes.set(key, hash)
    }
    return hash
  }

  withAbortSignal(): this {
    return this
  }

  async get(key: string) {
    this.up()
    return this.strings.get(key) ?? null
  }

  async set(key: string, value: string, options?: { NX?: boolean }) {
    this.up()
    if (options?.NX && this.strings.has(key)) return null
    this.strings.set(key, value)
    return 'OK'
  }

  async expireAt() {
    this.up()
    return 1
  }

  async unlink(keys: Values) {
    this.up()
    return [keys].flat().filter((key) => this.strings.delete(key)).length
  }

  async hSet(key: string, field: string, value: string | number) {
    this.up()
    this.hash(key).set(field, String(value))
    return 1
  }

  async hExists(key: string, field: string) {
    this.up()
    return this.hash(key).has(field)
  }

  async hmGet(key: string, fields: string[]) {
    this.up()
    return fields.map((field) => this.hash(key).get(field) ?? null)
  }

  async hDel(key: string, fields: Values) {
    this.up()
    return [fields].flat().filter((field) => this.hash(key).delete(field)).length
  }

  async hScan(key: string) {
    this.up()
    const entries = [...this.hash(key)].map(([field, value]) => ({ field, value }))
    return { cursor: '0', entries }
  }
}
