import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ProcessModel, parseProcessModels } from './bpmn-model.js';
import { bpmnViewerDist, VIEWER_FILES, viewerTarget } from './bpmn-viewer-assets.js';
import { mergeCoverage, type ProcessCoverage } from './process-coverage.js';

/** Options of {@link writeCoverageReport}. */
export interface CoverageReportOptions {
  /** Report folder (default `coverage/processes`, relative to the working directory). */
  readonly outDir?: string;
  /**
   * Unite with the coverage already in `outDir` (default true), so that every test file's process test adds to
   * one report.
   */
  readonly merge?: boolean;
}

/** What {@link writeCoverageReport} wrote. */
export interface CoverageReport {
  /** The report folder. */
  readonly outDir: string;
  /** Path of `coverage.json`. */
  readonly jsonPath: string;
  /** One HTML page per process, keyed by process definition id. */
  readonly pages: Readonly<Record<string, string>>;
  /** The coverage written (merged with the earlier report when `merge`). */
  readonly coverage: readonly ProcessCoverage[];
}

interface CoverageFile {
  readonly processes: readonly ProcessCoverage[];
}

/**
 * Writes `coverage.json`, the model of each process (`<id>.bpmn`) and one self-contained HTML page per process
 * that draws the diagram with bpmn-js's viewer (copied into the folder: the page needs no network), taken
 * elements and flows highlighted, with the coverage percentage.
 */
export async function writeCoverageReport(
  models: readonly ProcessModel[],
  coverage: readonly ProcessCoverage[],
  options: CoverageReportOptions = {},
): Promise<CoverageReport> {
  const outDir = options.outDir ?? join('coverage', 'processes');
  await mkdir(outDir, { recursive: true });
  const jsonPath = join(outDir, 'coverage.json');
  const byId = new Map(models.map((m) => [m.processDefinitionId, m]));
  let all: readonly ProcessCoverage[] = coverage;
  if (options.merge !== false) {
    const earlier = await readEarlier(jsonPath);
    for (const c of earlier) {
      if (byId.has(c.processDefinitionId)) continue;
      const xml = await readFile(join(outDir, modelFile(c.processDefinitionId)), 'utf8').catch(
        () => undefined,
      );
      const model =
        xml === undefined
          ? undefined
          : (await parseProcessModels(xml)).find((m) => m.processDefinitionId === c.processDefinitionId);
      if (model !== undefined) byId.set(model.processDefinitionId, model);
    }
    all = mergeCoverage(byId, [...earlier, ...coverage]);
  }
  const file: CoverageFile = { processes: all };
  await writeFile(jsonPath, `${JSON.stringify(file, null, 2)}\n`);

  const viewerDir = viewerTarget(outDir);
  await mkdir(viewerDir, { recursive: true });
  for (const name of VIEWER_FILES) {
    await cp(join(bpmnViewerDist(), name), join(viewerDir, name), { recursive: true });
  }
  const pages: Record<string, string> = {};
  for (const c of all) {
    const model = byId.get(c.processDefinitionId);
    if (model === undefined) continue;
    await writeFile(join(outDir, modelFile(c.processDefinitionId)), model.xml);
    const page = join(outDir, `${fileSafe(c.processDefinitionId)}.html`);
    await writeFile(page, renderPage(model, c));
    pages[c.processDefinitionId] = page;
  }
  await writeFile(join(outDir, 'index.html'), renderIndex(all));
  return { outDir, jsonPath, pages, coverage: all };
}

async function readEarlier(jsonPath: string): Promise<readonly ProcessCoverage[]> {
  try {
    return (JSON.parse(await readFile(jsonPath, 'utf8')) as CoverageFile).processes ?? [];
  } catch {
    return [];
  }
}

const fileSafe = (id: string) => id.replace(/[^\w.-]/g, '_');
const modelFile = (id: string) => `${fileSafe(id)}.bpmn`;
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// JSON inside a <script>: `<` escaped so no `</script>` can end it early.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function renderPage(model: ProcessModel, c: ProcessCoverage): string {
  const title = `${c.name ?? c.processDefinitionId} — ${c.coverage} % covered`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="bpmn-js/assets/diagram-js.css">
<link rel="stylesheet" href="bpmn-js/assets/bpmn-js.css">
<style>
  body { font-family: system-ui, sans-serif; margin: 1rem; }
  #canvas { height: 70vh; border: 1px solid #ccc; }
  .taken:not(.djs-connection) .djs-visual > :first-child { stroke: #1b7f3b !important; fill: #d5f5dd !important; }
  .taken.djs-connection .djs-visual > path { stroke: #1b7f3b !important; stroke-width: 3px !important; }
  .not-taken:not(.djs-connection) .djs-visual > :first-child { stroke: #b3261e !important; }
  .not-taken.djs-connection .djs-visual > path { stroke: #b3261e !important; stroke-dasharray: 6 4; }
</style>
</head>
<body>
<h1>${escapeHtml(c.name ?? c.processDefinitionId)} <small>(${escapeHtml(c.processDefinitionId)})</small></h1>
<p id="summary">Coverage <strong id="percent">${c.coverage} %</strong>: elements ${c.elementCoverage} %
(${c.takenElements.length}/${c.takenElements.length + c.notTakenElements.length}), sequence flows ${c.flowCoverage} %
(${c.takenFlows.length}/${c.takenFlows.length + c.notTakenFlows.length}).</p>
<div id="canvas"></div>
<script src="bpmn-js/bpmn-viewer.production.min.js"></script>
<script>
  const coverage = ${scriptJson(c)};
  const xml = ${scriptJson(model.xml)};
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(xml).then(() => {
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const mark = (ids, marker) => ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
    mark(coverage.takenElements.concat(coverage.takenFlows), 'taken');
    mark(coverage.notTakenElements.concat(coverage.notTakenFlows), 'not-taken');
    canvas.zoom('fit-viewport');
    document.body.dataset.rendered = 'true';
  }, (error) => {
    document.body.dataset.rendered = 'error';
    document.getElementById('summary').textContent += ' The diagram could not be drawn: ' + error.message;
  });
</script>
</body>
</html>
`;
}

function renderIndex(all: readonly ProcessCoverage[]): string {
  const rows = all
    .map(
      (c) =>
        `<tr><td><a href="${escapeHtml(fileSafe(c.processDefinitionId))}.html">${escapeHtml(c.processDefinitionId)}</a></td><td>${c.coverage} %</td><td>${c.elementCoverage} %</td><td>${c.flowCoverage} %</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Process coverage</title></head>
<body>
<h1>Process coverage</h1>
<table>
<thead><tr><th>process</th><th>total</th><th>elements</th><th>sequence flows</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
