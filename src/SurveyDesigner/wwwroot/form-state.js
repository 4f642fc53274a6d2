// form-state.js — reads answers from the rendered question inputs (the same field names the server reads)
// and applies show-if visibility. Shared by questionnaire.js and checklist-runner.js.
import { visibleItems } from "./forms-logic.js";

const numeric = new Set(["rating", "nps", "ces", "number", "duration"]);

/** The answer of one question fieldset, or undefined when it is empty. */
export function readAnswer(fieldset) {
  const code = fieldset.dataset.item, type = fieldset.dataset.type;
  const form = fieldset.closest("form");
  const na = form.querySelector(`[name="na.${CSS.escape(code)}"]`);
  if (na && na.checked) return { notApplicable: true };
  const inputs = [...form.querySelectorAll(`[name="a.${CSS.escape(code)}"]`)];
  const values = inputs.filter(i => (i.type === "radio" || i.type === "checkbox") ? i.checked : i.value.trim() !== "")
    .map(i => i.value.trim());
  if (values.length === 0) return undefined;
  if (type === "yes_no_na") return values[0] === "na" ? { notApplicable: true } : { text: values[0] };
  if (type === "multiple_choice") return { choices: values };
  if (type === "single_choice" || type === "dropdown") return { choices: [values[0]] };
  if (numeric.has(type)) {
    const n = Number(values[0].replace(",", "."));
    return Number.isFinite(n) ? { number: n } : undefined;
  }
  if (type === "date_time") {
    const iso = isoDateTime(values[0]);
    return iso ? { text: iso } : undefined;
  }
  return { text: values[0] };
}

/** "03.12.2026 10:36" (the Russian form the input shows) or ISO → "2026-12-03T10:36"; null when neither. */
export function isoDateTime(text) {
  const pad = n => String(n).padStart(2, "0");
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (ru) {
    const [, d, m, y, h = "0", min = "00"] = ru;
    if (+m < 1 || +m > 12 || +d < 1 || +d > 31 || +h > 23 || +min > 59) return null;
    return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${min}`;
  }
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)?$/.test(text.trim()) ? text.trim() : null;
}

/** An ISO date-time as the input shows it: "2026-12-03T10:36" → "03.12.2026 10:36". */
export function russianDateTime(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso || "");
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4] ?? "00"}:${m[5] ?? "00"}` : (iso || "");
}

/** All answers of a form keyed by item code. */
export function readAnswers(form) {
  const answers = {};
  for (const fs of form.querySelectorAll("fieldset[data-item]")) {
    const a = readAnswer(fs);
    if (a !== undefined) answers[fs.dataset.item] = a;
  }
  return answers;
}

/** Shows visible items and sections, hides the rest (hidden answers are dropped by the server anyway). */
export function applyVisibility(form, definition, answers) {
  const visible = visibleItems(definition, answers);
  for (const fs of form.querySelectorAll("fieldset[data-item]")) fs.hidden = !visible.has(fs.dataset.item);
  for (const section of form.querySelectorAll("section[data-section]")) {
    section.hidden = [...section.querySelectorAll("fieldset[data-item]")].every(f => f.hidden);
  }
  return visible;
}

export function definitionOf(form) {
  return JSON.parse(form.dataset.formJson);
}

/** Puts saved answers (the shape readAnswers returns) back into the inputs: the inverse of readAnswers. */
export function writeAnswers(form, answers) {
  for (const fs of form.querySelectorAll("fieldset[data-item]")) {
    const code = fs.dataset.item, a = answers[code];
    if (!a) continue;
    const na = form.querySelector(`[name="na.${CSS.escape(code)}"]`);
    if (na && a.notApplicable) { na.checked = true; continue; }
    const values = a.choices ?? (a.notApplicable ? ["na"] : a.text != null ? [a.text] : a.number != null ? [String(a.number)] : []);
    for (const input of form.querySelectorAll(`[name="a.${CSS.escape(code)}"]`)) {
      if (input.type === "radio" || input.type === "checkbox") input.checked = values.includes(input.value);
      else if (input.type !== "file") input.value = fs.dataset.type === "date_time" ? russianDateTime(values[0]) : (values[0] ?? "");
    }
  }
}

/** Empties every answer input (not the hidden fields of the form itself). */
export function clearAnswers(form) {
  for (const input of form.querySelectorAll("fieldset[data-item] input, fieldset[data-item] select, fieldset[data-item] textarea")) {
    if (input.type === "radio" || input.type === "checkbox") input.checked = false;
    else if (input.type !== "file" && input.type !== "hidden") input.value = "";
  }
}
