// The HTML as written, before any browser: one file, nothing to fetch, data embedded so that it
// cannot end its <script> early and reads back exactly.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset, type Dataset } from '../../src/dataset/index.js';
import { InvalidTimeError, Ledger } from '../../src/index.js';
import { buildReportData, renderReport } from '../../src/report/index.js';
import { escapeHtml, jsonForScript, scriptForHtml } from '../../src/report/escape.js';
import { ensureReportScript } from './page-helpers.js';

const SEED = 42;

/** The embedded data, read back as a browser would (the text of the JSON script element). */
function embedded(html: string): unknown {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (match === null) throw new Error('no report-data script');
  return JSON.parse(match[1]!);
}

describe('renderReport', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    ensureReportScript();
    dataset = await readDataset();
  });

  test('embeds every event of the ledger, read back unchanged', () => {
    const data = embedded(renderReport(dataset)) as { events: unknown[] };
    expect(data.events).toEqual(JSON.parse(JSON.stringify(dataset.ledger.events())));
  });

  test('is one file with nothing to fetch: no external src, href or stylesheet; a CSP allows no network', () => {
    const html = renderReport(dataset);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<(a|link|img|iframe)\b[^>]*\bhref\s*=\s*["']?https?:/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html.length).toBeLessThan(400 * 1024);
  });

  test('a summary holding </script> and <!-- cannot end the data or the page script early', () => {
    const [first] = dataset.ledger.events().filter((e) => e.type === 'statement');
    const summary = '</script><script>alert(1)</script><!-- </SCRIPT >';
    const ledger = Ledger.from([...dataset.ledger.events(), { ...first, id: 'x.1', summary }], {
      vocabulary: dataset.vocabulary,
    });
    const html = renderReport({ ledger }, { title: '<b>"T"</b>' });
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    const data = embedded(html) as { events: Array<{ id: string; summary?: string }>; title: string };
    expect(data.events.find((e) => e.id === 'x.1')?.summary).toBe(summary);
    expect(data.title).toBe('<b>"T"</b>');
    expect(html).toContain('<title>&lt;b&gt;&quot;T&quot;&lt;/b&gt;</title>');
  });

  test('opens on the days asked for, read to whole days; by default on the last day of the data', () => {
    expect(buildReportData(dataset, { at: '2025-12', knownAt: '2025-12-07' })).toMatchObject({
      at: '2025-12-31',
      knownAt: '2025-12-07',
    });
    const lastRecord = dataset.ledger
      .events()
      .map((e) => e.recordedAt.slice(0, 10))
      .sort()
      .at(-1);
    const data = buildReportData(dataset);
    expect(data.at).toBe(data.last);
    expect(data.knownAt).toBe(data.last);
    expect(data.last >= lastRecord!).toBe(true);
    expect(data.first < '2025-03-01').toBe(true);
  });

  test('names a bad date', () => {
    expect(() => renderReport(dataset, { at: '2025-13-01' })).toThrow(InvalidTimeError);
    expect(() => renderReport(dataset, { knownAt: '2025-02-30' })).toThrow(/2025-02-30/);
  });

  test('groups issues by topic and keeps the vocabulary’s parties in order', () => {
    const data = buildReportData(dataset);
    expect(data.parties.map((p) => p.id)).toEqual(dataset.vocabulary.parties.map((p) => p.id));
    expect(new Set(data.issues.map((i) => i.topic))).toEqual(new Set(data.topics.map((t) => t.id)));
    // Headings are the vocabulary's topic titles, in the vocabulary's order.
    const titles = new Map(dataset.vocabulary.topics.map((t) => [t.id, t.title]));
    for (const topic of data.topics) expect(topic.title).toBe(titles.get(topic.id));
  });

  test('works without a vocabulary: rows and columns come from the events', () => {
    const ledger = Ledger.from(dataset.ledger.events());
    const data = buildReportData({ ledger });
    expect(data.vocabulary).toBeNull();
    expect(data.parties.map((p) => p.id)).toContain('russia');
    // A correction's replacement is a statement too, and may name an issue nothing else names.
    const issues = ledger
      .events()
      .flatMap((e) => (e.type === 'statement' ? [e.issue] : e.type === 'correction' ? [e.replacement.issue] : []));
    expect(data.issues.length).toBe(new Set(issues).size);
  });
});

describe('escaping', () => {
  test(`jsonForScript reads back any value and never writes <, > or & (seed ${SEED})`, () => {
    checkProperty(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const v of [value, text, { text }]) {
          const out = jsonForScript(v);
          expect(out).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  test(`escapeHtml leaves no markup character (seed ${SEED})`, () => {
    checkProperty(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('scriptForHtml rewrites </script and refuses <!--', () => {
    expect(scriptForHtml('a="</SCRIPT>";b=/<\\/script>/')).toBe('a="<\\/SCRIPT>";b=/<\\/script>/');
    expect(() => scriptForHtml('x="<!--"')).toThrow(/<!--/);
  });
});
