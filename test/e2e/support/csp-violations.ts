// CSP violations the pane caused, minus the one we expect and want: office.js, loaded outside
// Office (and on Office 2013/2016 hosts), frames Microsoft's telemetry proxy
// (telemetryservice.firstpartyapps.oaspapps.com) three seconds after start. Our policy blocks it
// on purpose; office.js only buffers the log lines it would have sent.
import type { CspViolation } from './browser';

const TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com';

function expected(violation: CspViolation): boolean {
  return violation.directive === 'frame-src' && violation.blocked.startsWith(TELEMETRY_FRAME);
}

/** The violations that are not the telemetry frame, as readable lines. */
export function unexpectedCspViolations(violations: CspViolation[]): string[] {
  return violations
    .filter((violation) => !expected(violation))
    .map(
      ({ directive, blocked, source, line }) =>
        `${directive} blocked ${blocked} (${source}:${line})`,
    );
}
