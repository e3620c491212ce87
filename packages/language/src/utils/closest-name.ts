import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `text` (ignoring case), if it is near enough to be a plausible typo. */
export function closestName(text: string, candidates: Iterable<string>): string | undefined {
    const limit = Math.max(2, Math.floor(text.length / 3));
    const wanted = text.toLowerCase();
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const apart = distance(wanted, candidate.toLowerCase());
        if (apart <= limit && apart < bestDistance) {
            best = candidate;
            bestDistance = apart;
        }
    }
    return best;
}
