/**
 * A script of the sandbox's that the page fetches when it is first needed and keeps (the
 * recorder's and the formatter's, see recorder-module.ts and format-stand-in.ts). A failed fetch
 * is tried again by the next call: the network may be back.
 */
export class FetchedScript {
  private loading: Promise<string> | undefined;
  private text: string | undefined;

  /** @param url where the script is; without one, `get` fails saying `name` has no URL */
  constructor(
    private readonly url: string | undefined,
    private readonly name: string,
  ) {}

  /** The script, if it has arrived. */
  get value(): string | undefined {
    return this.text;
  }

  /** The script, or the error that kept it from arriving, as a value. */
  result(): Promise<string | Error> {
    return this.get().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  }

  get(): Promise<string> {
    const { url, name } = this;
    this.loading ??= (async () => {
      if (url === undefined) throw new Error(`SandboxHost has no URL for the ${name}'s script`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the ${name}'s script answered ${response.status}`);
      this.text = await response.text();
      return this.text;
    })().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }
}
