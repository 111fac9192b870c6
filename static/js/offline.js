// Registers the service worker that keeps the overdose guide on the phone for when there is no signal.
// See /using-this-site-safely/ ("Pages saved on your phone") and mylife4me/core/offline.py.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {})
}
