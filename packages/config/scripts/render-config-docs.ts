import { CONFIG_SCHEMA, type ConfigKeyDefinition } from '../src/index.js';

const INTRO = `# Configuration reference

<!-- Generated from src/config-schema.ts by \`pnpm docs:config\`. Do not edit by hand. -->

Every setting \`resolveConfig()\` understands. Each value is taken from the highest layer that sets it:
defaults < \`.env\` (only when \`CAMUNDA_LOAD_ENVFILE\` asks) < environment < \`overrides\` (keys are the variable
names below). An empty value counts as unset. An alias is read only when its canonical name is unset in the same
layer; both set to different values in one layer is an error. Where two keys feed one setting (inline PEM and a
\`…_PATH\`), the higher layer wins and setting both in one layer is an error. Every problem is reported at once in
one \`ConfigError\`.

Secret values (marked **secret**) become \`Secret\` objects and never appear in logs, errors, JSON or
\`util.inspect\`. Durations are milliseconds unless the name says otherwise.

Value formats: booleans are \`true|false|1|0|yes|no|on|off\`; enum words match in any case and are stored in the
spelling shown; integers and numbers are plain decimals; a PEM value given on one line with literal \`\\n\`
gets its line breaks back; a \`…_PATH\` is resolved against \`cwd\` and read when the config is resolved (an
unreadable file is an error naming the key and the path).

Both official SDKs' names are accepted: those with the same meaning as aliases, the others under
**Compatibility** (converted, or without effect). What is accepted but deserves attention is listed in the
resolved config's \`warnings\` (\`{ code, key, message, suggestion? }\`, logged once at \`warn\` by the client):
\`UNKNOWN_KEY\` for a \`CAMUNDA_*\` / \`ZEEBE_*\` variable that no key matches (with the nearest name),
\`LEGACY_KEY\` for a legacy alias or a converted key, \`IGNORED_KEY\` for a key without effect, and
\`CONVERTED_VALUE\` for \`CAMUNDA_SDK_VALIDATION=fanatical\` (read as \`strict\`). See MIGRATING.md at the
repository root for a key-by-key comparison.
`;

function typeText(def: ConfigKeyDefinition): string {
  const range = [
    def.min === undefined ? undefined : `≥ ${def.min}`,
    def.above === undefined ? undefined : `> ${def.above}`,
    def.max === undefined ? undefined : `≤ ${def.max}`,
    def.below === undefined ? undefined : `< ${def.below}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const base = {
    string: 'string',
    url: 'URL',
    'rest-url': 'URL',
    enum: (def.values ?? []).map((value) => `\`${value}\``).join(' \\| '),
    integer: 'integer',
    number: 'number',
    boolean: 'boolean',
    pem: 'PEM text',
    file: 'file path',
    validation: 'validation modes',
    envfile: 'boolean or path',
    list: 'comma-separated list',
  }[def.type];
  const withRange = range === '' ? base : `${base} (${range})`;
  return def.secret ? `${withRange}, **secret**` : withRange;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function aliasText(def: ConfigKeyDefinition, alias: string): string {
  return def.aliasNotes?.[alias] === undefined ? `alias \`${alias}\`` : `alias \`${alias}\` (legacy)`;
}

function descriptionText(def: ConfigKeyDefinition): string {
  if (def.compat === undefined) return def.description;
  return `${def.description} Setting it yields a \`${def.compat.code}\` warning.`;
}

function cells(def: ConfigKeyDefinition): string[] {
  const names = [`\`${def.name}\``, ...def.aliases.map((alias) => aliasText(def, alias))].join('<br>');
  const fallback = def.default === undefined ? '—' : `\`${String(def.default)}\``;
  const target = def.target === undefined ? '—' : `\`${def.target}\``;
  return [names, typeText(def), fallback, target, cell(descriptionText(def))];
}

/** A table with padded columns, the layout Biome's markdown formatter keeps unchanged. */
function table(header: readonly string[], rows: readonly string[][]): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((title, column) =>
    Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((text, column) => text + ' '.repeat((widths[column] ?? 0) - width(text))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** CONFIG.md, rendered from the key schema. */
export function renderConfigDocs(schema: readonly ConfigKeyDefinition[] = CONFIG_SCHEMA): string {
  const groups = new Map<string, ConfigKeyDefinition[]>();
  for (const def of schema) groups.set(def.group, [...(groups.get(def.group) ?? []), def]);
  const sections = [...groups].map(([group, defs]) =>
    [
      `## ${group}`,
      '',
      table(['Variable', 'Type', 'Default', 'Config field', 'Description'], defs.map(cells)),
    ].join('\n'),
  );
  return `${[INTRO.trimEnd(), ...sections].join('\n\n')}\n`;
}
