// Must run before odometer.js is evaluated: no auto-init of every .odometer on DOMContentLoaded.
window.odometerOptions = { auto: false };
