import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** Seeded draws for one synthetic case: the same seed and index always give the same case. */
export class CaseRandom {
    private readonly rng: ReturnType<typeof xoroshiro128plus>;

    constructor(seed: number, index: number) {
        // Each case has its own stream, so a case does not depend on how many draws earlier cases made.
        // Neighbouring (seed, index) pairs differ in few bits; scramble them so the streams do not start alike.
        this.rng = xoroshiro128plus(scramble(scramble(seed) ^ index));
    }

    int(from: number, to: number): number {
        return uniformInt(this.rng, from, to);
    }

    chance(probability: number): boolean {
        return uniformFloat64(this.rng) < probability;
    }

    pick(weights: Record<string, number>): string {
        const entries = Object.entries(weights).filter(([, weight]) => weight > 0);
        const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
        let draw = uniformFloat64(this.rng) * total;
        for (const [value, weight] of entries) {
            draw -= weight;
            if (draw < 0) return value;
        }
        return entries[entries.length - 1][0];
    }
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole word. */
function scramble(value: number): number {
    let h = value | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
