// checklist-geo.js — optional geolocation evidence. Nothing is asked of the browser until the auditor ticks the
// consent box; unticking forgets the position. The choice and the position are kept with the audit's state.
const status = text => { const el = document.querySelector("[data-geo-status]"); if (el) el.textContent = text; };

export function geolocation(form, state, save) {
  const box = form.querySelector("[data-geo-consent]");
  if (!box) return;
  if (!navigator.geolocation) { box.disabled = true; status("Геолокация на этом устройстве недоступна."); return; }
  box.checked = !!state.geoConsent;
  const locate = () => {
    status("Определяем место…");
    navigator.geolocation.getCurrentPosition(p => {
      if (!state.geoConsent) return;
      state.latitude = p.coords.latitude; state.longitude = p.coords.longitude; save();
      status(`Место записано: ${p.coords.latitude.toFixed(5)}, ${p.coords.longitude.toFixed(5)}.`);
    }, error => status(error.code === 1 ? "Доступ к геолокации запрещён в браузере — проверка будет отправлена без места." : "Место определить не удалось; попробуем позже."),
    { maximumAge: 600000, timeout: 15000 });
  };
  box.addEventListener("change", () => {
    state.geoConsent = box.checked;
    if (!box.checked) { delete state.latitude; delete state.longitude; status(""); }
    save();
    if (box.checked) locate();
  });
  if (state.geoConsent && state.latitude === undefined) locate();
  else if (state.geoConsent) status(`Место записано: ${state.latitude.toFixed(5)}, ${state.longitude.toFixed(5)}.`);
}
