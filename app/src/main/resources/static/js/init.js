// GOV.UK Frontend's progressive enhancements. Pages work without JavaScript; this only adds them.
import { initAll } from '/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
