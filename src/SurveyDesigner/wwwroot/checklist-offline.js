// checklist-offline.js — registers the runner's service worker (checklist-sw.js) for the /checklist scope and
// asks it to keep what a cold offline start needs: this page, every runner page linked from it (each embeds its
// checklist definition) and the layout's scripts and styles. The server allows the scope with the
// Service-Worker-Allowed header (SurveyDesignerApi.UseChecklistOffline).
const WORKER = "_content/SurveyDesigner/checklist-sw.js";

// Signing out forgets the kept pages (they list the auditor's offices); queued audits stay in IndexedDB and are
// sent when their auditor signs in again.
function forgetOnSignOut() {
  for (const form of document.querySelectorAll("form[action$='account/logout']")) {
    form.addEventListener("submit", () => navigator.serviceWorker.controller?.postMessage({ type: "forget" }));
  }
}

export async function keepForOffline() {
  if (!("serviceWorker" in navigator)) return;
  forgetOnSignOut();
  if (!navigator.onLine) return;
  const user = document.querySelector("[data-auditor]")?.dataset.auditor ?? "";
  try {
    await navigator.serviceWorker.register(WORKER, { scope: "checklist" });
    const registration = await navigator.serviceWorker.ready;
    const urls = [
      location.href,
      ...[...document.querySelectorAll("a[data-runner-link]")].map(a => a.href),
      ...[...document.querySelectorAll("script[src]")].map(s => s.src),
      ...[...document.querySelectorAll("link[rel=stylesheet][href], link[rel=icon][href]")].map(l => l.href),
    ];
    navigator.serviceWorker.addEventListener("message", e => {
      if (e.data?.type === "kept") document.documentElement.dataset.offlineReady = String(e.data.count);
    });
    registration.active?.postMessage({ type: "keep", user, urls });
  } catch (error) {
    // Without a worker the runner still works through connection loss; only a cold offline start is lost.
    console.warn("checklist offline copy unavailable", error);
  }
}
