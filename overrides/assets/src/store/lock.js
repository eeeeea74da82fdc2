/* One tab at a time: run a synchronous read-change-write while holding a lock that every tab of this origin
   shares (the Web Locks API). Where the API is missing or refuses (an old browser, an opaque origin) the step runs
   at once; being synchronous, it then leaves only a very small gap for another tab. */
export function withLock(locks, name, step) {
  if (!locks || typeof locks.request !== "function") {
    step();
    return Promise.resolve();
  }
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    step();
  };
  let request;
  try {
    request = Promise.resolve(locks.request(name, once));
  } catch (error) {
    request = Promise.reject(error);
  }
  // A refused request never ran the step: run it now. A step that threw is not run twice.
  return request.catch((error) => {
    if (ran) throw error;
    once();
  });
}
