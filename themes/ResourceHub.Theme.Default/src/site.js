import "./text-search.js";
// Progressive enhancement only: every page works without this script.
import htmx from "htmx.org";

window.htmx = htmx;
// The Content-Security-Policy allows no inline style: htmx must not add its <style> element.
htmx.config.includeIndicatorStyles = false;

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

// <button data-print>: print the page (no inline onclick: the Content-Security-Policy forbids it).
document.addEventListener("click", (event) => {
  if (event.target.closest?.("[data-print]")) window.print();
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

// <a data-lightbox="name" href="image">: the larger view in a dialog on the page; without
// script the link opens the image itself.
document.addEventListener("click", (event) => {
  const link = event.target.closest?.("a[data-lightbox]");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const dialog = document.createElement("dialog");
  dialog.className = "lightbox";
  dialog.setAttribute("aria-label", link.dataset.lightbox);
  const close = Object.assign(document.createElement("button"), { type: "button", className: "button button-small", textContent: "关闭" });
  const image = Object.assign(document.createElement("img"), { src: link.href, alt: link.dataset.lightbox });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (e) => e.target === dialog && dialog.close());
  dialog.addEventListener("close", () => { dialog.remove(); link.focus(); });
  dialog.append(close, image);
  document.body.append(dialog);
  dialog.showModal();
});

// On a phone the main menu folds behind the 菜单 button.
const navToggle = document.querySelector(".nav-toggle");
const mainNav = document.getElementById("main-nav");
if (navToggle && mainNav) {
  navToggle.hidden = false;
  mainNav.classList.add("folded");
  navToggle.addEventListener("click", () => {
    const open = mainNav.classList.toggle("open");
    navToggle.setAttribute("aria-expanded", String(open));
  });
}
