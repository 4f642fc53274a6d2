// outbox.js — the offline queue: finished audits and their photos wait in IndexedDB until the server confirms
// them. Each keeps its client-generated id, so a retry after a lost response can never store a second copy.
const DB = "sd-checklists", OUTBOX = "outbox", PHOTOS = "photos";

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(OUTBOX, { keyPath: "id" });
      req.result.createObjectStore(PHOTOS, { keyPath: "key" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode);
    const result = work(t.objectStore(store));
    t.oncomplete = () => resolve(result && "result" in result ? result.result : undefined);
    t.onerror = () => reject(t.error);
  });
}

export const putPhoto = (key, value) => tx(PHOTOS, "readwrite", s => s.put({ key, ...value }));
export const deletePhotos = async prefix => {
  const all = await tx(PHOTOS, "readonly", s => s.getAll());
  await Promise.all(all.filter(p => p.key.startsWith(prefix)).map(p => tx(PHOTOS, "readwrite", s => s.delete(p.key))));
};
export const photos = async prefix => (await tx(PHOTOS, "readonly", s => s.getAll())).filter(p => p.key.startsWith(prefix));
export const enqueue = submission => tx(OUTBOX, "readwrite", s => s.put(submission));
export const pending = async () => (await tx(OUTBOX, "readonly", s => s.getAll())).filter(x => !x.rejected);
export const rejected = async () => (await tx(OUTBOX, "readonly", s => s.getAll())).filter(x => x.rejected);
export const remove = id => tx(OUTBOX, "readwrite", s => s.delete(id));

let flushing = false;

/** Sends every queued submission; returns { sent, waiting, staleToken, rejected: [{id, errors}] }. */
export async function flush(api, token, auditor) {
  if (flushing) return null;
  flushing = true;
  const report = { sent: 0, waiting: 0, rejected: [] };
  try {
    for (const item of await pending()) {
      // On a shared tablet an audit waits for the auditor who made it (the server would refuse it anyway).
      if (item.queuedBy && auditor !== undefined && item.queuedBy !== auditor) { report.waiting++; continue; }
      let response;
      try {
        response = await fetch(api, {
          method: "POST", credentials: "same-origin", redirect: "manual",
          headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
          body: JSON.stringify(item),
        });
      } catch { report.waiting++; continue; }   // offline: keep it, try again later
      // Only a JSON receipt counts as delivered: an expired session answers with a redirect or a login page.
      const receipt = response.ok && (response.headers.get("content-type") || "").includes("json")
        ? await response.json().catch(() => null) : null;
      if (receipt && receipt.id === item.id) { await remove(item.id); report.sent++; }
      else if (response.status === 422 || response.status === 403) {
        // Refused answers stay on the tablet, marked, so the auditor can restore and correct them.
        const body = await response.json().catch(() => ({}));
        item.rejected = body.errors || [{ message: body.detail || response.statusText }];
        await enqueue(item);
        report.rejected.push(item);
      } else {
        // 400 is the antiforgery check: the page's token outlived its cookie (the browser was restarted offline).
        if (response.status === 400) report.staleToken = true;
        report.waiting++;                    // 5xx, 429, an expired session: retry later
      }
    }
  } finally { flushing = false; }
  return report;
}
