/** Edit distance between two strings (case-insensitive), for did-you-mean suggestions. */
function editDistance(a: string, b: string): number {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
    for (let i = 1; i <= left.length; i++) {
        const current = [i];
        for (let j = 1; j <= right.length; j++) {
            const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[right.length];
}

/** The candidate nearest to `text`, if it is near enough to be a plausible typo. */
export function closestName(text: string, candidates: Iterable<string>): string | undefined {
    const limit = Math.max(2, Math.floor(text.length / 3));
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(text, candidate);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
