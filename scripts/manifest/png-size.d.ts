export function pngSize(file: string): { width: number; height: number } | null;
