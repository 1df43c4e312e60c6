/** The engine's public surface: what channels, the replay runner and the CLI call. */
import type { Policy } from '../../domain/policy/schema.ts';
import type { MessageReader } from '../../domain/understanding/port.ts';
import { STATISTICAL_FALLBACK_ON, understandingReader } from '../../domain/understanding/statistical/index.ts';
import type { Db } from '../../store/database.ts';
import { loadTemplates, type Templates } from '../../store/templates.ts';
import { type Instruments, noopInstruments } from '../instruments.ts';
import type { Channel, EngineContext } from './types.ts';

export { handleInbound } from './engine.ts';
export { senderKeyOf } from './identify-sender.ts';
export { type MessageRevision, type RevisionOutcome, recordMessageRevision } from './message-revision.ts';
export { handlePinForm } from './pin-form.ts';
export { performStaffAction, STAFF_ACTIONS, type StaffActionName } from './staff-actions.ts';
export type * from './types.ts';

export function createEngineContext(options: {
  db: Db;
  policy: Policy;
  now?: () => Date;
  templates?: Templates;
  staffChannel?: Channel;
  reader?: MessageReader;
  staffRoom?: string;
  instruments?: Instruments;
}): EngineContext {
  return {
    db: options.db,
    policy: options.policy,
    templates: options.templates ?? loadTemplates(),
    reader: options.reader ?? understandingReader(STATISTICAL_FALLBACK_ON),
    now: options.now ?? (() => new Date()),
    staffChannel: options.staffChannel ?? 'console',
    ...(options.staffRoom ? { staffRoom: options.staffRoom } : {}),
    instruments: options.instruments ?? noopInstruments,
  };
}
