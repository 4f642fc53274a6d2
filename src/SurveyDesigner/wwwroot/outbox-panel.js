// outbox-panel.js — what keeps a queued audit from being lost by the browser rather than the network: persistent
// storage is requested, the queue is shown (what, where, since when), leaving with unsent audits asks first, and the
// queue can be saved to a file a quality specialist imports (/checklist/import; same ids, so stored exactly once).
import { all } from "./outbox.js";

let unsent = 0;
const when = iso => new Date(iso).toLocaleString("ru-RU", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }).replace(",", "");

/** Asks the browser not to evict the runner's storage under pressure; says what it answered. */
export async function askPersistence() {
  const granted = navigator.storage?.persist ? await navigator.storage.persisted() || await navigator.storage.persist() : false;
  document.documentElement.dataset.storagePersisted = String(granted);
}

/** Shows the queued audits under the status line (created once) and remembers their number for the leave guard. */
export async function renderOutbox(status) {
  if (!status) return;
  const items = await all();
  unsent = items.length;
  let panel = document.querySelector("[data-outbox-panel]");
  if (!panel) {
    panel = document.createElement("section");
    panel.className = "sd-outbox"; panel.dataset.outboxPanel = "";
    // Below the runner's sticky header, never inside it: the header's height is measured once for scrolling.
    (status.closest(".sd-runner-header") ?? status).after(panel);
  }
  panel.hidden = items.length === 0;
  panel.replaceChildren();
  if (!items.length) return;
  const title = document.createElement("h2");
  title.textContent = `Очередь на планшете: ${items.length}`;
  const list = document.createElement("ul");
  for (const item of items.sort((a, b) => (a.queuedAt ?? "").localeCompare(b.queuedAt ?? ""))) {
    const li = document.createElement("li");
    li.dataset.outboxItem = item.id;
    li.textContent = `${item.form} · офис ${item.officeCode ?? "—"} · в очереди с ${item.queuedAt ? when(item.queuedAt) : "—"}${item.rejected ? " · не принята сервером" : ""}`;
    list.append(li);
  }
  const save = document.createElement("button");
  save.type = "button"; save.className = "sd-btn"; save.dataset.outboxExport = "";
  save.textContent = "Сохранить очередь в файл";
  save.addEventListener("click", () => exportOutbox());
  const hint = document.createElement("p");
  hint.className = "sd-hint";
  hint.textContent = "Если отправить не удаётся, сохраните файл и передайте его специалисту по качеству: он загрузит проверки, каждая сохранится один раз.";
  panel.append(title, list, save, hint);
  if (document.documentElement.dataset.storagePersisted === "false") {
    const note = document.createElement("p");
    note.className = "sd-hint";
    note.textContent = "Браузер может очистить очередь при нехватке места: отправьте или сохраните её в файл.";
    panel.append(note);
  }
}

/** Downloads every queued audit, exactly as it would be posted, in one JSON file. */
export async function exportOutbox() {
  const submissions = await all();
  const file = { format: "analytics-outbox", version: 1, exportedAt: new Date().toISOString(), submissions };
  const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: "application/json" }));
  const a = document.createElement("a");
  const auditor = document.querySelector("[data-auditor]")?.dataset.auditor || "auditor";
  a.href = url; a.download = `outbox-${auditor}-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-")}.json`;
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Closing the tab or signing out with unsent audits asks first (the audits stay queued either way). */
export function guardLeaving() {
  window.addEventListener("beforeunload", e => { if (unsent > 0) { e.preventDefault(); e.returnValue = ""; } });
  for (const form of document.querySelectorAll("form[action$='account/logout']")) {
    form.addEventListener("submit", e => {
      if (unsent > 0 && !confirm(`На планшете не отправлено проверок: ${unsent}. Они останутся в очереди и уйдут, когда вы снова войдёте. Всё равно выйти?`)) {
        e.preventDefault(); e.stopImmediatePropagation();
      }
    }, { capture: true });
  }
}
