// The benchmarks' command-line options: `--name value` and `--flag`.
const args = process.argv.slice(2);

/** The text after `--name`, or `fallback` when it is not given. */
export function option(name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
}

/** The number after `--name`, or `fallback` when it is not given. */
export const numberOption = (name, fallback) => Number(option(name, fallback));

/** Whether the flag `--name` is given. */
export const flag = (name) => args.includes(`--${name}`);
