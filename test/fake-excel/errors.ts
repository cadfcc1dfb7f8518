/**
 * Errors the way Office.js raises them: an `OfficeExtension.Error`-like object with `code`, `message` and
 * `debugInfo`, so the host's error mapping is exercised with the same shape it meets in Excel.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = {
      code,
      message,
      errorLocation,
      statement: errorLocation ? `${errorLocation}(...)` : undefined,
    };
  }
}

export function propertyNotLoaded(owner: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`, what);
}
