/** Whether `target` can be reached from `start` by following `next` (not counting `start` itself). */
export function reaches<T>(start: T, target: T, next: (node: T) => Iterable<T>): boolean {
    const seen = new Set<T>();
    const queue = [...next(start)];
    while (queue.length > 0) {
        const node = queue.pop()!;
        if (node === target) return true;
        if (!seen.has(node)) {
            seen.add(node);
            queue.push(...next(node));
        }
    }
    return false;
}
