// Lint keeps the layers the README describes: shared/ is pure TypeScript for Node and the browser,
// services never touch Electron (so the CLI, browser mode and tests run them), and the renderer reaches
// the Node side only through the contract.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({ patterns: patterns.map((group) => ({ group: [group], message })) });

// Bare built-in names as exact paths (a pattern 'events' would also match './events').
const builtinPaths = (message) => ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'zlib'].map((name) => ({ name, message }));

const serviceImports = [
  { name: 'electron', message: 'Services and the CLI run without Electron: take an adapter instead.' },
  { name: 'electron-store', message: 'electron-store imports electron at load: services get a ConfFactory.' },
];
const noRenderer = layer(['**/renderer/**'], 'The Node side never imports the renderer.');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'artifacts/**', 'playwright-report/**', 'shared/calendar/lunar-table.ts', 'electron/services/exports/times-metrics.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // The compiler already refuses unused code (noUnused*); `_` marks an argument a signature needs.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ runs in the browser and in Node without Electron.' }, ...builtinPaths('shared/ runs in the browser too: no Node built-ins.')],
          ...layer(['**/electron/**', '**/renderer/**', 'node:*'], 'shared/ imports neither electron/, renderer/ nor Node built-ins: it runs in the browser and in Node.'),
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/launch/**/*.ts', 'electron/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: serviceImports, ...noRenderer }] },
  },
  {
    // Mail uses the reminder engine to deliver; the engine reaches mail only through adapters.ts.
    files: ['electron/services/reminders/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: serviceImports, patterns: [...noRenderer.patterns, ...layer(['../mail/*'], 'Reminders never import mail: take the Mailer adapter or MailAccess.').patterns] },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the Node side only through the contract (window.lichTruc).' },
            ...builtinPaths('The renderer runs in a sandboxed page: no Node built-ins.'),
          ],
          ...layer(['**/electron/**', 'node:*'], 'The renderer imports shared/ and its own files only: it reaches the Node side through the contract.'),
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      // A test that reads today's date passes today and fails next year: take a clock from tests/helpers/clock.ts.
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Tests never read the wall clock: use a clock from tests/helpers/clock.ts.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Tests never read the wall clock: use a clock from tests/helpers/clock.ts.' },
      ],
    },
  },
);
