/**
 * Everything the page hands to the network (request bodies) or to storage (`key=value`) while a test
 * runs, so a test can show what never leaves the browser. `restore()` puts fetch and storage back.
 */
export function watchWhatLeaves() {
  const seen: string[] = [];
  const realFetch = window.fetch;
  const realSetItem = Storage.prototype.setItem;
  window.fetch = (input, init) => {
    if (init?.body) seen.push(String(init.body));
    return realFetch(input, init);
  };
  Storage.prototype.setItem = function (key: string, value: string) {
    seen.push(`${key}=${value}`);
    return realSetItem.call(this, key, value);
  };
  return {
    seen,
    restore() {
      window.fetch = realFetch;
      Storage.prototype.setItem = realSetItem;
    },
  };
}
