import sharp from 'sharp'

import { createRandom, type Random } from './random'

/**
 * Illustrations drawn from SVG in code: the demo ships no photographs of real people or places.
 * Nothing here draws text, because the machine that runs the seed may have no fonts.
 */

export type Attire = 'shirt' | 'uniform' | 'white' | 'indigo' | 'dao'

export type SceneTheme =
  | 'tea'
  | 'peach'
  | 'anise'
  | 'pine'
  | 'rice'
  | 'river'
  | 'village'
  | 'road'
  | 'school'
  | 'border'
  | 'farm'
  | 'culture'
  | 'town'
  | 'health'

const W = 800
const H = 600
const HORIZON = 400

/* ---------- SVG helpers ---------- */

type Attrs = Record<string, string | number>

const fmt = (value: string | number) =>
  typeof value === 'number' ? String(Math.round(value * 10) / 10) : value

/** One SVG element; numbers are rounded so the markup stays small. */
function el(tag: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .map(([name, value]) => `${name}="${fmt(value)}"`)
    .join(' ')
  return children ? `<${tag} ${list}>${children}</${tag}>` : `<${tag} ${list}/>`
}

/** Path data from commands and numbers: path('M', 0, 10, 'L', 5, 5) → "M 0 10 L 5 5". */
const path = (...parts: Array<string | number>) => parts.map(fmt).join(' ')

const points = (...pairs: Array<[number, number]>) =>
  pairs.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')

const repeat = (count: number, draw: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => draw(i)).join('')

function hsl(h: number, s: number, l: number): string {
  const sat = s / 100
  const light = l / 100
  const k = (n: number) => (n + h / 30) % 12
  const a = sat * Math.min(light, 1 - light)
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0')
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`
}

const svg = (width: number, height: number, body: string) =>
  el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` },
    body,
  )

async function toJpeg(markup: string): Promise<Buffer> {
  return sharp(Buffer.from(markup)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}

const gradientStops = (stops: Array<[number, string, number?]>) =>
  stops
    .map(([offset, colour, opacity]) =>
      el('stop', {
        offset,
        'stop-color': colour,
        ...(opacity === undefined ? {} : { 'stop-opacity': opacity }),
      }),
    )
    .join('')

/* ---------- portraits ---------- */

const ATTIRE_COLOURS: Record<Attire, (r: Random) => string> = {
  shirt: (r) => hsl(r.pick([200, 210, 25, 160, 340]), r.int(25, 45), r.int(70, 82)),
  uniform: (r) => hsl(r.int(78, 95), r.int(28, 40), r.int(30, 38)),
  white: () => '#f4f6f8',
  indigo: (r) => hsl(r.int(225, 240), r.int(35, 50), r.int(18, 26)),
  dao: (r) => hsl(r.int(220, 235), r.int(25, 35), r.int(15, 22)),
}

/** A soft gradient with a plain silhouette: head, neck and shoulders, no face. */
export async function renderPortrait(options: {
  seed: string
  gender: 'male' | 'female'
  attire: Attire
}): Promise<Buffer> {
  const r = createRandom(`portrait:${options.seed}`)
  const size = 600
  const hue = r.int(0, 359)
  const bgA = hsl(hue, r.int(35, 55), r.int(80, 88))
  const bgB = hsl((hue + r.int(30, 70)) % 360, r.int(30, 50), r.int(62, 72))
  const figure = hsl(hue, r.int(10, 22), r.int(28, 40))
  const cloth = ATTIRE_COLOURS[options.attire](r)
  const cx = 300 + r.int(-14, 14)
  const headR = r.int(92, 102)
  const headY = 235 + r.int(-8, 10)
  const shoulderY = headY + headR + 45
  const [left, right] = [cx - headR, cx + headR]

  let hair = ''
  if (options.gender === 'female') {
    hair = r.chance(0.5)
      ? el('path', {
          // prettier-ignore
          d: path(
            'M', left - 6, headY,
            'C', left - 14, headY + 90, left + 4, shoulderY + 10, left + 24, shoulderY + 30,
            'L', right - 24, shoulderY + 30,
            'C', right - 4, shoulderY + 10, right + 14, headY + 90, right + 6, headY,
            'Z',
          ),
          fill: figure,
          opacity: 0.85,
        })
      : el('circle', { cx, cy: headY - headR + 4, r: headR * 0.42, fill: figure })
  }

  const collarY = shoulderY + 4
  const collar = {
    white: el('path', {
      d: path('M', cx - 46, collarY, 'L', cx, collarY + 62, 'L', cx + 46, collarY, 'Z'),
      fill: figure,
      opacity: 0.35,
    }),
    shirt: el('path', {
      d: path('M', cx - 46, collarY, 'L', cx, collarY + 62, 'L', cx + 46, collarY, 'Z'),
      fill: figure,
      opacity: 0.35,
    }),
    // The embroidered bands of Dao dress, in red and gold.
    dao:
      el('rect', { x: cx - 190, y: collarY + 70, width: 380, height: 16, fill: '#c0392b' }) +
      el('rect', { x: cx - 190, y: collarY + 92, width: 380, height: 8, fill: '#e9b949' }),
    uniform: el('rect', {
      x: cx + 70,
      y: collarY + 45,
      width: 62,
      height: 9,
      rx: 3,
      fill: '#c9a227',
    }),
    indigo: '',
  }[options.attire]

  const defs = el(
    'defs',
    {},
    el(
      'linearGradient',
      { id: 'bg', x1: 0, y1: 0, x2: 1, y2: 1 },
      gradientStops([
        [0, bgA],
        [1, bgB],
      ]),
    ) +
      el(
        'radialGradient',
        { id: 'glow', cx: 0.5, cy: 0.38, r: 0.55 },
        gradientStops([
          [0, '#ffffff', 0.55],
          [1, '#ffffff', 0],
        ]),
      ),
  )
  // prettier-ignore
  const shoulders = path(
    'M', cx - 235, size,
    'C', cx - 230, shoulderY + 50, cx - 150, shoulderY, cx, shoulderY - 4,
    'C', cx + 150, shoulderY, cx + 230, shoulderY + 50, cx + 235, size,
    'Z',
  )
  const body = [
    defs,
    el('rect', { width: size, height: size, fill: 'url(#bg)' }),
    el('rect', { width: size, height: size, fill: 'url(#glow)' }),
    hair,
    el('rect', {
      x: cx - 44,
      y: headY + headR - 40,
      width: 88,
      height: shoulderY - headY - headR + 60,
      rx: 30,
      fill: figure,
    }),
    el('path', { d: shoulders, fill: cloth }),
    collar,
    el('circle', { cx, cy: headY, r: headR, fill: figure }),
  ].join('')
  return toJpeg(svg(size, size, body))
}

/* ---------- landscapes ---------- */

type Point = [number, number]

function ridgePoints(r: Random, baseY: number, amplitude: number, steps: number): Point[] {
  return Array.from({ length: steps + 1 }, (_, i): Point => [
    -60 + ((W + 120) * i) / steps + r.int(-20, 20),
    baseY - r.next() * amplitude,
  ])
}

/** A jagged ridge, like the peaks around Mẫu Sơn. */
function jagged(ridge: Point[], fill: string, opacity = 1): string {
  const line = ridge.flatMap(([x, y]) => ['L', x, y])
  return el('path', { d: path('M', -60, H, ...line, 'L', W + 60, H, 'Z'), fill, opacity })
}

/** Rolling hills: quadratic curves through the midpoints of the ridge. */
function smooth(ridge: Point[], fill: string, opacity = 1): string {
  const parts: Array<string | number> = ['M', -60, H, 'L', ...ridge[0]]
  for (let i = 1; i < ridge.length - 1; i++) {
    const [x, y] = ridge[i]
    const [nx, ny] = ridge[i + 1]
    parts.push('Q', x, y, (x + nx) / 2, (y + ny) / 2)
  }
  parts.push('L', ...ridge[ridge.length - 1], 'L', W + 60, H, 'Z')
  return el('path', { d: path(...parts), fill, opacity })
}

function sky(r: Random): { defs: string; body: string; mood: 'day' | 'dusk' } {
  const mood = r.chance(0.25) ? 'dusk' : 'day'
  const top =
    mood === 'day'
      ? hsl(r.int(195, 210), r.int(55, 70), r.int(62, 72))
      : hsl(r.int(215, 235), 45, 55)
  const bottom =
    mood === 'day' ? hsl(r.int(40, 55), r.int(60, 80), r.int(88, 93)) : hsl(r.int(18, 32), 85, 75)
  const sun = mood === 'day' ? '#fff6d5' : '#ffd28a'
  const sunAt = { cx: r.int(120, 680), cy: r.int(90, 190) }
  const clouds = repeat(r.int(2, 4), () => {
    const [x, y, s] = [r.int(40, 720), r.int(50, 200), r.int(28, 48)]
    return el(
      'g',
      { fill: '#ffffff', opacity: 0.55 + r.next() * 0.3 },
      el('ellipse', { cx: x, cy: y, rx: s * 2, ry: s * 0.7 }) +
        el('ellipse', { cx: x + s, cy: y - s * 0.4, rx: s * 1.2, ry: s * 0.75 }) +
        el('ellipse', { cx: x - s * 0.8, cy: y - s * 0.2, rx: s, ry: s * 0.6 }),
    )
  })
  return {
    mood,
    defs:
      el(
        'linearGradient',
        { id: 'sky', x1: 0, y1: 0, x2: 0, y2: 1 },
        gradientStops([
          [0, top],
          [1, bottom],
        ]),
      ) +
      el(
        'radialGradient',
        { id: 'sun' },
        gradientStops([
          [0, sun],
          [0.35, sun, 0.9],
          [1, sun, 0],
        ]),
      ),
    body:
      el('rect', { width: W, height: H, fill: 'url(#sky)' }) +
      el('circle', { ...sunAt, r: 120, fill: 'url(#sun)' }) +
      clouds,
  }
}

const green = (r: Random, light: number) => hsl(r.int(85, 130), r.int(30, 50), light)
const TRUNK = '#5a3d2b'

/** The Tày and Nùng house on stilts, seen from the side. */
function stiltHouse(r: Random, x: number, y: number, s: number): string {
  const wood = hsl(r.int(20, 35), r.int(30, 45), r.int(35, 48))
  const roof = hsl(r.int(5, 25), r.int(10, 35), r.int(22, 32))
  const [w, h] = [120 * s, 48 * s]
  const posts = [0.08, 0.36, 0.64, 0.92]
    .map((p) => el('rect', { x: x + w * p - 3 * s, y, width: 6 * s, height: 30 * s, fill: roof }))
    .join('')
  const window = (p: number) =>
    el('rect', {
      x: x + w * p,
      y: y - h * 0.7,
      width: w * 0.16,
      height: h * 0.4,
      fill: '#2b2118',
      opacity: 0.8,
    })
  const eaves = points(
    [x - 16 * s, y - h],
    [x + w * 0.22, y - h - 42 * s],
    [x + w * 0.78, y - h - 42 * s],
    [x + w + 16 * s, y - h],
  )
  return (
    posts +
    el('rect', { x, y: y - h, width: w, height: h, fill: wood }) +
    window(0.2) +
    window(0.62) +
    el('polygon', { points: eaves, fill: roof })
  )
}

/** A brick house, or with `tall` a narrow town house of several storeys. */
function house(r: Random, x: number, y: number, s: number, tall = false): string {
  const wall = hsl(r.int(30, 60), r.int(20, 50), r.int(78, 88))
  const roof = hsl(r.pick([0, 8, 15, 200]), r.int(35, 55), r.int(35, 45))
  const [w, h] = tall ? [60 * s, 130 * s] : [100 * s, 60 * s]
  const glass = '#5b7083'
  const openings = tall
    ? [0.25, 0.5, 0.75]
        .map((p) =>
          el('rect', {
            x: x + w * 0.25,
            y: y - h * p - 10 * s,
            width: w * 0.5,
            height: 16 * s,
            fill: glass,
            opacity: 0.8,
          }),
        )
        .join('')
    : el('rect', {
        x: x + w * 0.15,
        y: y - h * 0.65,
        width: w * 0.2,
        height: h * 0.35,
        fill: glass,
      }) +
      el('rect', {
        x: x + w * 0.55,
        y: y - h * 0.7,
        width: w * 0.22,
        height: h * 0.7,
        fill: '#6d4c33',
      })
  const gable = points(
    [x - 8 * s, y - h],
    [x + w / 2, y - h - (tall ? 22 : 40) * s],
    [x + w + 8 * s, y - h],
  )
  return (
    el('rect', { x, y: y - h, width: w, height: h, fill: wall }) +
    openings +
    el('polygon', { points: gable, fill: roof })
  )
}

function pine(r: Random, x: number, y: number, s: number): string {
  const fill = hsl(r.int(120, 150), r.int(30, 45), r.int(20, 30))
  const tier = (base: number, top: number, half: number) =>
    el('polygon', {
      points: points([x - half * s, y - base * s], [x, y - top * s], [x + half * s, y - base * s]),
      fill,
    })
  return (
    el('rect', { x: x - 3 * s, y: y - 20 * s, width: 6 * s, height: 20 * s, fill: TRUNK }) +
    tier(18, 70, 26) +
    tier(48, 100, 20)
  )
}

/** A broad-leaved tree; with `blossom`, a peach tree in flower. */
function roundTree(r: Random, x: number, y: number, s: number, blossom = false): string {
  const fill = blossom
    ? hsl(r.int(325, 345), r.int(55, 75), r.int(78, 86))
    : green(r, r.int(28, 40))
  const flowers = blossom
    ? repeat(10, () =>
        el('circle', {
          cx: x + r.int(-30, 30) * s,
          cy: y - 55 * s + r.int(-22, 22) * s,
          r: 3 * s,
          fill: '#e75a8a',
        }),
      )
    : ''
  return (
    el('rect', { x: x - 4 * s, y: y - 34 * s, width: 8 * s, height: 34 * s, fill: TRUNK }) +
    el('circle', { cx: x, cy: y - 55 * s, r: 34 * s, fill }) +
    el('circle', { cx: x - 22 * s, cy: y - 42 * s, r: 22 * s, fill }) +
    el('circle', { cx: x + 22 * s, cy: y - 44 * s, r: 24 * s, fill }) +
    flowers
  )
}

/** Star anise grows as a tall, narrow tree; an upright ellipse reads as one from afar. */
function aniseTree(r: Random, x: number, y: number, s: number): string {
  const fill = hsl(r.int(95, 120), r.int(35, 50), r.int(24, 32))
  return (
    el('rect', { x: x - 3 * s, y: y - 30 * s, width: 6 * s, height: 30 * s, fill: '#4b3322' }) +
    el('ellipse', { cx: x, cy: y - 75 * s, rx: 22 * s, ry: 52 * s, fill })
  )
}

function starPoints(cx: number, cy: number, radius: number): string {
  return points(
    ...Array.from({ length: 10 }, (_, i): Point => {
      const rad = i % 2 === 0 ? radius : radius * 0.4
      const angle = -Math.PI / 2 + (i * Math.PI) / 5
      return [cx + rad * Math.cos(angle), cy + rad * Math.sin(angle)]
    }),
  )
}

/** The national flag on a pole: red field, gold star. */
function flag(x: number, y: number, s: number): string {
  return (
    el('rect', { x: x - 2 * s, y: y - 125 * s, width: 4 * s, height: 125 * s, fill: '#8a8f94' }) +
    el('rect', { x: x + 2 * s, y: y - 124 * s, width: 48 * s, height: 32 * s, fill: '#da251d' }) +
    el('polygon', { points: starPoints(x + 26 * s, y - 108 * s, 9 * s), fill: '#ffde00' })
  )
}

/** Curved planting rows (tea, vegetables) across the foreground, from `fromX` to the right edge. */
function rows(
  r: Random,
  colour: string,
  from: number,
  count: number,
  gap: number,
  width: number,
  fromX = -20,
) {
  return repeat(count, (i) => {
    const y = from + i * gap
    return el('path', {
      d: path('M', fromX, y, 'Q', 400, y + r.int(-35, 35), 820, y + r.int(-15, 15)),
      stroke: colour,
      'stroke-width': width + i * 1.5,
      fill: 'none',
      'stroke-linecap': 'round',
    })
  })
}

function building(x: number, y: number, w: number, h: number, wall: string, roof: string): string {
  return (
    el('rect', { x, y, width: w, height: h, fill: wall }) +
    el('polygon', { points: points([x - 15, y], [x + w / 2, y - 38], [x + w + 15, y]), fill: roof })
  )
}

function foreground(theme: SceneTheme, r: Random): string {
  const grass = green(r, r.int(45, 55))
  const ground = el('rect', { x: 0, y: HORIZON + 30, width: W, height: H, fill: grass })
  switch (theme) {
    case 'tea':
      return (
        ground +
        rows(r, hsl(r.int(110, 135), 45, 28), 440, 9, 20, 12) +
        stiltHouse(r, r.int(520, 640), 430, 0.7)
      )
    case 'peach':
      return (
        ground +
        repeat(7, (i) =>
          roundTree(
            r,
            60 + i * 115 + r.int(-20, 20),
            560 + r.int(-50, 20),
            0.9 + r.next() * 0.5,
            true,
          ),
        )
      )
    case 'anise':
      return (
        ground +
        repeat(11, (i) =>
          aniseTree(r, 30 + i * 75 + r.int(-15, 15), 590 - r.int(0, 120), 0.7 + r.next() * 0.6),
        )
      )
    case 'pine':
      return (
        ground +
        repeat(14, (i) =>
          pine(r, 20 + i * 58 + r.int(-10, 10), 595 - r.int(0, 140), 0.8 + r.next() * 0.6),
        )
      )
    case 'rice': {
      const terraces = repeat(8, (i) => {
        const y = 430 + i * 22
        const fill = i % 2 === 0 ? hsl(r.int(55, 75), 60, 55 + i) : hsl(r.int(80, 100), 50, 45 + i)
        const d = path(
          'M',
          -20,
          y,
          'Q',
          300,
          y - 25 + r.int(-10, 10),
          820,
          y + r.int(-10, 10),
          'L',
          820,
          H,
          'L',
          -20,
          H,
          'Z',
        )
        return el('path', { d, fill })
      })
      return terraces + stiltHouse(r, r.int(80, 200), 440, 0.6)
    }
    case 'river': {
      // prettier-ignore
      const water = path(
        'M', 260, HORIZON + 30, 'C', 340, 470, 120, 520, 60, H,
        'L', 380, H, 'C', 420, 520, 430, 470, 330, HORIZON + 30, 'Z',
      )
      return (
        ground +
        el('path', { d: water, fill: hsl(r.int(190, 205), 45, 58) }) +
        rows(r, hsl(r.int(95, 120), 55, 35), 470, 6, 22, 8, 430) +
        roundTree(r, 690, 470, 0.8)
      )
    }
    case 'road':
      return (
        ground +
        el('polygon', {
          points: points([360, HORIZON + 30], [440, HORIZON + 30], [620, H], [180, H]),
          fill: '#9aa0a6',
        }) +
        el('path', {
          d: path('M', 400, HORIZON + 40, 'L', 400, H),
          stroke: '#f5f5f5',
          'stroke-width': 6,
          'stroke-dasharray': '22 18',
        }) +
        stiltHouse(r, 60, 500, 0.8) +
        roundTree(r, 700, 520, 0.9) +
        pine(r, 560, 470, 0.7)
      )
    case 'school':
      return (
        ground +
        building(170, 390, 440, 120, hsl(r.int(40, 55), 70, 80), hsl(r.int(0, 15), 50, 40)) +
        repeat(7, (i) =>
          el('rect', { x: 190 + i * 60, y: 415, width: 36, height: 34, fill: '#5b7083' }),
        ) +
        el('rect', { x: 370, y: 460, width: 40, height: 50, fill: '#6d4c33' }) +
        flag(680, 520, 1)
      )
    case 'border':
      return (
        ground +
        el('path', {
          d: path('M', -20, 520, 'Q', 300, 470, 820, 500),
          stroke: '#c9b79c',
          'stroke-width': 16,
          fill: 'none',
        }) +
        // A boundary marker: a pale stone post with a pointed top.
        el('polygon', {
          points: points([390, 520], [430, 520], [424, 440], [410, 425], [396, 440]),
          fill: '#e8e6e1',
          stroke: '#9b968c',
          'stroke-width': 3,
        }) +
        pine(r, 120, 480, 0.9) +
        pine(r, 200, 500, 1.1) +
        pine(r, 650, 470, 0.9) +
        flag(520, 520, 0.9)
      )
    case 'farm': {
      const pig = (x: number, y: number) =>
        el(
          'g',
          { fill: '#1f1f1f' },
          el('ellipse', { cx: x, cy: y, rx: 26, ry: 15 }) +
            el('circle', { cx: x + 24, cy: y - 4, r: 10 }) +
            el('rect', { x: x - 18, y: y + 8, width: 5, height: 12 }) +
            el('rect', { x: x + 12, y: y + 8, width: 5, height: 12 }),
        )
      const fence = '#8b6b4a'
      return (
        ground +
        building(120, 410, 300, 70, '#d8d2c4', '#7f8c8d') +
        el('path', {
          d: path('M', 80, 540, 'L', 720, 540, 'M', 80, 515, 'L', 720, 515),
          stroke: fence,
          'stroke-width': 4,
        }) +
        repeat(9, (i) =>
          el('rect', { x: 80 + i * 80, y: 505, width: 6, height: 45, fill: fence }),
        ) +
        pig(300, 570) +
        pig(420, 585) +
        pig(560, 565) +
        roundTree(r, 640, 470, 0.9)
      )
    }
    case 'culture':
      return ground + stiltHouse(r, 230, 500, 2.2) + flag(660, 520, 1) + roundTree(r, 110, 540, 1)
    case 'town':
      return (
        ground +
        el('rect', { x: 0, y: 540, width: W, height: 60, fill: '#8e9499' }) +
        repeat(9, (i) => house(r, 10 + i * 88, 540, 1.2 + r.next() * 0.3, true)) +
        roundTree(r, 150, 600, 0.8) +
        roundTree(r, 470, 600, 0.8)
      )
    case 'health':
      return (
        ground +
        building(220, 400, 360, 120, '#f7f9fa', '#2e7d9a') +
        repeat(5, (i) =>
          el('rect', { x: 245 + i * 68, y: 425, width: 36, height: 30, fill: '#7f9bb3' }),
        ) +
        // The red cross of a health station, drawn, not written.
        el('circle', {
          cx: 400,
          cy: 475,
          r: 26,
          fill: '#ffffff',
          stroke: '#d0d7dc',
          'stroke-width': 3,
        }) +
        el('rect', { x: 392, y: 457, width: 16, height: 36, fill: '#d32f2f' }) +
        el('rect', { x: 382, y: 467, width: 36, height: 16, fill: '#d32f2f' }) +
        roundTree(r, 140, 540, 1) +
        roundTree(r, 680, 540, 0.9)
      )
    case 'village':
      return (
        ground +
        stiltHouse(r, 90, 500, 1) +
        stiltHouse(r, 330, 470, 0.8) +
        stiltHouse(r, 560, 520, 1.1) +
        roundTree(r, 290, 560, 0.9) +
        pine(r, 520, 460, 0.8)
      )
  }
}

/** A Lạng Sơn landscape: sky, far peaks, rolling hills, and a foreground that fits the theme. */
export async function renderScene(theme: SceneTheme, seed: string): Promise<Buffer> {
  const r = createRandom(`scene:${seed}`)
  const s = sky(r)
  const haze = s.mood === 'day' ? 215 : 260
  const body =
    el('defs', {}, s.defs) +
    s.body +
    jagged(ridgePoints(r, 290, 120, 14), hsl(haze, 20, r.int(62, 70)), 0.85) +
    smooth(ridgePoints(r, 370, 90, 7), green(r, r.int(38, 44)), 0.95) +
    smooth(ridgePoints(r, 425, 50, 5), green(r, r.int(30, 36))) +
    foreground(theme, r)
  return toJpeg(svg(W, H, body))
}
