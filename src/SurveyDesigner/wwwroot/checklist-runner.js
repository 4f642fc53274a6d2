// checklist-runner.js — the offline-safe tablet checklist. State lives in localStorage (answers, notes, N/A,
// time per item, stopwatches) and IndexedDB (photos, the outbox), so a reload, a dead battery or a lost
// connection loses nothing; the finished audit is queued and sent exactly once with its client-generated id.
import { readAnswers, applyVisibility, definitionOf, russianDateTime } from "./form-state.js";
import { putPhoto, photos, deletePhotos, enqueue, flush, pending, rejected, remove } from "./outbox.js";
import { keepForOffline } from "./checklist-offline.js";
import { geolocation } from "./checklist-geo.js";
import { askPersistence, renderOutbox, guardLeaving } from "./outbox-panel.js";

const MAX_SIDE = 2048;
const form = document.querySelector("form[data-runner]");
const status = document.querySelector("[data-outbox-status]");
const token = () => document.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
const api = form?.dataset.api ?? "api/submissions";
const auditor = () => document.querySelector("[data-auditor]")?.dataset.auditor ?? "";

async function showOutbox(report) {
  if (!status) return;
  const waiting = (await pending()).length;
  const parts = [];
  const refused = (await rejected()).length;
  if (refused) parts.push(`Не приняты сервером: ${refused} — откройте проверку, чтобы исправить.`);
  if (report?.sent) parts.push(`Отправлено: ${report.sent}.`);
  if (waiting) parts.push(`Ожидают отправки: ${waiting}${navigator.onLine ? "" : " (нет связи)"}.`);
  status.textContent = parts.join(" ");
  await renderOutbox(status);
}

askPersistence().then(() => showOutbox());
guardLeaving();

async function sync() {
  let report = await flush(api, token(), auditor());
  if (report?.staleToken && await renewToken()) report = await flush(api, token(), auditor());
  await showOutbox(report);
  if (report?.rejected.length && form) offerRejected();
  return report;
}

// A page opened from the tablet's offline copy carries the token of its first visit; once online, a fresh copy
// of this page brings a token that matches the current antiforgery cookie.
async function renewToken() {
  try {
    const response = await fetch(location.href, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok || response.redirected) return false;
    const html = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = html.querySelector("input[name=__RequestVerificationToken]")?.value;
    const input = document.querySelector("input[name=__RequestVerificationToken]");
    if (!fresh || !input || fresh === input.value) return false;
    input.value = fresh;
    return true;
  } catch { return false; }
}

window.addEventListener("online", sync);
setInterval(sync, 30000);
sync();
keepForOffline();

if (form) { start(form); offerRejected(); }

function start(form) {
  const definition = definitionOf(form);
  const key = `sd:checklist:${form.dataset.formId}:${form.dataset.version}:${form.dataset.office}`;
  let state = JSON.parse(localStorage.getItem(key) || "null") || fresh();
  let focused = null, focusedAt = 0;

  function fresh() {
    return { id: crypto.randomUUID(), startedAt: new Date().toISOString(), fields: {}, seconds: {}, watches: {}, photos: {} };
  }
  const save = () => localStorage.setItem(key, JSON.stringify(state));

  // Restore every named field as it was.
  for (const [name, value] of Object.entries(state.fields)) {
    for (const el of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (el.type === "radio" || el.type === "checkbox") el.checked = [].concat(value).includes(el.value);
      else if (el.type !== "file") el.value = value;
    }
  }
  // Date items marked "now" start with the audit's local time.
  for (const item of definition.sections.flatMap(x => x.items).filter(i => i.type === "date_time" && i.unit === "now")) {
    const input = form.querySelector(`[name="a.${CSS.escape(item.code)}"]`);
    if (input && !input.value) {
      const d = new Date(), pad = n => String(n).padStart(2, "0");
      input.value = `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
      capture(input);
      save();
    }
  }
  geolocation(form, state, save);

  function capture(el) {
    if (!el.name || el.type === "file" || el.name === "__RequestVerificationToken") return;
    const all = [...form.querySelectorAll(`[name="${CSS.escape(el.name)}"]`)];
    if (el.type === "checkbox" && all.length > 1) state.fields[el.name] = all.filter(x => x.checked).map(x => x.value);
    else if (el.type === "checkbox") state.fields[el.name] = el.checked ? el.value : "";
    else if (el.type === "radio") state.fields[el.name] = all.find(x => x.checked)?.value ?? "";
    else state.fields[el.name] = el.value;
  }

  function refresh() {
    const answers = readAnswers(form);
    const visible = applyVisibility(form, definition, answers);
    const done = [...visible].filter(code => answers[code] !== undefined).length;
    const pct = visible.size ? Math.round(100 * done / visible.size) : 0;
    const bar = document.querySelector("[data-progress]");
    bar?.setAttribute("aria-valuenow", pct);
    const fill = document.querySelector("[data-progress-bar]");
    if (fill) fill.style.width = pct + "%";
    return { answers, visible };
  }

  // Norms answered by the stopwatch ("Ожидание не превысило 20 минут" ← wait_seconds ≤ 1200) are pre-answered
  // whenever a measured time changes; the auditor can still change the answer.
  const timed = definition.sections.flatMap(x => x.items).filter(i => i.type === "yes_no_na" && i.timedBy);
  function preAnswer(changed) {
    for (const item of timed.filter(i => i.timedBy.items.includes(changed))) {
      const values = item.timedBy.items.map(c => form.querySelector(`[name="a.${CSS.escape(c)}"]`)?.value.trim());
      if (values.some(v => !v || !Number.isFinite(Number(v)))) continue;
      const total = values.reduce((sum, v) => sum + Number(v), 0);
      const value = total <= item.timedBy.atMostSeconds ? "yes" : "no";
      const radio = form.querySelector(`[name="a.${CSS.escape(item.code)}"][value="${value}"]`);
      if (radio) { radio.checked = true; capture(radio); }
    }
  }

  form.addEventListener("change", e => {
    capture(e.target);
    if (e.target.name?.startsWith("a.")) preAnswer(e.target.name.slice(2));
    save(); refresh();
  });
  form.addEventListener("input", e => { if (e.target.tagName === "TEXTAREA" || e.target.type === "text" || e.target.type === "number") { capture(e.target); save(); } });

  // Time per item: the time an item's fieldset holds the focus.
  form.addEventListener("focusin", e => {
    const code = e.target.closest("fieldset[data-item]")?.dataset.item;
    if (code === focused) return;
    tally();
    focused = code ?? null; focusedAt = Date.now();
  });
  function tally() {
    if (focused) { state.seconds[focused] = (state.seconds[focused] || 0) + (Date.now() - focusedAt) / 1000; save(); }
  }

  // Stopwatches survive reloads: a running one stores its start time.
  for (const sw of form.querySelectorAll("[data-stopwatch-for]")) {
    const code = sw.dataset.stopwatchFor;
    const input = sw.querySelector(`[name="a.${CSS.escape(code)}"]`);
    const display = sw.querySelector("output");
    const buttons = sw.querySelector(".sd-stopwatch-buttons");
    const total = () => Math.floor(Number(input.value || 0) + (state.watches[code] ? (Date.now() - state.watches[code]) / 1000 : 0));
    const fmt = s => { const h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), r = String(s % 60).padStart(2, "0");
      return h ? `${h}:${String(m).padStart(2, "0")}:${r}` : `${m}:${r}`; };
    const render = () => {
      display.textContent = fmt(total());
      buttons.querySelector("[data-stopwatch=start], [data-stopwatch=stop]").outerHTML = state.watches[code]
        ? '<button type="button" class="sd-btn sd-btn-stop" data-stopwatch="stop">Стоп</button>'
        : '<button type="button" class="sd-btn sd-btn-start" data-stopwatch="start">Старт</button>';
    };
    sw.addEventListener("click", e => {
      const action = e.target.closest("[data-stopwatch]")?.dataset.stopwatch;
      if (!action) return;
      if (action === "start") state.watches[code] = Date.now();
      if (action === "stop") { input.value = total(); delete state.watches[code]; capture(input); preAnswer(code); }
      if (action === "reset") { input.value = ""; delete state.watches[code]; capture(input); }
      save(); render(); refresh();
    });
    setInterval(() => { if (state.watches[code]) display.textContent = fmt(total()); }, 1000);
    render();
  }

  // Photos: scaled down on the tablet (a 12 MP photo would not fit the outbox), kept in IndexedDB.
  for (const input of form.querySelectorAll("input[type=file][data-evidence-for]")) {
    const code = input.dataset.evidenceFor;
    input.addEventListener("change", async () => {
      for (const file of input.files) {
        const data = file.type.startsWith("image/") ? await shrink(file) : await asDataUrl(file);
        const n = (state.photos[code] || 0) + 1;
        state.photos[code] = n;
        await putPhoto(`${state.id}:${code}:${n}`, { itemCode: code, fileName: file.name, contentType: file.type.startsWith("image/") ? "image/jpeg" : file.type, data, takenAt: new Date(file.lastModified).toISOString() });
        form.querySelector(`[name="a.${CSS.escape(code)}"]`).value = file.name;
        state.fields[`a.${code}`] = file.name;
      }
      input.value = "";
      save(); refresh(); thumbs();
    });
  }
  async function thumbs() {
    const list = await photos(`${state.id}:`);
    for (const box of form.querySelectorAll("[data-thumbs-for]")) {
      box.replaceChildren(...list.filter(p => p.itemCode === box.dataset.thumbsFor).map(p => {
        const img = document.createElement("img");
        img.src = p.contentType.startsWith("image/") ? p.data : ""; img.alt = p.fileName; img.className = "sd-thumb";
        return img;
      }));
    }
  }
  thumbs();

  form.querySelector("[data-discard]")?.addEventListener("click", async () => {
    if (!confirm("Удалить все ответы этой проверки и начать заново?")) return;
    await deletePhotos(`${state.id}:`);
    localStorage.removeItem(key);
    location.reload();
  });

  form.addEventListener("submit", async e => {
    e.preventDefault();
    tally();
    const { answers, visible } = refresh();
    const missing = definition.sections.flatMap(s => s.items).filter(i => i.required && visible.has(i.code) && answers[i.code] === undefined);
    const box = form.querySelector("[data-errors]");
    if (missing.length) {
      box.hidden = false;
      box.innerHTML = "<h2>Не заполнены обязательные пункты</h2><ul>" + missing.map(i => `<li><a href="#item-${i.code}"></a></li>`).join("") + "</ul>";
      box.querySelectorAll("a").forEach((a, k) => a.textContent = missing[k].text.ru);
      box.focus();
      return;
    }
    for (const [code, a] of Object.entries(answers)) {
      a.secondsSpent = state.seconds[code] ? Math.round(state.seconds[code]) : undefined;
      const note = form.querySelector(`[name="note.${CSS.escape(code)}"]`)?.value.trim();
      if (note) a.note = note;
    }
    const evidence = (await photos(`${state.id}:`)).filter(p => visible.has(p.itemCode))
      .map(({ itemCode, fileName, contentType, data, takenAt }) => ({ itemCode, fileName, contentType, data, takenAt }));
    for (const pad of form.querySelectorAll("[data-signature-for]")) {
      const data = pad.querySelector("[data-signature-data]")?.value;
      if (data && visible.has(pad.dataset.signatureFor))
        evidence.push({ itemCode: pad.dataset.signatureFor, fileName: "signature.png", contentType: "image/png", data, takenAt: new Date().toISOString() });
    }
    const failed = definition.sections.flatMap(x => x.items)
      .filter(i => i.scored && visible.has(i.code) && answers[i.code]?.text === "no").map(i => i.text.ru);
    await enqueue({
      id: state.id, form: form.dataset.formId, version: Number(form.dataset.version), officeCode: form.dataset.office,
      source: "checklist", queuedBy: auditor(), startedAt: state.startedAt, finishedAt: new Date().toISOString(),
      latitude: state.geoConsent ? state.latitude : undefined, longitude: state.geoConsent ? state.longitude : undefined, answers, evidence,
    });
    await deletePhotos(`${state.id}:`);
    localStorage.removeItem(key);
    box.hidden = true;
    const report = await sync();
    confirmation(form, report?.receipts?.[state.id], failed);
  });
  refresh();
}

// What the auditor sees after "Завершить и отправить": the score the server computed and the points not met.
// Without a connection (or before the server answered) the audit is safe on the tablet and sent automatically
// by the "online" listener above; the score follows on the list of audits.
function confirmation(form, receipt, failed) {
  const box = document.createElement("section");
  box.className = "sd-confirmation";
  box.setAttribute("role", "status");
  box.tabIndex = -1;
  const add = (tag, text, attrs = {}) => { const el = document.createElement(tag); el.textContent = text; Object.assign(el.dataset, attrs); box.append(el); return el; };
  if (receipt) {
    box.dataset.sent = "";
    add("h2", "Проверка отправлена");
    const score = add("p", "Итоговый балл: ");
    const value = document.createElement("strong");
    value.dataset.score = "";
    value.textContent = receipt.score == null ? "не рассчитан (нет оцениваемых пунктов)"
      : (receipt.score * 100).toLocaleString("ru-RU", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + " %";
    score.append(value);
  } else {
    box.dataset.queued = "";
    add("h2", "Проверка сохранена на планшете");
    add("p", navigator.onLine ? "Проверка ожидает отправки и будет отправлена автоматически; балл появится в списке проверок."
      : "Связи нет. Проверка будет отправлена автоматически, как только связь появится; страницу можно не закрывать.");
  }
  if (failed.length) {
    add("h3", `Не выполнено: ${failed.length}`);
    const list = document.createElement("ul");
    list.dataset.failed = "";
    for (const text of failed) { const li = document.createElement("li"); li.textContent = text; list.append(li); }
    box.append(list);
  } else add("p", "Все оцениваемые пункты выполнены.");
  const back = document.createElement("a");
  back.href = "checklist"; back.className = "sd-btn sd-btn-primary"; back.textContent = "К списку проверок";
  box.append(back);
  form.replaceWith(box);
  box.focus();
  window.scrollTo(0, 0);
}

// The sticky header sits under the app bar and every question scrolls clear of both (scroll-margin in survey.css).
function measureHeader() {
  const bar = document.querySelector(".mud-appbar")?.getBoundingClientRect().bottom ?? 0;
  const header = document.querySelector(".sd-runner-header")?.getBoundingClientRect().height ?? 0;
  document.documentElement.style.setProperty("--sd-sticky-top", `${Math.max(0, Math.round(bar))}px`);
  document.documentElement.style.setProperty("--sd-header-h", `${Math.round(header)}px`);
}
measureHeader();
window.addEventListener("resize", measureHeader);

// A submission the server refused stays on the tablet; on this office's runner it can be put back into the form.
async function offerRejected() {
  const item = (await rejected()).find(x => x.form === form.dataset.formId && x.officeCode === form.dataset.office);
  if (!item) return;
  const box = form.querySelector("[data-errors]");
  box.hidden = false;
  box.replaceChildren();
  const text = document.createElement("p");
  text.textContent = "Сервер не принял проверку: " + item.rejected.map(e => e.message).join(" ");
  const button = document.createElement("button");
  button.type = "button"; button.className = "sd-btn"; button.textContent = "Вернуть ответы в форму";
  button.addEventListener("click", async () => {
    const fields = {};
    for (const [code, a] of Object.entries(item.answers)) {
      const name = `a.${code}`;
      if (a.notApplicable) { fields[`na.${code}`] = "on"; fields[name] = "na"; }
      else if (a.choices) fields[name] = a.choices;
      else if (definitionOf(form).sections.flatMap(x => x.items).find(i => i.code === code)?.type === "date_time") fields[name] = russianDateTime(a.text);
      else fields[name] = a.text ?? String(a.number ?? "");
      if (a.note) fields[`note.${code}`] = a.note;
    }
    const key = `sd:checklist:${item.form}:${item.version}:${item.officeCode}`;
    const id = crypto.randomUUID(), counts = {};
    for (const e of item.evidence || []) {
      counts[e.itemCode] = (counts[e.itemCode] || 0) + 1;
      await putPhoto(`${id}:${e.itemCode}:${counts[e.itemCode]}`, e);
    }
    localStorage.setItem(key, JSON.stringify({ id, startedAt: item.startedAt, fields, seconds: {}, watches: {}, photos: counts }));
    await remove(item.id);
    location.reload();
  });
  box.append(text, button);
}

function asDataUrl(blob) {
  return new Promise((resolve, reject) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.onerror = reject; r.readAsDataURL(blob); });
}

async function shrink(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale); canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL("image/jpeg", 0.85);
}

// Signature pads: draw with a finger, keep the PNG in the hidden field.
for (const pad of document.querySelectorAll("[data-signature-for]")) {
  const canvas = pad.querySelector("canvas"), field = pad.querySelector("[data-signature-data]");
  const ctx = canvas.getContext("2d");
  ctx.lineWidth = 3; ctx.lineCap = "round";
  let drawing = false;
  const at = e => { const r = canvas.getBoundingClientRect(); return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height]; };
  canvas.addEventListener("pointerdown", e => { drawing = true; ctx.beginPath(); ctx.moveTo(...at(e)); canvas.setPointerCapture(e.pointerId); });
  canvas.addEventListener("pointermove", e => { if (drawing) { ctx.lineTo(...at(e)); ctx.stroke(); } });
  canvas.addEventListener("pointerup", () => { drawing = false; field.value = canvas.toDataURL("image/png"); });
  pad.querySelector("[data-signature-clear]")?.addEventListener("click", () => { ctx.clearRect(0, 0, canvas.width, canvas.height); field.value = ""; });
}
