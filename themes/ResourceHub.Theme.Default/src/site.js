// Progressive enhancement only: every page works without this script.
import htmx from "htmx.org";

window.htmx = htmx;

// Send the antiforgery token with htmx requests made from a page that carries one.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('input[name="__RequestVerificationToken"]');
  if (token) {
    event.detail.headers["X-CSRF-TOKEN"] = token.value;
  }
});

// <form data-confirm="…">: ask before a destructive action.
document.addEventListener("submit", (event) => {
  const message = event.target.getAttribute?.("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Fields the server marked as wrong are announced as invalid to assistive technology.
document.querySelectorAll(".input-validation-error").forEach((field) => {
  field.setAttribute("aria-invalid", "true");
});

// Menu drop-downs are <details>, which work without script; this closes an open one when
// another opens, on a click elsewhere, or on Escape (focus goes back to its summary).
const navGroups = [...document.querySelectorAll("details[data-nav-group]")];
navGroups.forEach((group) => {
  group.addEventListener("toggle", () => {
    if (group.open) navGroups.filter((other) => other !== group).forEach((other) => (other.open = false));
  });
});
document.addEventListener("click", (event) => {
  navGroups.filter((group) => group.open && !group.contains(event.target)).forEach((group) => (group.open = false));
});
document.addEventListener("keydown", (event) => {
  const open = navGroups.find((group) => group.open);
  if (event.key === "Escape" && open) {
    open.open = false;
    open.querySelector("summary").focus();
  }
});
