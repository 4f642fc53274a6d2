// resume-done.js — on the thanks page: the response is stored, so the browser copies of this form's questionnaires
// that were being submitted are removed (resume.js flags an entry "submitting" when its form is sent).
import { keyPrefix } from "./resume.js";

const code = document.querySelector("[data-resume-done]")?.dataset.resumeDone;
if (code) {
  try {
    for (const key of Object.keys(localStorage).filter(k => k.startsWith(`${keyPrefix}${code}:`))) {
      const entry = JSON.parse(localStorage.getItem(key) || "null");
      if (entry?.submitting) localStorage.removeItem(key);
    }
  } catch { /* storage unavailable: nothing was kept */ }
}
