export interface BundledPack {
    /** File name without `.riskpolicy`. */
    name: string;
    fileName: string;
    text: string;
}
export declare const packsDirectory: string;
export declare function bundledPacks(): BundledPack[];
