// The quiz attempt page's live island: a countdown to the attempt's deadline, and autosave of the answers a moment
// after each change. Without script the page still works: the learner saves and submits with the form's buttons.
(() => {
  const form = document.getElementById("attempt-form");
  if (!form) return;
  const status = document.getElementById("autosave-status");
  const timer = document.getElementById("timer");
  const deadline = form.dataset.deadline ? Date.parse(form.dataset.deadline) : NaN;
  let pending = null;
  let saving = false;
  let again = false;
  let submitting = false;

  async function save() {
    if (submitting) return;
    if (saving) { again = true; return; }
    saving = true;
    again = false;
    status.textContent = "Saving…";
    try {
      const response = await fetch(form.dataset.autosave, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { "Accept": "application/json" },
        credentials: "same-origin",
      });
      const answer = await response.json().catch(() => ({}));
      status.textContent = response.ok
        ? "Answers saved at " + new Date().toLocaleTimeString()
        : (answer.message || "Your answers could not be saved just now.");
    } catch {
      status.textContent = "Your answers could not be saved just now; they are still on this page.";
    }
    saving = false;
    if (again) schedule();
  }

  function schedule() {
    clearTimeout(pending);
    pending = setTimeout(save, 800);
  }

  // Once the form is posted the page saves (and submits) the answers itself: no autosave may race it.
  form.addEventListener("submit", () => {
    submitting = true;
    clearTimeout(pending);
  });
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);

  if (!Number.isNaN(deadline) && timer) {
    let warned = false;
    const tick = () => {
      const left = Math.max(0, deadline - Date.now());
      const minutes = Math.floor(left / 60000);
      const seconds = Math.floor(left / 1000) % 60;
      timer.textContent = "Time left: " + minutes + ":" + String(seconds).padStart(2, "0");
      if (!warned && left <= 60000) {
        warned = true;
        status.textContent = "One minute left.";
      }
      if (left <= 0) {
        clearInterval(clock);
        const submit = form.querySelector("button[value=submit]");
        if (submit) submit.click();
      }
    };
    const clock = setInterval(tick, 1000);
    tick();
  }
})();
