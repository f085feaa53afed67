// The major version of every GitHub Action that sigreport's workflows use: this repository's own
// (.github/workflows/) and the starters `sigreport init` writes for a site. One list, so the two
// never drift apart. tests/workflow/action-versions.test.ts fails when a workflow uses another
// major, so a Dependabot pull request that bumps an action also updates the line here (and with
// it every starter workflow).
//
// Looked up on 2026-12-02 in the actions' release notes and the Dependabot pull requests that
// moved to them.
export const ACTION_MAJORS = {
  "actions/checkout": 7,
  "actions/setup-node": 7,
  "actions/configure-pages": 6,
  "actions/upload-pages-artifact": 5,
  "actions/deploy-pages": 5,
  "actions/upload-artifact": 7,
  "actions/github-script": 9,
} as const satisfies Record<string, number>;

export type Action = keyof typeof ACTION_MAJORS;

/** The `uses:` value for an action, e.g. "actions/checkout@v7". */
export const uses = (action: Action): string => `${action}@v${ACTION_MAJORS[action]}`;

/** The Node.js major the workflows install: an LTS line that sigreport supports (package.json engines). */
export const NODE_VERSION = 22;
