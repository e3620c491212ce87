export interface BundledPack {
    /** File name without `.riskpolicy`. */
    name: string;
    fileName: string;
    text: string;
}
/** Folder holding the packs on disk (meaningless inside a bundle: see `bundledPacks`). */
export declare const packsDirectory: string;
/**
 * Every bundled pack, prelude first. Returns `globalThis.RISKPOLICY_BUNDLED_PACKS` when it is
 * defined (a bundle such as the VS Code extension's language server embeds the packs at build
 * time, because `import.meta.url` does not survive a CommonJS bundle); otherwise reads
 * `packsDirectory` from disk.
 */
export declare function bundledPacks(): BundledPack[];
declare global {
    /** Set by a bundle's banner to the packs read at build time; see `bundledPacks`. */
    var RISKPOLICY_BUNDLED_PACKS: BundledPack[] | undefined;
}
