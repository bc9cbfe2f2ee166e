/** The card text bundle: the whole corpus, injected the first time a reader opens a card or looks something up. */
import { corpus } from '../corpus/data';
import { provide } from './handoff';

provide('cards', { corpus });
