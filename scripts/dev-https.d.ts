export function httpRequested(env?: Record<string, string | undefined>): boolean;
export function devServerTransport(args?: {
  port: number;
  log?: (line: string) => void;
  getOptions?: () => Promise<{ ca?: unknown; key?: unknown; cert?: unknown }>;
}): Promise<
  { type: 'http' } | { type: 'https'; options: { ca?: unknown; key?: unknown; cert?: unknown } }
>;
