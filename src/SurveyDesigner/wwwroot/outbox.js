// outbox.js — the offline queue: finished audits and their photos wait in IndexedDB until the server confirms
// them. Each keeps its client-generated id, so a retry after a lost response can never store a second copy.
const DB = "sd-checklists", OUTBOX = "outbox", PHOTOS = "photos";

// One connection, reopened when the browser closes it (iOS does so in the background, a storage-pressure eviction
// or another tab's upgrade too): db.transaction then throws InvalidStateError, and the work is retried once.
let connection = null;

function open() {
  if (connection) return connection;
  connection = new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(OUTBOX, { keyPath: "id" });
      req.result.createObjectStore(PHOTOS, { keyPath: "key" });
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onclose = () => { connection = null; };
      db.onversionchange = () => { db.close(); connection = null; };
      resolve(db);
    };
    req.onerror = () => { connection = null; reject(req.error); };
  });
  return connection;
}

async function tx(store, mode, work, retried = false) {
  const db = await open();
  let t;
  try { t = db.transaction(store, mode); }
  catch (error) {
    if (error?.name !== "InvalidStateError" || retried) throw error;
    connection = null;
    return tx(store, mode, work, true);
  }
  return new Promise((resolve, reject) => {
    const result = work(t.objectStore(store));
    t.oncomplete = () => resolve(result && "result" in result ? result.result : undefined);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error ?? new DOMException("transaction aborted", "AbortError"));
  });
}

/** For tests: forget the connection as if the browser had closed it. */
export const closeForTest = async () => { (await open()).close(); };

export const putPhoto = (key, value) => tx(PHOTOS, "readwrite", s => s.put({ key, ...value }));
export const deletePhotos = async prefix => {
  const all = await tx(PHOTOS, "readonly", s => s.getAll());
  await Promise.all(all.filter(p => p.key.startsWith(prefix)).map(p => tx(PHOTOS, "readwrite", s => s.delete(p.key))));
};
export const photos = async prefix => (await tx(PHOTOS, "readonly", s => s.getAll())).filter(p => p.key.startsWith(prefix));
export const enqueue = submission => tx(OUTBOX, "readwrite", s => s.put({ queuedAt: new Date().toISOString(), ...submission }));
/** Everything queued, refused ones included (what the export file carries). */
export const all = () => tx(OUTBOX, "readonly", s => s.getAll());
export const pending = async () => (await tx(OUTBOX, "readonly", s => s.getAll())).filter(x => !x.rejected);
export const rejected = async () => (await tx(OUTBOX, "readonly", s => s.getAll())).filter(x => x.rejected);
export const remove = id => tx(OUTBOX, "readwrite", s => s.delete(id));

let flushing = false;

/** Sends every queued submission; returns { sent, waiting, staleToken, rejected: [{id, errors}], receipts: {id: receipt} }. */
export async function flush(api, token, auditor) {
  if (flushing) return null;
  flushing = true;
  const report = { sent: 0, waiting: 0, rejected: [], receipts: {} };
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
      if (receipt && receipt.id === item.id) { await remove(item.id); report.sent++; report.receipts[item.id] = receipt; }
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
