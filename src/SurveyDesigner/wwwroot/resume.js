// resume.js — save and resume of the public questionnaire (#17.6, ADR 0032). Every change is kept in localStorage under
// a key naming the form, its version and the link (invitation token, or the office of a QR link), so answers of one
// link never fill another's page; the page restores them on load with a notice and a "start over" button. The answers
// so far also go to the server every few seconds and when the page is left (POST api/partials, keepalive): with an
// invitation the server restores them on another device, and an unsent questionnaire counts in drop-off. A successful
// submit clears the entry (the thanks page, see resume-done.js); the server deletes its partial with the submission.
import { readAnswers, writeAnswers, clearAnswers } from "./form-state.js";

export const keyPrefix = "sd-resume:";
const sendEveryMs = 10000;

/** The storage key of this page's link: form, version, and token or office. */
export function resumeKey(form) {
  const d = form.dataset;
  const link = d.resumeToken ? "t:" + d.resumeToken : "o:" + (d.resumeOffice || "");
  return `${keyPrefix}${d.resumeForm}:v${d.resumeVersion}:${link}`;
}

function linkOf(form) {
  const d = form.dataset;
  return { form: d.resumeForm, version: d.resumeVersion, token: d.resumeToken || null, office: d.resumeOffice || null };
}

const sameLink = (a, b) => !!a && a.form === b.form && a.version === b.version && a.token === b.token && a.office === b.office;

function load(key) {
  try { return JSON.parse(localStorage.getItem(key) || "null"); } catch { return null; }
}

function save(key, entry) {
  try { localStorage.setItem(key, JSON.stringify(entry)); } catch { /* private mode or full storage: the page still works */ }
}

function newId() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, "0")).join("");
}

/** Wires saving and restoring; `changed` re-applies visibility after answers are written. */
export function startResume(form, changed) {
  const key = resumeKey(form), link = linkOf(form);
  const idInput = form.querySelector("input[name=partial_id]");
  const notice = document.getElementById("resume-notice");
  const token = form.querySelector("input[name=__RequestVerificationToken]")?.value;
  let entry = load(key);
  // The key names the link; an entry naming another link (storage edited by hand) is not restored.
  if (entry && !sameLink(entry.link, link)) entry = null;
  const id = entry?.id || idInput?.value || newId();
  if (idInput) idInput.value = id;

  // A page re-rendered after a refused submit already shows what was posted: nothing to restore.
  if (form.dataset.posted !== "1") {
    if (entry && Object.keys(entry.answers || {}).length > 0) {
      writeAnswers(form, entry.answers);
      changed();
      if (notice) notice.hidden = false;
    } else if (form.dataset.resumed === "server" && notice) {
      notice.hidden = false;
    }
  }

  let sent = JSON.stringify(entry?.answers ?? readAnswers(form)), timer = null, closed = false;
  const send = keepalive => {
    clearTimeout(timer);
    timer = null;
    const answers = readAnswers(form), body = JSON.stringify(answers);
    if (closed || body === sent || !token) return;
    sent = body;
    fetch("api/partials", {
      method: "POST", keepalive, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
      body: JSON.stringify({ id, form: link.form, version: Number(link.version), officeCode: link.office, token: link.token, answers }),
    }).catch(() => { sent = null; /* offline: the browser copy remains; the next change tries again */ });
  };
  const keep = () => {
    if (closed) return;
    save(key, { id, link, answers: readAnswers(form), savedAt: new Date().toISOString() });
    timer ??= setTimeout(() => send(false), sendEveryMs);
  };
  form.addEventListener("change", keep);
  form.addEventListener("input", keep);
  addEventListener("pagehide", () => send(true));
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") send(true); });

  document.getElementById("resume-restart")?.addEventListener("click", () => {
    try { localStorage.removeItem(key); } catch { /* nothing stored */ }
    clearAnswers(form);
    changed();
    if (notice) notice.hidden = true;
    send(false); // the server's copy is emptied too, so another device does not bring the old answers back
  });

  form.addEventListener("submit", () => {
    // Cleared by the thanks page once the server stored the response; a refused submit keeps it.
    closed = true;
    clearTimeout(timer);
    save(key, { id, link, answers: readAnswers(form), savedAt: new Date().toISOString(), submitting: true });
  });
}
