// Every row of issue 14's table, run as a new user types it: the exact command, what it prints, its exit code.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { EXAMPLE_CONTENT, captureIo } from "../helpers/content.ts";

const sigreport = async (...argv: string[]) => {
  const io = captureIo();
  const status = await run(argv, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
};

/** The commands, as `sigreport --help` lists them. */
async function commands(): Promise<string[]> {
  const { stdout } = await sigreport("--help");
  return [...stdout.matchAll(/^ {2}([a-z][\w-]*) {2,}/gm)].map((m) => m[1]!);
}

describe("sigreport's arguments", () => {
  it("sigreport --version and -v print the package's version and exit 0", async () => {
    const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      expect(await sigreport(flag)).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("sigreport --help lists every command and the exit codes, exit 0; no command at all is exit 2", async () => {
    const help = await sigreport("--help");
    expect(help.status).toBe(0);
    expect(await commands()).toEqual(["check", "build", "new", "new-group", "import", "due", "remind", "serve", "init"]);
    expect(help.stdout).toMatch(/^ {2}70 {2}internal error/m);
    const none = await sigreport();
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });

  it("sigreport <command> --help and -h print usage, options, an example and the exit codes, exit 0, for every command", async () => {
    for (const command of await commands()) {
      for (const flag of ["--help", "-h"]) {
        const { status, stdout, stderr } = await sigreport(command, flag);
        expect(status, `${command} ${flag}`).toBe(0);
        expect(stderr).toBe("");
        expect(stdout).toMatch(new RegExp(`^Usage: sigreport ${command}( \\S+)? \\[options\\]\\n`));
        expect(stdout).toMatch(/\nOptions:\n(?: {2}.+\n)+/);
        expect(stdout).toContain("  -h, --help ");
        expect(stdout).toMatch(new RegExp(`\\nExample:\\n {2}sigreport ${command} `));
        expect(stdout).toMatch(/\nExit codes:\n {2}0 {3}.+\n {2}1 {3}.+\n {2}2 {3}.+\n {2}70 {2}.+\n$/);
      }
    }
    // Help wins over other mistakes on the line, and `sigreport help check` is the same page.
    expect((await sigreport("check", "--formt", "x", "-h")).stdout).toBe((await sigreport("check", "--help")).stdout);
    expect((await sigreport("help", "check")).stdout).toBe((await sigreport("check", "--help")).stdout);
  });

  it("sigreport check -h prints help instead of looking for a folder named -h", async () => {
    const { status, stdout } = await sigreport("check", "-h");
    expect(status).toBe(0);
    expect(stdout).not.toContain("There is no content folder");
    expect(stdout).toContain("-f, --format FORMAT");
  });

  it("sigreport serve -h prints help and returns at once instead of starting the server", async () => {
    const { status, stdout } = await sigreport("serve", "-h");
    expect(status).toBe(0);
    expect(stdout).toContain("-p, --port N");
    expect(stdout).toContain("--host HOST");
  });

  it("sigreport chek: did you mean check? exit 2", async () => {
    const { status, stderr } = await sigreport("chek");
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toBe('Unknown command "chek". Did you mean check?');
    expect((await sigreport("frobnicate")).stderr.split("\n")[0]).toBe('Unknown command "frobnicate".');
  });

  it("sigreport check --formt json: did you mean --format? exit 2, with the usage", async () => {
    const { status, stderr } = await sigreport("check", "--formt", "json");
    expect(status).toBe(2);
    expect(stderr).toBe("Unknown option --formt. Did you mean --format?\nUsage: sigreport check [content-dir] [options]\nRun sigreport check --help for its options.\n");
  });

  it("sigreport check -f json reads -f as --format", async () => {
    const short = await sigreport("check", "-f", "json", "-c", EXAMPLE_CONTENT);
    expect(short.status).toBe(0);
    expect(JSON.parse(short.stdout).summary).toEqual({ errors: 0, warnings: 0, files: 0 });
    expect(short).toEqual(await sigreport("check", "--format=json", "--content", EXAMPLE_CONTENT));
  });

  it("an option without its value, a value given to a switch, and an unknown short option are exit 2 with a message", async () => {
    expect(await sigreport("check", "--format")).toMatchObject({ status: 2, stderr: expect.stringMatching(/^--format needs a value \(FORMAT\)\.\n/) });
    expect(await sigreport("check", "--format", "--content", "x")).toMatchObject({ status: 2, stderr: expect.stringMatching(/^--format needs a value/) });
    expect(await sigreport("build", "--quiet=yes")).toMatchObject({ status: 2, stderr: expect.stringMatching(/^--quiet is a switch and takes no value; got "yes"\./) });
    expect(await sigreport("check", "-x")).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Unknown option -x\. The short options are -c \(--content\), -f \(--format\), -h \(--help\)\./) });
  });

  it("after --, an argument that looks like an option is a folder name", async () => {
    const { status, stderr } = await sigreport("check", "--", "-h");
    expect(status).toBe(2);
    expect(stderr).toContain("There is no content folder at -h.");
  });

  it.each([
    [["serve", "--port", "99999"], '--port must be a whole number from 1 to 65535; got "99999".'],
    [["serve", "-p", "0"], '--port must be a whole number from 1 to 65535; got "0".'],
    [["serve", "-p", "http"], '--port must be a whole number from 1 to 65535; got "http".'],
    [["serve", "content"], "serve takes no arguments; got content. Give the content folder with --content DIR."],
  ])("sigreport %j refuses a bad port before any server starts: exit 2", async (argv, message) => {
    const { status, stderr } = await sigreport(...argv);
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toBe(message);
  });
});
