// MyLife4Me service worker. It keeps a few pages (the overdose guide and the offline page) and the CSS
// and JS they use, so that they open with no signal. It stores nothing else a person reads.
"use strict";
const SETTINGS = {{ settings|safe }};
const KEEP = new Set([...SETTINGS.pages, ...SETTINGS.assets]);

// Pages are fetched without cookies, so a signed-in person's name never ends up in the kept copy.
function keep(cache, url) {
  return fetch(url, { credentials: "omit", redirect: "follow" }).then((response) => {
    if (response.ok && !response.redirected) {
      return cache.put(url, response);
    }
    return undefined;
  });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SETTINGS.cache)
      .then((cache) => Promise.all([...KEEP].map((url) => keep(cache, url))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith("ml4m-") && name !== SETTINGS.cache).map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // Network first: people get the newest page when they have signal.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && SETTINGS.pages.includes(url.pathname)) {
            event.waitUntil(caches.open(SETTINGS.cache).then((cache) => keep(cache, url.pathname)).catch(() => undefined));
          }
          return response;
        })
        .catch(() => caches.open(SETTINGS.cache).then((cache) =>
          cache.match(url.pathname).then((kept) => kept || cache.match(SETTINGS.offline))
        ))
    );
    return;
  }
  if (KEEP.has(url.pathname)) {
    event.respondWith(
      caches.open(SETTINGS.cache).then((cache) => cache.match(url.pathname).then((kept) => kept || fetch(request)))
    );
  }
});
