// Starts GOV.UK Frontend's components: the Exit this page button (and Shift pressed three times),
// error summaries, the menu toggle. Everything works without this script; it only improves.
import { initAll } from '../vendor/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
