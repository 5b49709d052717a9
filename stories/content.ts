/** Where the stories find their content: the test fixtures (made from real trust pages), served at /content/. */
export const content = (name: string) => `/content/${name}.json`;

/** A fixture as an object, for stories that change it before handing it to an element's `data`. */
export async function fixture<T = Record<string, unknown>>(name: string): Promise<T> {
  const response = await fetch(content(name));
  return (await response.json()) as T;
}

/** Never answers: the loading state. */
export const HANGING_SOURCE = '/mock/content/hang';
/** Answers 404: the error state. */
export const MISSING_SOURCE = '/mock/content/missing';
