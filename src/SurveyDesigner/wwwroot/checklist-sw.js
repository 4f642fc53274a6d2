// checklist-sw.js — the checklist runner's service worker (scope: the host's /checklist). It lets an auditor
// open the runner on a tablet that has no connection, after one online visit: pages are fetched from the
// network first (so a connected tablet always sees the current version and a fresh antiforgery token) and
// kept; when the network fails the kept copy is served. POSTs (the outbox) are never touched: the page's
// outbox.js sends them with their client id, so going through here could not duplicate them anyway.
const SHELL = "sd-runner-shell-v2";   // runner scripts and styles; bump to drop old copies
const PAGES = "sd-runner-pages";      // runner pages (each embeds its checklist definition) and layout assets
const USER_KEY = "sd-runner-user";
const NAVIGATION_TIMEOUT_MS = 8000;   // a hanging connection falls back to the kept copy instead of a blank page

const SHELL_FILES = ["checklist-runner.js", "checklist-offline.js", "checklist-geo.js", "form-state.js", "forms-logic.js", "outbox.js", "outbox-panel.js", "survey.css"]
  .map(f => new URL(f, self.location).href);

self.addEventListener("install", event => {
  event.waitUntil(caches.open(SHELL).then(c => c.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", event => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith("sd-runner-shell-") && key !== SHELL) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", event => {
  const request = event.request;
  const url = new URL(request.url);
  // Only our own GETs; never the Blazor circuit, the API or sign-in/out.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (/\/(_blazor|api|account)(\/|$)/.test(url.pathname)) return;
  event.respondWith(networkFirst(event));
});

async function networkFirst(event) {
  const request = event.request;
  try {
    const response = await fetchWithTimeout(request);
    // A redirect (expired session → sign-in page) or an error is shown, never kept in place of the runner.
    if (response.ok && response.type === "basic" && !response.redirected) {
      const copy = response.clone();
      // waitUntil: the worker may be stopped once the response is delivered, before the copy is written.
      event.waitUntil(caches.open(SHELL_FILES.includes(request.url) ? SHELL : PAGES).then(c => c.put(request.url, copy)));
    }
    return response;
  } catch (error) {
    const kept = await caches.match(request.url, { ignoreVary: true, ignoreSearch: false });
    if (kept) return kept;
    if (request.mode === "navigate") return offlinePage();
    throw error;
  }
}

function fetchWithTimeout(request) {
  if (request.mode !== "navigate") return fetch(request);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), NAVIGATION_TIMEOUT_MS);
  return fetch(request, { signal: abort.signal }).finally(() => clearTimeout(timer));
}

// The page asks to keep what an offline start needs: the runner pages of every assigned checklist and office,
// and the layout's scripts and styles. A different auditor on the same tablet first drops the previous one's pages.
self.addEventListener("message", event => {
  const data = event.data || {};
  if (data.type === "forget") { event.waitUntil(caches.delete(PAGES)); return; }
  if (data.type !== "keep") return;
  event.waitUntil(keep(data.user || "", data.urls || []).then(count => event.source?.postMessage({ type: "kept", count })));
});

async function keep(user, urls) {
  const pages = await caches.open(PAGES);
  const previous = await pages.match(USER_KEY);
  if (previous && (await previous.text()) !== user) {
    await caches.delete(PAGES);
    return keep(user, urls);
  }
  await pages.put(USER_KEY, new Response(user));
  let count = 0;
  for (const url of new Set(urls)) {
    if (new URL(url).origin !== self.location.origin) continue;
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (response.ok && !response.redirected) { await pages.put(url, response); count++; }
    } catch { /* offline again: what was kept before stays */ }
  }
  return count;
}

function offlinePage() {
  const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Нет связи</title></head><body style="font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:1rem">
<h1>Нет связи</h1><p>Эта страница не сохранена на планшете. Откройте список проверок, пока есть связь, —
после этого проверки можно проводить и без неё.</p><p><a href="${self.registration.scope}">К списку проверок</a></p></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
