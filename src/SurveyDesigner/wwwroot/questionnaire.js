// questionnaire.js — progressive enhancement of the public questionnaire: hide questions whose show-if
// logic does not hold, and save and resume the answers (resume.js). Without scripts every question is shown
// and the server ignores hidden answers.
import { readAnswers, applyVisibility, definitionOf } from "./form-state.js";
import { startResume } from "./resume.js";

const form = document.querySelector("form[data-form-json]");
if (form) {
  const definition = definitionOf(form);
  const update = () => applyVisibility(form, definition, readAnswers(form));
  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();
  startResume(form, update);
  form.addEventListener("submit", () => form.querySelector("button[type=submit]")?.setAttribute("disabled", ""));
  document.getElementById("errors")?.focus();
}
