/** One layer around a run: gets the run to call and returns a promise that settles after it. */
export type InterceptLayer<I, R> = (info: I, run: () => Promise<R>) => Promise<unknown>;

/**
 * Runs `run` inside `layers`, the first one outermost, and resolves (or rejects) with what `run` produced. `run`
 * is called exactly once whatever the layers do: a layer that throws, rejects on its own, or never calls its
 * `run` is reported to `onError` and bypassed.
 */
export function runIntercepted<I, R>(
  layers: readonly InterceptLayer<I, R>[],
  info: I,
  run: () => Promise<R>,
  onError: (error: unknown) => void,
): Promise<R> {
  let next = once(run);
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as InterceptLayer<I, R>;
    const inner = next;
    next = once(() => {
      let called = false;
      const tracked = () => {
        called = true;
        return inner();
      };
      let wrapped: unknown;
      try {
        wrapped = layer(info, tracked);
      } catch (error) {
        onError(error);
        return inner();
      }
      return Promise.resolve(wrapped).then(
        () => {
          if (!called) onError(new Error('A job worker interceptor did not call run'));
          return inner();
        },
        // Rejecting with the run's own failure is passing it on; rejecting after a successful run is a fault.
        (error: unknown) =>
          inner().then((value) => {
            onError(error);
            return value;
          }),
      );
    });
  }
  return next();
}

function once<R>(fn: () => Promise<R>): () => Promise<R> {
  let result: Promise<R> | undefined;
  return () => {
    if (result === undefined) {
      try {
        result = fn();
      } catch (error) {
        result = Promise.reject(error);
      }
    }
    return result;
  };
}
