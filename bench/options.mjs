// The benchmarks' command-line options: `--name value`, as numbers.
const args = process.argv.slice(2);

/** The number after `--name`, or `fallback` when it is not given. */
export function option(name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
}

/** Whether the flag `--name` is given. */
export const flag = (name) => args.includes(`--${name}`);
