// `langium generate` validates the grammar with Chevrotain 12+, which calls Object.groupBy (Node 21+).
// Node 20 lacks it, so the generate script preloads this polyfill. Runtime code never needs it:
// the generated parser runs in production mode, which skips that validation.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}
if (typeof Map.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = new Map();
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                if (!groups.has(key)) groups.set(key, []);
                groups.get(key).push(item);
            }
            return groups;
        }
    });
}
