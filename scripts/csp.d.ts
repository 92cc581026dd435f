export const BASE_DIRECTIVES: Record<string, string[]>;
export const FRAME_ANCESTORS: string[];
export function metaPolicy(options?: { extraConnect?: string[] }): string;
export function headerPolicy(options?: { extraConnect?: string[] }): string;
export function securityHeaders(options?: { extraConnect?: string[] }): Record<string, string>;
