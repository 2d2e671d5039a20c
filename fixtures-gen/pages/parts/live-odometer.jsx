/**
 * HubSpot odometer.js as the big screen uses it, without its auto-start (it would wrap every
 * `.odometer` present at DOMContentLoaded on its own): `window.odometerOptions` is read when the
 * library is evaluated, so it is set by the module imported first.
 */
import './live-odometer-options.mjs';
import Odometer from 'odometer';
import 'odometer/themes/odometer-theme-default.css';

export default Odometer;
