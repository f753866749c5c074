// The language switcher's links reload the page in another language. The key stays in the tab's
// sessionStorage, so the page signs in again by itself; the open view (the address's fragment) goes along.
export function wireLanguageLinks() {
  document.querySelectorAll('.languages a').forEach((link) => {
    link.addEventListener('click', () => { link.hash = location.hash; });
  });
}
