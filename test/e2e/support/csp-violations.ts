// CSP violations the browser reports while the pane runs, minus the one we expect and want:
// office.js, loaded outside Office (and on Office 2013/2016 hosts), frames Microsoft's telemetry
// proxy (telemetryservice.firstpartyapps.oaspapps.com) three seconds after start. Our policy
// blocks it on purpose; office.js only buffers the log lines it would have sent.
const EXPECTED_BLOCK = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

export function unexpectedCspViolations(consoleErrors: string[]): string[] {
  return consoleErrors
    .filter((text) => /Content Security Policy|Refused to/i.test(text))
    .filter((text) => !EXPECTED_BLOCK.test(text));
}
