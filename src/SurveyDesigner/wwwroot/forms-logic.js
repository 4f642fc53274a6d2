// forms-logic.js — the show-if evaluator for the offline checklist runner and the questionnaire page.
// A line-for-line port of Analytics.Engine.Forms.LogicEvaluator; tests run both against logic-cases.json.
// An answer is { number?, text?, choices?: string[], notApplicable?: bool }; logic is the definition's LogicGroup JSON.

const unary = new Set(["answered", "not_answered", "is_na"]);

function hasValue(a) {
  return !!a && (a.notApplicable === true || (a.number !== undefined && a.number !== null)
    || (typeof a.text === "string" && a.text.trim() !== "") || (Array.isArray(a.choices) && a.choices.length > 0));
}

function tokens(a) {
  if (Array.isArray(a.choices) && a.choices.length > 0) return a.choices;
  if (typeof a.text === "string" && a.text !== "") return [a.text];
  if (a.number !== undefined && a.number !== null) return [String(a.number)];
  return [];
}

function toNumber(s) {
  const t = String(s).trim().replace(",", ".");
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  return Number(t);
}

function same(a, b) {
  const x = toNumber(a), y = toNumber(b);
  if (x !== null && y !== null) return x === y;
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function compare(a, b) {
  const x = toNumber(a), y = toNumber(b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function evaluateCondition(c, answers) {
  const a = answers[c.question];
  const answered = hasValue(a);
  if (c.operator === "answered") return answered;
  if (c.operator === "not_answered") return !answered;
  if (c.operator === "is_na") return !!a && a.notApplicable === true;
  if (!answered || a.notApplicable === true) return false;
  const t = tokens(a);
  const v = c.value ?? "";
  switch (c.operator) {
    case "equals": return t.length === 1 && same(t[0], v);
    case "not_equals": return !(t.length === 1 && same(t[0], v));
    case "contains": return Array.isArray(a.choices) && a.choices.length > 0
      ? t.some(x => same(x, v))
      : t.some(x => x.toLowerCase().includes(String(v).toLowerCase()));
    case "greater": return t.length === 1 && compare(t[0], v) > 0;
    case "greater_or_equal": return t.length === 1 && compare(t[0], v) >= 0;
    case "less": return t.length === 1 && compare(t[0], v) < 0;
    case "less_or_equal": return t.length === 1 && compare(t[0], v) <= 0;
    default: return false;
  }
}

function isEmpty(g) {
  return (!g.conditions || g.conditions.length === 0) && (!g.groups || g.groups.every(isEmpty));
}

export function evaluate(group, answers) {
  if (!group || isEmpty(group)) return true;
  const results = (group.conditions || []).map(c => evaluateCondition(c, answers))
    .concat((group.groups || []).filter(g => !isEmpty(g)).map(g => evaluate(g, answers)));
  return (group.combinator || "and") === "and" ? results.every(r => r) : results.some(r => r);
}

/** Codes of visible items in document order; hidden answers never reveal later items. */
export function visibleItems(form, answers) {
  const visible = new Set(), seen = {};
  for (const section of form.sections || []) {
    const shown = evaluate(section.showIf, seen);
    for (const item of section.items || []) {
      if (!shown || !evaluate(item.showIf, seen)) continue;
      visible.add(item.code);
      if (answers[item.code] !== undefined) seen[item.code] = answers[item.code];
    }
  }
  return visible;
}

export { unary };
