// Draws images/icon.png (128×128): a white shield with a tick on a navy rounded square.
// Plain Node, no dependencies: `node scripts/make-icon.mjs`. Commit the PNG it writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 128;
const samples = 4; // 4×4 samples per pixel for anti-aliasing
const navy = [36, 59, 107];
const white = [255, 255, 255];

function quadratic(from, control, to, steps = 16) {
    return Array.from({ length: steps }, (_, i) => {
        const t = (i + 1) / steps;
        return [0, 1].map(k => (1 - t) ** 2 * from[k] + 2 * (1 - t) * t * control[k] + t ** 2 * to[k]);
    });
}

const shield = [[28, 32], [64, 19], [100, 32], [100, 62], ...quadratic([100, 62], [98, 92], [64, 110]), ...quadratic([64, 110], [30, 92], [28, 62])];
const tick = [[45, 64], [59, 78], [84, 49]];

function insideRoundedSquare(x, y, radius = 24) {
    const dx = Math.max(radius - x, 0, x - (size - radius));
    const dy = Math.max(radius - y, 0, y - (size - radius));
    return dx * dx + dy * dy <= radius * radius;
}

function insidePolygon(x, y, points) {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

function nearPolyline(x, y, points, halfWidth) {
    for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1];
        const [bx, by] = points[i];
        const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
        if (Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= halfWidth) return true;
    }
    return false;
}

/** Colour of one sample, or undefined outside the rounded square. */
function sample(x, y) {
    if (!insideRoundedSquare(x, y)) return undefined;
    if (insidePolygon(x, y, shield) && !nearPolyline(x, y, tick, 5.5)) return white;
    return navy;
}

const rows = [];
for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
        const sum = [0, 0, 0, 0];
        for (let sy = 0; sy < samples; sy++) {
            for (let sx = 0; sx < samples; sx++) {
                const colour = sample(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
                if (!colour) continue;
                colour.forEach((c, k) => { sum[k] += c; });
                sum[3] += 1;
            }
        }
        const covered = sum[3];
        const pixel = covered === 0 ? [0, 0, 0, 0] : [...sum.slice(0, 3).map(c => Math.round(c / covered)), Math.round((255 * covered) / samples ** 2)];
        row.set(pixel, 1 + px * 4);
    }
    rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(buffer) {
    let c = 0xffffffff;
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
