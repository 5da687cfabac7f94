import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a CLI touches of its process, passed in so tests can run a command in-process (no child process). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths are resolved against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress lines are drawn only then). */
  stderrIsTTY?: boolean;
}

/** A command: arguments (without node and the script) -> exit code. */
export type CliMain = (argv: string[], io: CliIo) => number | Promise<number>;

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get cwd() {
    return process.cwd();
  },
  env: process.env,
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

/**
 * Runs a CLI's `main` as the process's command, turning an uncaught error into its message on stderr and
 * exit code 1 (no stack trace: these errors are for users, e.g. a folder that does not exist). Call it only
 * when the module is the entry point (`isEntryPoint(import.meta.url)`), so tests can import `main`.
 */
export function runMain(main: CliMain): void {
  void runCommand(main, process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}

/** Runs `main` with `io`, mapping a throw (or a rejected promise) to its message on stderr and exit code 1. */
export async function runCommand(main: CliMain, argv: string[], io: CliIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Whether the module at `moduleUrl` is the script node was started with (tsx keeps argv[1] as the .ts file). */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Runs a command in-process with captured output: for tests. */
export async function captureCommand(
  main: CliMain,
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
  };
  const code = await runCommand(main, argv, io);
  return { code, stdout, stderr };
}
