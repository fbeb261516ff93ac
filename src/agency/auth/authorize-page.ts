/**
 * The sign-in page that stands in for BankID: one button per test identity, in a form posted back
 * to the agency. Swedish first with English alongside; plain HTML that works with a keyboard and
 * a screen reader, no script.
 */
import type { TestIdentity } from './identities.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1b1b1b; }
  main { max-width: 36rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; }
  h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
  .en { color: #555; margin: 0 0 1.5rem; }
  ul { list-style: none; padding: 0; margin: 0 0 1.5rem; }
  li { margin: 0 0 .75rem; }
  button { width: 100%; text-align: left; font: inherit; padding: .8rem 1rem; border: 2px solid #00426e; border-radius: 6px; background: #fff; cursor: pointer; }
  button:hover { background: #e8f0f7; }
  button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  .name { display: block; font-weight: 600; }
  .role { display: block; color: #444; font-size: .9rem; }
  .cancel { border-color: #777; text-align: center; }
`;

export function authorizePage(identities: readonly TestIdentity[], hidden: Record<string, string>): string {
  const inputs = Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n      ');
  const buttons = identities
    .map(
      (p) => `<li><button type="submit" name="identity" value="${escapeHtml(p.id)}">
          <span class="name">${escapeHtml(p.name)}</span>
          <span class="role">${escapeHtml(p.role.sv)} <span lang="en">(${escapeHtml(p.role.en)})</span></span>
        </button></li>`,
    )
    .join('\n        ');
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Logga in – Biträdestjänsten (demo)</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
    <h1 id="title">Logga in i Biträdestjänsten</h1>
    <p class="en" lang="en">Sign in to the counsel service (demo agency)</p>
    <p>Det här är demomyndigheten. I stället för BankID väljer du en testidentitet.
      <span lang="en">This is the demo agency: pick a test identity instead of BankID.</span></p>
    <form method="post" action="/oauth/authorize" aria-labelledby="title">
      ${inputs}
      <ul>
        ${buttons}
      </ul>
      <button type="submit" name="cancel" value="1" class="cancel">Avbryt <span lang="en">(Cancel)</span></button>
    </form>
  </main>
</body>
</html>`;
}

export function errorPage(message: { sv: string; en: string }): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Inloggningen kunde inte starta</title><style>${STYLE}</style></head>
<body><main role="alert">
  <h1>Inloggningen kunde inte starta</h1>
  <p>${escapeHtml(message.sv)}</p>
  <p lang="en">${escapeHtml(message.en)}</p>
</main></body>
</html>`;
}
