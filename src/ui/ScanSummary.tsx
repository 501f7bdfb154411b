import type { PageScan } from '../extract/page-scan';

export interface ScanSummaryProps {
  scan: PageScan | null;
}

/** The popup's first version: what the page's ingredient list holds (issue #5 designs every state). */
export function ScanSummary({ scan }: ScanSummaryProps) {
  if (!scan?.product) {
    return (
      <main>
        <h1>Aftercare Lens</h1>
        <p>This page is not a product page the extension reads.</p>
      </main>
    );
  }
  const title = scan.product.title ?? 'This product';
  if (!scan.isCosmeticProduct) {
    return (
      <main>
        <h1>{title}</h1>
        <p>This is not a skincare or cosmetic product, so there is nothing to check.</p>
      </main>
    );
  }
  if (!scan.analysis || !scan.list) {
    return (
      <main>
        <h1>{title}</h1>
        <p>No ingredient list found on this page.</p>
      </main>
    );
  }
  const real = scan.analysis.findings.filter((f) => !f.trace);
  const traces = scan.analysis.findings.filter((f) => f.trace);
  return (
    <main>
      <h1>{title}</h1>
      {real.length === 0 ? (
        <p>
          Nothing to avoid found in the {scan.analysis.ingredients.length} ingredients listed (read by{' '}
          {scan.list.source}).
        </p>
      ) : (
        <ul>
          {real.map((f) => (
            <li key={`${f.part ?? ''}${f.position}`} class={f.level}>
              <strong>{f.name}</strong> ({f.family}): {f.reason}
            </li>
          ))}
        </ul>
      )}
      {traces.length > 0 && (
        <p class="muted">Present at a low level: {traces.map((f) => f.name).join(', ')}.</p>
      )}
    </main>
  );
}
