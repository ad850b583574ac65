export function bundleForNode(options: { root: string; entry: string; outfile: string }): Promise<void>;
