// The sign-in page, served by the relay itself so it works before (and without) the PWA: one small
// form, no script, posting to /api/login. Its CSP allows nothing but its own inline style and form.

export const LOGIN_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function loginPage(notice?: string): string {
  const message = notice ? `<p class="notice" role="alert">${escapeHtml(notice)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Sign in · Portlight</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; margin: 0; }
  form { display: grid; gap: 0.75rem; width: min(20rem, 90vw); }
  h1 { font-size: 1.4rem; margin: 0 0 0.5rem; }
  input, button { font: inherit; padding: 0.6rem; border-radius: 0.4rem; border: 1px solid #8888; }
  button { cursor: pointer; }
  .notice { color: #c62828; margin: 0; }
</style>
</head>
<body>
<form method="post" action="/api/login">
  <h1>Portlight</h1>
  ${message}
  <label for="password">Password or token</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
  <button type="submit">Sign in</button>
</form>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
