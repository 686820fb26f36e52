/** Reloads the page (its own module so that tests can stand in for it: jsdom cannot reload). */
export function reloadPage() {
  window.location.reload();
}
