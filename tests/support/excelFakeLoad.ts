/**
 * What a `load(...)` asked for. Office.js fills only the loaded properties at the next sync; reading
 * any other throws PropertyNotLoaded ("You must call `context.sync()` before reading the properties"
 * — ClientObject.load in the Office.js reference; "Calling load without parameters" in "Using the
 * application-specific API model" loads every scalar property and no navigation property).
 * On a collection, "items/name" and "name" both mean each item's name.
 */
export class LoadedProps {
  private readonly props: Set<string> | 'scalars';

  constructor(spec: unknown, private readonly scalars: readonly string[]) {
    if (spec === undefined || spec === null || spec === '') {
      this.props = 'scalars';
      return;
    }
    const text = Array.isArray(spec) ? spec.join(',') : typeof spec === 'object' ? String((spec as { select?: string }).select ?? '') : String(spec);
    this.props = new Set(text.split(',').map((p) => p.trim().replace(/^items\//, '')).filter(Boolean));
  }

  has(prop: string): boolean {
    return this.props === 'scalars' ? this.scalars.includes(prop) : this.props.has(prop);
  }

  /** The loaded properties, for the response's size. */
  list(): string[] {
    return this.props === 'scalars' ? [...this.scalars] : [...this.props];
  }
}

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function notLoaded(what: string): never {
  throw new FakeOfficeError('PropertyNotLoaded', `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

/** A loaded value, or PropertyNotLoaded when `load` did not ask for it or no sync has run since. */
export function loadedValue<T>(loaded: LoadedProps | null, prop: string, value: () => T): T {
  if (!loaded?.has(prop)) notLoaded(prop);
  return value();
}
