/** The UI bundle: the overlay, the card views and the corpus text. Injected on demand. */
import { provide } from './handoff';
import { createOverlay } from './overlay/controller';

provide('ui', { createOverlay });
