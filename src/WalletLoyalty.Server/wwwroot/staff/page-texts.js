// Hands the texts the server rendered into the page (the JSON data block #page-texts) and the language of
// <html lang> to texts.js. Each staff page's entry module imports this first, so the texts are in place
// before any other module runs.
import { useTexts } from './texts.js';

useTexts(JSON.parse(document.getElementById('page-texts').textContent), document.documentElement.lang);
