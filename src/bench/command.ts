// Its own module so that the baselines and the runner that times them share it without a cycle.

/** One program to run, as a child process, and the folder it writes (emptied before it runs). */
export interface Command {
  command: string;
  args: string[];
  cwd?: string;
  output?: string;
}
