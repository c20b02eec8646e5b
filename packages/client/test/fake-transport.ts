import type { SendOptions, Transport, TransportRequest, TransportResponse } from '@camunda-ts/http';

/** One call the fake transport received. */
export interface SentCall {
  readonly request: TransportRequest;
  readonly options: SendOptions | undefined;
}

/** A transport double: records every send and answers through `respond`. */
export function fakeTransport(
  respond: (request: TransportRequest, options: SendOptions | undefined) => unknown = () => ({
    status: 200,
    body: {},
  }),
): Pick<Transport, 'send' | 'sendForBody'> & { readonly sent: SentCall[] } {
  const sent: SentCall[] = [];
  async function send<T>(request: TransportRequest, options?: SendOptions): Promise<TransportResponse<T>> {
    sent.push({ request, options });
    const answer = (await respond(request, options)) as { status: number; body: T };
    return { status: answer.status, headers: {}, body: answer.body };
  }
  return {
    sent,
    send,
    sendForBody: async <T>(request: TransportRequest, options?: SendOptions) =>
      (await send<T>(request, options)).body,
  };
}
