// outbox-import.js — posts an exported outbox file to the server and says what was stored, repeated or refused.
const form = document.querySelector("form[data-outbox-import]");
const result = document.querySelector("[data-import-result]");

form?.addEventListener("submit", async e => {
  e.preventDefault();
  const token = form.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
  result.textContent = "Загружаем…";
  try {
    const response = await fetch(form.dataset.api, {
      method: "POST", credentials: "same-origin", headers: { "RequestVerificationToken": token }, body: new FormData(form),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) { result.textContent = body.detail || `Ошибка ${response.status}.`; return; }
    const refused = body.rejected.map(r => `${r.id}: ${r.errors.join(" ")}`).join("; ");
    result.textContent = `Сохранено новых проверок: ${body.stored}. Уже были сохранены: ${body.repeated}.` +
      (body.rejected.length ? ` Не приняты: ${body.rejected.length} (${refused}).` : "");
    result.dataset.stored = body.stored; result.dataset.repeated = body.repeated;
  } catch { result.textContent = "Нет связи с сервером. Попробуйте ещё раз."; }
});
