// Errors shaped like Office.js's OfficeExtension.Error: a `code` the add-in can branch on, a message,
// and `debugInfo`. The codes are the ones Excel uses for the same situations.

export type FakeErrorCode =
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'PropertyNotLoaded'
  | 'GeneralException';

export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}
