import { createHandlers } from '@/lib/background/handlers';
import { isRequest, type Request } from '@/lib/messages';

export default defineBackground(() => {
  const { handlers, writer } = createHandlers({ area: browser.storage.local });
  const ready = writer.migrate().catch((error) => console.error('Post Coach: storage migration failed', error));

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    const handle = handlers[message.kind] as (req: Request) => Promise<unknown>;
    return ready.then(() => handle(message)).catch((error: unknown) => ({ ok: false, error: String(error) }));
  });
});
