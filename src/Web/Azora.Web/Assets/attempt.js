// The quiz attempt page's start-up: Blazor runs only the attempt's live island (timer, autosave, submit); links and
// forms elsewhere stay plain page loads. The island reads its form's fields through azoraAttempt.fields, so the
// answers it saves are exactly what the form would post without script, and renews its access token through
// azoraAttempt.renewToken, so the portal cookie stays the only holder of the refresh token.
window.azoraAttempt = {
  fields: (element) => {
    const form = element && element.closest("form");
    return form ? Array.from(new FormData(form), ([name, value]) => [name, String(value)]) : [];
  },
  // The cookie's current access token, sealed by the portal (opaque here), for the circuit whose token is about to expire.
  renewToken: async () => {
    const response = await fetch("/account/circuit-token", { method: "POST", credentials: "same-origin" });
    return response.ok ? (await response.json()).token : null;
  },
};
Blazor.start({ ssr: { disableDomPreservation: true } });
