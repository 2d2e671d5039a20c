/** read by odometer.js when it is evaluated: no auto-start (see live-odometer.jsx) */
window.odometerOptions = { auto: false };
