/**
 * Runs a CLI's `main(argv) -> exit code`, turning an uncaught error into its message on stderr and
 * exit code 1 (no stack trace: these errors are for users, e.g. a folder that does not exist).
 */
export function runMain(main: (argv: string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
